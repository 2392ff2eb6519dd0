package se.samverka.courses.ui.internal.enrolment;

import java.text.MessageFormat;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.samverka.courses.CourseService;
import se.samverka.courses.EnrolmentException;
import se.samverka.courses.EnrolmentService;
import se.samverka.courses.EnrolmentService.CompletionPlan;
import se.samverka.courses.EnrolmentService.Enroller;
import se.samverka.courses.EnrolmentService.OfferingPage;
import se.samverka.courses.EnrolmentService.Participant;
import se.samverka.model.CourseOffering;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.Person;
import se.samverka.model.rules.Labels;
import se.samverka.model.sync.Role;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.NewPersonDialog;
import se.samverka.ui.forms.RecordPicker;
import se.samverka.ui.lists.RecordListPart;
import se.samverka.ui.lists.RecordTable;

/**
 * The participants of an offering on its page: the counts, the actions (enrol a person found or made in place, the
 * status changes the transitions allow, the waitlist's order, completion) and the list with status, organisation,
 * municipality, a provisional seat and the absence flag. Every action is a step of {@link EnrolmentService}, saved
 * at once (not with the offering's Save); the list is read again in a Job.
 * <p>
 * Widgets: {@code courses.participants} (the table), {@code courses.participants.counts}, {@code .message}, the
 * buttons {@code .enrol}, {@code .newPerson}, {@code .to.<STATUS>}, {@code .up}, {@code .down}, {@code .complete}.
 */
public final class ParticipantsSection {

    /** The status changes offered as buttons, in this order. */
    private static final List<EnrolmentStatus> ACTIONS = List.of(EnrolmentStatus.ENROLLED,
            EnrolmentStatus.CANCELLED, EnrolmentStatus.COMPLETED, EnrolmentStatus.NO_SHOW, EnrolmentStatus.WAITLISTED,
            EnrolmentStatus.REQUESTED);

    private final EnrolmentService service;
    private final CourseService courses;
    private final EnrolmentMessages messages;
    private final CommonTexts texts;
    private final Locale locale;
    private final UISynchronize ui;
    private final Supplier<String> offeringId;
    private final Supplier<Enroller> enroller;
    private final Label counts;
    private final Label message;
    private final Composite actions;
    private final RecordTable<Participant> table;
    private final Map<EnrolmentStatus, Button> statusButtons = new EnumMap<>(EnrolmentStatus.class);
    private final Button enrol;
    private final Button newPerson;
    private final Button up;
    private final Button down;
    private final Button complete;
    private final Job loader;
    private final AtomicInteger asked = new AtomicInteger();
    private OfferingPage page;
    /** Each row's place in the page's order (seated, waitlist, others), by which the status column sorts. */
    private final Map<Participant, Integer> order = new java.util.IdentityHashMap<>();
    /** Each waiting row's number on the waitlist as people count it: 1 for the first waiting, 2 for the next. */
    private final Map<Participant, Integer> waitlistNumber = new java.util.IdentityHashMap<>();
    /** The offering read, taken on the UI thread when a read is asked for. */
    private volatile String readingId;

