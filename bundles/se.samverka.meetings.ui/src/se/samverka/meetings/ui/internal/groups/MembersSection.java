package se.samverka.meetings.ui.internal.groups;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.samverka.meetings.GroupService;
import se.samverka.meetings.GroupService.GroupPage;
import se.samverka.meetings.MembershipException;
import se.samverka.model.Membership;
import se.samverka.model.MembershipRole;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.rules.Labels;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.NewPersonDialog;
import se.samverka.ui.forms.RecordForm;
import se.samverka.ui.forms.RecordPicker;
import se.samverka.ui.lists.RecordListPart;
import se.samverka.ui.lists.RecordTable;

/**
 * The group's members now and before: two tables (the former greyed, below), and the actions "Lägg till medlem …"
 * (a person found with the picker), "Ny person som medlem …" (made in place), "Avsluta medlemskap …" and
 * "Byt roll …". Widgets: tables {@code group.members} and {@code group.former}; buttons {@code group.add},
 * {@code group.addNew}, {@code group.end}, {@code group.changeRole}; the outcome {@code group.message}.
 */
final class MembersSection {

    private final GroupService service;
    private final GroupMessages messages;
    private final CommonTexts texts;
    private final Locale locale;
    private final Supplier<String> groupId;
    private final Supplier<List<Person>> people;
    private final Supplier<List<Organisation>> organisations;
    private final Runnable reload;
    private final DateTimeFormatter dates;
    private final Label message;
    private final RecordTable<Membership> current;
    private final RecordTable<Membership> former;
    private final Button add;
    private final Button addNew;
    private final Button end;
    private final Button changeRole;
    private GroupPage page;

    MembersSection(RecordForm<?> form, GroupService service, GroupMessages messages, CommonTexts texts, Locale locale,
            Supplier<String> groupId, Supplier<List<Person>> people, Supplier<List<Organisation>> organisations,
            Runnable reload) {
        this.service = service;
        this.messages = messages;
        this.texts = texts;
        this.locale = locale;
        this.groupId = groupId;
        this.people = people;
        this.organisations = organisations;
        this.reload = reload;
        this.dates = DateTimeFormatter.ofPattern(texts.date_pattern, locale);
        Composite body = form.body();

        Composite actions = Widgets.styled(new Composite(body, SWT.NONE), "form");
        RowLayoutFactory.fillDefaults().spacing(6).wrap(true).applyTo(actions);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(actions);
        add = button(actions, "group.add", messages.group_add, this::addFound);
        addNew = button(actions, "group.addNew", messages.group_addNew, this::addNew);
        end = button(actions, "group.end", messages.group_end, this::end);
        changeRole = button(actions, "group.changeRole", messages.group_changeRole, this::changeRole);
        message = Widgets.named(Widgets.styled(new Label(body, SWT.WRAP), "formMessage"), "group.message");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(message);

        current = table(body, "group.members", 220);
        form.section(messages.group_former);
        former = table(body, "group.former", 140);
        former.table().setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        current.table().addListener(SWT.Selection, e -> enableActions());
        enableActions();
    }