    public ParticipantsSection(Composite body, EnrolmentService service, CourseService courses,
            EnrolmentMessages messages, CommonTexts texts, Locale locale, UISynchronize ui,
            Supplier<String> offeringId, Supplier<Enroller> enroller) {
        this.service = service;
        this.courses = courses;
        this.messages = messages;
        this.texts = texts;
        this.locale = locale;
        this.ui = ui;
        this.offeringId = offeringId;
        this.enroller = enroller;

        counts = Widgets.named(new Label(body, SWT.WRAP), "courses.participants.counts");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(counts);
        actions = Widgets.styled(new Composite(body, SWT.NONE), "form");
        RowLayoutFactory.fillDefaults().spacing(6).wrap(true).applyTo(actions);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(actions);
        enrol = button("courses.participants.enrol", messages.enrolment_enrol, this::enrolFound);
        newPerson = button("courses.participants.newPerson", messages.enrolment_newPerson, this::enrolNew);
        for (EnrolmentStatus to : ACTIONS) {
            statusButtons.put(to, button("courses.participants.to." + to.getName(), statusAction(to),
                    () -> change(to)));
        }
        up = button("courses.participants.up", messages.enrolment_up, () -> move(-1));
        down = button("courses.participants.down", messages.enrolment_down, () -> move(1));
        complete = button("courses.participants.complete", messages.enrolment_complete, this::complete);

        message = Widgets.named(Widgets.styled(new Label(body, SWT.WRAP), "formMessage"),
                "courses.participants.message");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(message);

        Composite holder = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(holder);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 320).applyTo(holder);
        table = new RecordTable<>(holder, "courses.participants", texts, locale);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
        table.column(messages.enrolment_column_name, 24, p -> fullName(p.person()))
                .column(messages.enrolment_column_organisation, 22,
                        p -> p.person().getOrganisation() == null ? "" : p.person().getOrganisation().getName())
                .column(messages.enrolment_column_municipality, 22,
                        p -> p.person().getMunicipality() == null ? "" : p.person().getMunicipality().getName())
                .column(messages.enrolment_column_status, 24, this::status,
                        java.util.Comparator.comparingInt(p -> order.getOrDefault(p, Integer.MAX_VALUE)))
                .column(messages.enrolment_column_place, 8, p -> waitlistNumber.containsKey(p)
                        ? String.valueOf(waitlistNumber.get(p)) : "")
                .column(messages.enrolment_column_note, 18, p -> p.flagged() ? messages.enrolment_flagged : "");
        // The service's order first: seated, then the waitlist in its order, then the others.
        table.sortBy(3, true);
        table.table().addListener(SWT.Selection, e -> enableActions());