    private RecordTable<Membership> table(Composite body, String name, int height) {
        Composite holder = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(holder);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, height).applyTo(holder);
        RecordTable<Membership> table = new RecordTable<>(holder, name, texts, locale);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
        Comparator<Membership> byRole = Comparator.comparingInt(m -> m.getMemberRole() == null ? 9
                : List.of(MembershipRole.CHAIR, MembershipRole.CONVENER, MembershipRole.SECRETARY,
                        MembershipRole.MEMBER, MembershipRole.ADJUNCT).indexOf(m.getMemberRole()));
        table.column(messages.group_column_person, 26, m -> fullName(m.getPerson()),
                Comparator.comparing((Membership m) -> m.getPerson().getLastName() == null ? ""
                        : m.getPerson().getLastName()))
                .column(messages.group_column_organisation, 40, m -> m.getPerson().getOrganisation() == null ? ""
                        : m.getPerson().getOrganisation().getName())
                .column(messages.group_column_role, 20,
                        m -> m.getMemberRole() == null ? "" : Labels.of(m.getMemberRole(), locale), byRole)
                .column(messages.group_column_from, 12, m -> format(m.getValidFrom()),
                        Comparator.comparing(Membership::getValidFrom, Comparator.nullsFirst(Comparator.naturalOrder())))
                .column(messages.group_column_to, 12, m -> format(m.getValidTo()),
                        Comparator.comparing(Membership::getValidTo, Comparator.nullsLast(Comparator.naturalOrder())));
        table.sortBy(2, true);
        return table;
    }

    void show(GroupPage read) {
        if (current.table().isDisposed()) {
            return;
        }
        page = read;
        current.setRecords(read == null ? List.of() : read.current());
        former.setRecords(read == null ? List.of() : read.former());
        if (read == null && message.getText().isEmpty()) {
            say(messages.group_saveFirst);
        }
        enableActions();
    }

    /** Marks the tables as being read ({@link RecordListPart#LOADING}), for the UI tests. */
    void loading(boolean reading) {
        for (RecordTable<Membership> table : List.of(current, former)) {
            if (!table.table().isDisposed()) {
                table.table().setData(RecordListPart.LOADING, reading ? Boolean.TRUE : null);
            }
        }
    }

    /** Says something under the actions (an outcome, or why something was refused). */
    void say(String text) {
        message.setText(text);
        message.getParent().layout(true, true);
    }

    private void enableActions() {
        boolean saved = page != null;
        add.setEnabled(saved);
        addNew.setEnabled(saved);
        boolean one = saved && current.selection().size() == 1;
        end.setEnabled(one);
        changeRole.setEnabled(one);
    }

    // ---- the actions ----------------------------------------------------------------------------------------

    private void addFound() {
        List<String> members = page.current().stream().map(m -> m.getPerson().getId()).toList();
        List<Person> picked = new RecordPicker<Person>(current.table().getShell(), texts, locale,
                messages.group_pickTitle, texts.picker_findPeople,
                () -> people.get().stream().filter(p -> !members.contains(p.getId())).toList(), Labels::name,
                Labels::searchText).open();
        if (picked.size() == 1) {
            askMembership(picked.get(0));
        } else {
            picked.forEach(this::askMembership);
        }
    }

    private void addNew() {
        NewPersonDialog dialog = new NewPersonDialog(current.table().getShell(), texts, locale,
                messages.group_newPersonTitle, messages.group_newPersonMessage, organisations);
        if (dialog.open() == Window.OK) {
            askMembership(dialog.person());
        }
    }

    private void askMembership(Person person) {
        String name = fullName(person);
        ask(MessageFormat.format(messages.group_addTitle, page.group().getName()),
                MessageFormat.format(messages.group_addMessage, name), MembershipRole.MEMBER, messages.group_from,
                name, (role, from) -> {
                    service.addMember(groupId.get(), person, role, from);
                    return MessageFormat.format(messages.group_added, name, Labels.of(role, locale).toLowerCase(locale),
                            from.format(dates));
                });
    }

    private void end() {
        Membership chosen = current.selection().get(0);
        String name = fullName(chosen.getPerson());
        ask(messages.group_endTitle, MessageFormat.format(messages.group_endMessage, name, role(chosen),
                format(chosen.getValidFrom())), null, messages.group_lastDay, name, (role, lastDay) -> {
                    service.endMembership(chosen.getId(), lastDay);
                    return MessageFormat.format(messages.group_ended, name, lastDay.format(dates));
                });
    }

    private void changeRole() {
        Membership chosen = current.selection().get(0);
        String name = fullName(chosen.getPerson());
        ask(messages.group_roleTitle, MessageFormat.format(messages.group_roleMessage, name, role(chosen),
                format(chosen.getValidFrom())),
                chosen.getMemberRole() == null ? MembershipRole.MEMBER : chosen.getMemberRole(),
                messages.group_from, name, (role, from) -> {
                    service.changeRole(chosen.getId(), role, from);
                    return MessageFormat.format(messages.group_roleChanged, name, Labels.of(role, locale).toLowerCase(locale),
                            from.format(dates));
                });
    }

    /** A change asked for in a {@link MembershipDialog}: done, it says what it did; refused, it throws. */
    private interface Change {
        String run(MembershipRole role, LocalDate day) throws MembershipException;
    }

    /** Asks for the role (when {@code role} is given) and the day, and runs the change; today's date first. */
    private void ask(String title, String message, MembershipRole role, String dayLabel, String name,
            Change change) {
        new MembershipDialog(current.table().getShell(), messages, locale, texts.date_pattern, title, message, role,
                dayLabel, LocalDate.now(), (chosenRole, day) -> {
                    try {
                        done(change.run(chosenRole, day));
                        return null;
                    } catch (MembershipException e) {
                        return refusal(e, name);
                    }
                }).open();
    }

    private void done(String text) {
        say(text);
        reload.run();
    }

    private String refusal(MembershipException e, String name) {
        return switch (e.reason()) {
            case OVERLAP -> MessageFormat.format(messages.group_overlap, name, period(e.conflict()));
            case ENDS_BEFORE_START, ALREADY_ENDED -> e.getMessage() == null ? "" : refusalWithDates(e);
            case NOT_FOUND -> messages.group_notFound;
            case MISSING, STORE -> MessageFormat.format(messages.group_failed, e.getMessage());
        };
    }

    private String refusalWithDates(MembershipException e) {
        // The service's message names the date in ISO form; the window writes it as every date of the window.
        java.util.regex.Matcher iso = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(e.getMessage());
        String day = iso.find() ? LocalDate.parse(iso.group()).format(dates) : "";
        return MessageFormat.format(e.reason() == MembershipException.Reason.ENDS_BEFORE_START
                ? messages.group_endsBeforeStart : messages.group_alreadyEnded, day);
    }

    private String period(Membership m) {
        if (m == null) {
            return "";
        }
        return (format(m.getValidFrom()) + " – " + format(m.getValidTo())).strip();
    }

    /** First and last name: the organisation has a column of its own. */
    static String fullName(Person person) {
        return person == null ? "" : ((person.getFirstName() == null ? "" : person.getFirstName()) + " "
                + (person.getLastName() == null ? "" : person.getLastName())).strip();
    }

    private String role(Membership m) {
        return m.getMemberRole() == null ? "" : Labels.of(m.getMemberRole(), locale).toLowerCase(locale);
    }

    private String format(Date date) {
        return date == null ? "" : date.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate()
                .format(dates);
    }

    private static Button button(Composite parent, String name, String text, Runnable action) {
        Button button = Widgets.named(new Button(parent, SWT.PUSH), name);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }
}