        loader = Job.create(messages.enrolment_heading, monitor -> {
            int answering = asked.get();
            String id = readingId;
            Optional<OfferingPage> read = id == null ? Optional.empty() : service.page(id);
            ui.asyncExec(() -> show(read.orElse(null), answering));
            return Status.OK_STATUS;
        });
        loader.setSystem(true);
        reload();
    }

    /** The row of buttons, where the offering's other actions can be added too. */
    public Composite actions() {
        return actions;
    }

    /** Reads the participants again, in the background. */
    public void reload() {
        if (table.table().isDisposed()) {
            return;
        }
        asked.incrementAndGet();
        readingId = offeringId.get();
        table.table().setData(RecordListPart.LOADING, Boolean.TRUE);
        loader.schedule();
    }

    /** Says something under the actions (an outcome, or why something was refused). */
    public void say(String text) {
        message.setText(text);
        message.getParent().layout(true, true);
    }

    private void show(OfferingPage read, int answering) {
        if (table.table().isDisposed()) {
            return;
        }
        List<String> selected = table.selection().stream().map(p -> p.enrolment().getId()).toList();
        page = read;
        order.clear();
        waitlistNumber.clear();
        if (read != null) {
            for (int i = 0; i < read.participants().size(); i++) {
                Participant participant = read.participants().get(i);
                order.put(participant, i);
                if (participant.status() == EnrolmentStatus.WAITLISTED) {
                    // The service lists the waitlist in its order; the stored positions may have gaps.
                    waitlistNumber.put(participant, waitlistNumber.size() + 1);
                }
            }
        }
        table.setRecords(read == null ? List.of() : read.participants());
        List<Participant> again = table.shown().stream().filter(p -> selected.contains(p.enrolment().getId()))
                .toList();
        table.keepSelected(again);
        if (read == null) {
            counts.setText(messages.enrolment_saveFirst);
        } else {
            counts.setText(MessageFormat.format(messages.enrolment_counts, read.seated(),
                    read.offering().getCapacity(), read.waitlisted()));
        }
        enableActions();
        if (enroller.get().role() == Role.COORDINATOR && message.getText().isEmpty()) {
            message.setText(messages.enrolment_coordinatorOnly);
        }
        counts.getParent().layout(true, true);
        if (answering == asked.get()) {
            table.table().setData(RecordListPart.LOADING, null);
        }
    }

    private void enableActions() {
        boolean saved = page != null;
        enrol.setEnabled(saved);
        newPerson.setEnabled(saved);
        complete.setEnabled(saved && page.participants().stream()
                .anyMatch(p -> p.status() == EnrolmentStatus.ENROLLED));
        List<Participant> chosen = table.selection();
        Participant one = chosen.size() == 1 ? chosen.get(0) : null;
        statusButtons.forEach((to, button) -> button.setEnabled(one != null
                && service.actions(one.enrolment()).contains(to)));
        boolean waiting = one != null && one.status() == EnrolmentStatus.WAITLISTED;
        List<Participant> line = page == null ? List.of() : page.participants().stream()
                .filter(p -> p.status() == EnrolmentStatus.WAITLISTED).toList();
        up.setEnabled(waiting && !line.get(0).enrolment().getId().equals(one.enrolment().getId()));
        down.setEnabled(waiting && !line.get(line.size() - 1).enrolment().getId().equals(one.enrolment().getId()));
    }

    private String status(Participant p) {
        String label = p.status() == null ? "" : Labels.of(p.status(), locale);
        return p.provisional() ? MessageFormat.format(messages.enrolment_provisional, label) : label;
    }

    private String statusAction(EnrolmentStatus to) {
        return switch (to) {
            case ENROLLED -> messages.enrolment_to_ENROLLED;
            case CANCELLED -> messages.enrolment_to_CANCELLED;
            case COMPLETED -> messages.enrolment_to_COMPLETED;
            case NO_SHOW -> messages.enrolment_to_NO_SHOW;
            case WAITLISTED -> messages.enrolment_to_WAITLISTED;
            case REQUESTED -> messages.enrolment_to_REQUESTED;
        };
    }

    private Button button(String name, String text, Runnable action) {
        Button button = Widgets.named(new Button(actions, SWT.PUSH), name);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    // --- the actions -----------------------------------------------------------------------------------------

    private void enrolFound() {
        if (page == null) {
            return;
        }
        List<String> already = page.participants().stream()
                .filter(p -> p.status() != EnrolmentStatus.CANCELLED).map(p -> p.person().getId()).toList();
        List<Person> picked = new RecordPicker<Person>(table.table().getShell(), texts, locale,
                messages.enrolment_pickerTitle, texts.picker_findPeople,
                () -> courses.people().stream().filter(p -> !already.contains(p.getId())).toList(), Labels::name,
                Labels::searchText).open();
        for (Person person : picked) {
            if (!enrol(person)) {
                break;
            }
        }
    }

    private void enrolNew() {
        if (page == null) {
            return;
        }
        NewPersonDialog dialog = new NewPersonDialog(table.table().getShell(), texts, locale,
                messages.enrolment_newPersonTitle, messages.enrolment_newPersonInfo, service::organisations);
        if (dialog.open() == NewPersonDialog.OK) {
            enrol(dialog.person());
        }
    }

    /** Enrols one person, asking first after the deadline; false when refused or not confirmed. */
    boolean enrol(Person person) {
        CourseOffering offering = page.offering();
        String name = fullName(person);
        Enroller by = enroller.get();
        EnrolmentException.Reason refused = service.refusal(offering.getId(), person, by);
        if (refused != null) {
            say(refusal(refused, name, null));
            return false;
        }
        boolean afterDeadline = service.pastDeadline(offering);
        if (afterDeadline && !MessageDialog.openQuestion(table.table().getShell(), messages.enrolment_deadlineTitle,
                MessageFormat.format(messages.enrolment_deadlineQuestion,
                        new SimpleDateFormat(texts.date_pattern, locale).format(offering.getEnrolmentDeadline()),
                        name))) {
            return false;
        }
        try {
            var enrolment = service.enrol(offering.getId(), person, by, afterDeadline);
            say(enrolment.getStatus() == EnrolmentStatus.WAITLISTED
                    ? MessageFormat.format(messages.enrolment_waitlisted, name, enrolment.getWaitlistPosition())
                    : MessageFormat.format(messages.enrolment_enrolled, name));
            reload();
            return true;
        } catch (EnrolmentException e) {
            say(refusal(e.reason(), name, e.getMessage()));
            return false;
        }
    }

    private void change(EnrolmentStatus to) {
        List<Participant> chosen = table.selection();
        if (chosen.size() != 1) {
            return;
        }
        Participant one = chosen.get(0);
        String name = fullName(one.person());
        try {
            List<se.samverka.model.Enrolment> changed = service.changeStatus(one.enrolment().getId(), to);
            List<String> said = new ArrayList<>();
            said.add(MessageFormat.format(messages.enrolment_changed, name, Labels.of(to, locale)));
            changed.stream().filter(e -> !e.getId().equals(one.enrolment().getId())).forEach(
                    e -> said.add(MessageFormat.format(messages.enrolment_promoted, fullName(e.getPerson()))));
            say(String.join(" ", said));
            reload();
        } catch (EnrolmentException e) {
            say(refusal(e.reason(), name, e.getMessage()));
        }
    }

    private void move(int steps) {
        List<Participant> chosen = table.selection();
        if (chosen.size() != 1) {
            return;
        }
        try {
            service.move(chosen.get(0).enrolment().getId(), steps);
            reload();
        } catch (EnrolmentException e) {
            say(refusal(e.reason(), fullName(chosen.get(0).person()), e.getMessage()));
        }
    }

    private void complete() {
        if (page == null) {
            return;
        }
        String id = page.offering().getId();
        try {
            CompletionPlan plan = service.completionPlan(id);
            if (plan.outcomes().isEmpty()) {
                say(messages.enrolment_completeNone);
                return;
            }
            String completing = names(plan, EnrolmentStatus.COMPLETED);
            String noShow = names(plan, EnrolmentStatus.NO_SHOW);
            long done = plan.completing();
            long missed = plan.outcomes().size() - done;
            String text = MessageFormat.format(messages.enrolment_completeRule, plan.sessionDays()) + "\n\n"
                    + MessageFormat.format(messages.enrolment_completeCompleted, done, completing) + "\n"
                    + MessageFormat.format(messages.enrolment_completeNoShow, missed, noShow);
            MessageDialog dialog = new MessageDialog(table.table().getShell(), messages.enrolment_completeTitle, null,
                    text, MessageDialog.QUESTION, 0, messages.enrolment_completeApply, texts.form_cancel);
            if (dialog.open() != 0) {
                return;
            }
            service.complete(id);
            say(MessageFormat.format(messages.enrolment_completed, done, missed));
            reload();
        } catch (EnrolmentException e) {
            say(refusal(e.reason(), page.offering().getTitle(), e.getMessage()));
        }
    }

    private static String names(CompletionPlan plan, EnrolmentStatus becomes) {
        String names = plan.outcomes().stream().filter(o -> o.becomes() == becomes)
                .map(o -> fullName(o.enrolment().getPerson()))
                .collect(Collectors.joining(", "));
        return names.isEmpty() ? "–" : names;
    }

    /** First and last name, without the organisation (it has a column of its own). */
    static String fullName(Person person) {
        return ((person.getFirstName() == null ? "" : person.getFirstName()) + " "
                + (person.getLastName() == null ? "" : person.getLastName())).strip();
    }

    String refusal(EnrolmentException.Reason reason, String name, String detail) {
        String pattern = switch (reason) {
            case OTHER_MUNICIPALITY -> messages.enrolment_refused_OTHER_MUNICIPALITY;
            case ALREADY_ENROLLED -> messages.enrolment_refused_ALREADY_ENROLLED;
            case NOT_ALLOWED -> messages.enrolment_refused_NOT_ALLOWED;
            case NO_SEAT -> messages.enrolment_refused_NO_SEAT;
            case NOT_ON_WAITLIST -> messages.enrolment_refused_NOT_ON_WAITLIST;
            case NO_SESSION_DAYS -> messages.enrolment_refused_NO_SESSION_DAYS;
            case NOT_FOUND -> messages.enrolment_refused_NOT_FOUND;
            case DEADLINE_PASSED -> messages.enrolment_refused_DEADLINE_PASSED;
            case STORE -> messages.enrolment_refused_STORE;
        };
        return MessageFormat.format(pattern, name, detail == null ? "" : detail);
    }
}
