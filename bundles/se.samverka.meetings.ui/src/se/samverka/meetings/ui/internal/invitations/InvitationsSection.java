package se.samverka.meetings.ui.internal.invitations;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableItem;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.meetings.InvitationException;
import se.samverka.meetings.InvitationService;
import se.samverka.meetings.InvitationService.InvitationPage;
import se.samverka.meetings.InvitationService.Invitee;
import se.samverka.meetings.InvitationService.Replier;
import se.samverka.model.Invitation;
import se.samverka.model.InvitationResponse;
import se.samverka.model.Meeting;
import se.samverka.store.RecordsChanged;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.SamverkaUi;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.RecordForm;
import se.samverka.ui.lists.RecordListPart;
import se.samverka.ui.lists.RecordTable;

/**
 * A meeting's invitees on its page: "Gör inbjudningar" from the group's members, a guest invited to one agenda item,
 * the counts ("12 kommer · 3 anmält förhinder · 5 har inte svarat"), each invitee's reply (buttons and the keys 1, 2,
 * 3, 0; an apology asks for its note) and attendance (buttons, the keys N, F and space, or a click in the attendance
 * column; "Alla närvarande"). Every action is a step of {@link InvitationService}, saved at once (not with the
 * meeting's Save); the list is read again in a Job. On a coordinator's laptop only their own reply can be changed.
 * <p>
 * Widgets: {@code meetings.invitations} (the table), {@code .counts}, {@code .message}, the buttons {@code .make},
 * {@code .guest}, {@code .reply.<RESPONSE>}, {@code .present}, {@code .absent}, {@code .allPresent}.
 */
public final class InvitationsSection {

    /** The replies offered, in this order, with their keys. */
    private static final List<InvitationResponse> REPLIES = List.of(InvitationResponse.ACCEPTED,
            InvitationResponse.DECLINED, InvitationResponse.APOLOGY, InvitationResponse.NO_RESPONSE);
    private static final Set<String> TYPES = Set.of("Invitation", "Person", "Meeting");
    private static final int PRESENT_COLUMN = 5;

    @Inject
    private InvitationService service;
    @Inject
    @Translation
    private InvitationMessages messages;
    @Inject
    @Translation
    private CommonTexts texts;
    @Inject
    @Named(TranslationService.LOCALE)
    private Locale locale;
    @Inject
    private UISynchronize ui;

    private Supplier<Meeting> meeting;
    private Label counts;
    private Label message;
    private Button make;
    private Button guest;
    private Button allPresent;
    private Button present;
    private Button absent;
    private final Map<InvitationResponse, Button> replyButtons = new EnumMap<>(InvitationResponse.class);
    private RecordTable<Invitee> table;
    private Job loader;
    private final AtomicInteger asked = new AtomicInteger();
    private volatile String readingId;
    private InvitationPage page;
    private Replier replier = Replier.COUNTY;
    private Runnable ownWriteDone = () -> { };

    /**
     * Adds the section to a meeting's form; {@code meeting} gives the record the editor shows, {@code ownWriteDone}
     * is told (on the UI thread) when the section has written the meeting itself (its status, on making the
     * invitations), so that the page takes it in as its own change and not as one made elsewhere.
     */
    public static InvitationsSection addTo(RecordForm<Meeting> form, IEclipseContext context,
            Supplier<Meeting> meeting, Runnable ownWriteDone) {
        InvitationsSection section = ContextInjectionFactory.make(InvitationsSection.class, context);
        section.ownWriteDone = ownWriteDone;
        section.create(form, meeting);
        return section;
    }

    private void create(RecordForm<Meeting> form, Supplier<Meeting> meeting) {
        this.meeting = meeting;
        Composite body = form.body();
        form.section(messages.invitations_heading);
        counts = Widgets.named(new Label(body, SWT.WRAP), "meetings.invitations.counts");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(counts);
        Composite actions = Widgets.styled(new Composite(body, SWT.NONE), "form");
        RowLayoutFactory.fillDefaults().spacing(6).wrap(true).applyTo(actions);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(actions);
        make = button(actions, "meetings.invitations.make", messages.invitations_make, this::makeInvitations);
        guest = button(actions, "meetings.invitations.guest", messages.invitations_guest, this::inviteGuest);
        for (InvitationResponse response : REPLIES) {
            replyButtons.put(response, button(actions, "meetings.invitations.reply." + response.getName(),
                    replyAction(response), () -> reply(response)));
        }
        present = button(actions, "meetings.invitations.present", messages.invitations_present,
                () -> mark(true));
        absent = button(actions, "meetings.invitations.absent", messages.invitations_absent, () -> mark(false));
        allPresent = button(actions, "meetings.invitations.allPresent", messages.invitations_allPresent,
                this::markAllPresent);

        message = Widgets.named(Widgets.styled(new Label(body, SWT.WRAP), "formMessage"),
                "meetings.invitations.message");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(message);

        Composite holder = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(holder);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 300).applyTo(holder);
        table = new RecordTable<>(holder, "meetings.invitations", texts, locale);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
        // Widths that fit the page's usual width: the reply and the organisation read whole, the note mostly.
        table.column(messages.invitations_column_name, 20, Invitee::name, null)
                .column(messages.invitations_column_organisation, 25, Invitee::organisation)
                .column(messages.invitations_column_guest, 20, i -> i.agendaItem() == null ? "" : i.agendaItem())
                .column(messages.invitations_column_reply, 18, i -> replyLabel(i.response()))
                .column(messages.invitations_column_note, 24, i -> i.note() == null ? "" : i.note())
                .column(messages.invitations_column_present, 11,
                        i -> i.attended() ? messages.invitations_presentMark : "")
                // A guest's agenda item is a title: widened to at most 28 characters, so that the attendance column
                // still fits a page of 1440 px.
                .fitText(2, 28);
        table.table().addListener(SWT.Selection, e -> enableActions());
        table.table().addListener(SWT.KeyDown, this::key);
        table.table().addListener(SWT.MouseDown, this::clickInAttendance);
        Label keys = new Label(body, SWT.WRAP);
        keys.setText(messages.invitations_keys);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(keys);

        loader = Job.create(messages.invitations_heading, monitor -> {
            int answering = asked.get();
            String id = readingId;
            Replier who = service.replier();
            Optional<InvitationPage> read = id == null ? Optional.empty() : service.page(id);
            ui.asyncExec(() -> show(read.orElse(null), who, answering));
            return Status.OK_STATUS;
        });
        loader.setSystem(true);
        // The editor sets its record after its fields are made.
        body.getDisplay().asyncExec(this::reload);
    }

    /** Reads the invitees again, in the background. */
    public void reload() {
        if (table.table().isDisposed()) {
            return;
        }
        asked.incrementAndGet();
        Meeting shown = meeting.get();
        readingId = shown == null ? null : shown.getId();
        table.table().setData(RecordListPart.LOADING, Boolean.TRUE);
        loader.schedule();
    }

    /** Invitations, people or the meeting changed (here, elsewhere in the window or by a sync). */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void recordsChanged(@UIEventTopic(SamverkaUi.TOPIC_RECORDS_CHANGED) RecordsChanged changed) {
        if (table != null && !table.table().isDisposed() && changed.touchesAny(TYPES)) {
            reload();
        }
    }

    private void show(InvitationPage read, Replier who, int answering) {
        if (table.table().isDisposed()) {
            return;
        }
        List<String> selected = table.selection().stream().map(Invitee::invitationId).toList();
        page = read;
        replier = who;
        table.setRecords(read == null ? List.of() : read.invitees());
        table.keepSelected(table.shown().stream().filter(i -> selected.contains(i.invitationId())).toList());
        if (read == null) {
            counts.setText(messages.invitations_saveFirst);
        } else if (read.invitees().isEmpty()) {
            counts.setText(messages.invitations_none);
        } else {
            InvitationService.Summary s = read.summary();
            String text = MessageFormat.format(messages.invitations_counts, s.coming(), s.apologised(),
                    s.notComing(), s.notAnswered());
            if (s.present() > 0 || s.absent() > 0) {
                text += " · " + MessageFormat.format(messages.invitations_attendance, s.present(), s.absent());
            }
            counts.setText(text);
        }
        boolean organises = who.organises();
        for (Button button : List.of(make, guest, present, absent, allPresent)) {
            button.setVisible(organises);
            ((org.eclipse.swt.layout.RowData) layoutData(button)).exclude = !organises;
        }
        if (!organises && message.getText().isEmpty()) {
            message.setText(messages.invitations_ownOnly);
        }
        enableActions();
        counts.getParent().layout(true, true);
        if (answering == asked.get()) {
            table.table().setData(RecordListPart.LOADING, null);
        }
    }

    private static Object layoutData(Button button) {
        if (!(button.getLayoutData() instanceof org.eclipse.swt.layout.RowData)) {
            button.setLayoutData(new org.eclipse.swt.layout.RowData());
        }
        return button.getLayoutData();
    }

    private void enableActions() {
        boolean saved = page != null;
        make.setEnabled(saved);
        guest.setEnabled(saved);
        allPresent.setEnabled(saved && !page.invitees().isEmpty());
        List<Invitee> chosen = table.selection();
        boolean mayReply = !chosen.isEmpty() && chosen.stream().allMatch(Invitee::mayReply);
        replyButtons.values().forEach(b -> b.setEnabled(mayReply));
        present.setEnabled(!chosen.isEmpty());
        absent.setEnabled(!chosen.isEmpty());
    }

    private Button button(Composite parent, String name, String text, Runnable action) {
        Button button = Widgets.named(new Button(parent, SWT.PUSH), name);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** Says something under the actions (an outcome, or why something was refused). */
    void say(String text) {
        message.setText(text);
        message.getParent().layout(true, true);
    }

    // --- keys and clicks ------------------------------------------------------------------------------------

    private void key(Event e) {
        char c = Character.toLowerCase(e.character);
        Runnable action = switch (c) {
            case '1' -> () -> reply(InvitationResponse.ACCEPTED);
            case '2' -> () -> reply(InvitationResponse.DECLINED);
            case '3' -> () -> reply(InvitationResponse.APOLOGY);
            case '0' -> () -> reply(InvitationResponse.NO_RESPONSE);
            case 'n' -> () -> mark(true);
            case 'f' -> () -> mark(false);
            case ' ' -> this::toggle;
            default -> null;
        };
        if (action != null) {
            e.doit = false;
            action.run();
        }
    }

    /** A click in the attendance column toggles the row's attendance. */
    private void clickInAttendance(Event e) {
        if (e.button != 1) {
            return;
        }
        TableItem item = table.table().getItem(new Point(e.x, e.y));
        if (item == null || !item.getBounds(PRESENT_COLUMN).contains(e.x, e.y)
                || !(item.getData() instanceof Invitee invitee)) {
            return;
        }
        mark(List.of(invitee), !invitee.attended());
    }

    // --- the actions -----------------------------------------------------------------------------------------

    private void makeInvitations() {
        Meeting shown = meeting.get();
        if (page == null || shown == null || shown.getId() == null) {
            say(messages.invitations_saveFirst);
            return;
        }
        String id = shown.getId();
        make.setEnabled(false);
        Job job = Job.create(messages.invitations_make, monitor -> {
            String text;
            try {
                int added = service.makeInvitations(id);
                text = added == 0 ? messages.invitations_madeNone
                        : MessageFormat.format(messages.invitations_made, added);
            } catch (InvitationException e) {
                text = refusal(e, shown.getTitle());
            }
            String said = text;
            ui.asyncExec(() -> {
                if (!table.table().isDisposed()) {
                    say(said);
                    reload();
                    ownWriteDone.run(); // the meeting's status: "Inbjudan skickad"
                }
            });
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private void inviteGuest() {
        Meeting shown = meeting.get();
        if (page == null || shown == null) {
            say(messages.invitations_saveFirst);
            return;
        }
        if (shown.getAgendaItems().stream().allMatch(i -> i.getId() == null)) {
            say(messages.invitations_guestNoItems);
            return;
        }
        GuestDialog dialog = new GuestDialog(table.table().getShell(), messages, texts, locale, shown, service);
        if (dialog.open() != Window.OK) {
            return;
        }
        try {
            Invitation invited = service.inviteGuest(shown.getId(), dialog.agendaItem().getId(), dialog.person());
            say(MessageFormat.format(messages.invitations_guestInvited, GuestDialog.name(invited.getPerson()),
                    dialog.agendaItem().getSeq() + " " + dialog.agendaItem().getTitle()));
            reload();
        } catch (InvitationException e) {
            say(refusal(e, GuestDialog.name(dialog.person())));
        }
    }

    private void reply(InvitationResponse response) {
        List<Invitee> chosen = table.selection();
        if (chosen.isEmpty() || !chosen.stream().allMatch(Invitee::mayReply)) {
            if (!chosen.isEmpty()) {
                say(MessageFormat.format(messages.invitations_refused_NOT_OWN_INVITATION, chosen.stream()
                        .filter(i -> !i.mayReply()).findFirst().orElseThrow().name(), ""));
            }
            return;
        }
        String note = null;
        if (response == InvitationResponse.APOLOGY) {
            String names = String.join(", ", chosen.stream().map(Invitee::name).toList());
            String before = chosen.size() == 1 && chosen.get(0).note() != null ? chosen.get(0).note() : "";
            InputDialog ask = new InputDialog(table.table().getShell(), messages.invitations_apologyTitle,
                    MessageFormat.format(messages.invitations_apologyMessage, names), before, null);
            if (ask.open() != Window.OK) {
                return;
            }
            note = ask.getValue();
        }
        List<String> said = new ArrayList<>();
        for (Invitee invitee : chosen) {
            try {
                service.reply(invitee.invitationId(), response, note);
                said.add(MessageFormat.format(messages.invitations_replied, invitee.name(), replyLabel(response)));
            } catch (InvitationException e) {
                said.add(refusal(e, invitee.name()));
                break;
            }
        }
        say(String.join(" ", said));
        reload();
    }

    private void mark(boolean attended) {
        mark(table.selection(), attended);
    }

    private void toggle() {
        List<Invitee> chosen = table.selection();
        if (!chosen.isEmpty()) {
            mark(chosen, !chosen.stream().allMatch(Invitee::attended));
        }
    }

    private void mark(List<Invitee> chosen, boolean attended) {
        if (chosen.isEmpty() || !replier.organises()) {
            if (!chosen.isEmpty()) {
                say(messages.invitations_refused_COUNTY_ONLY);
            }
            return;
        }
        for (Invitee invitee : chosen) {
            try {
                service.markAttendance(invitee.invitationId(), attended);
            } catch (InvitationException e) {
                say(refusal(e, invitee.name()));
                break;
            }
        }
        reload();
    }

    private void markAllPresent() {
        if (page == null) {
            return;
        }
        try {
            say(MessageFormat.format(messages.invitations_allMarked, service.markAllPresent(page.meetingId())));
        } catch (InvitationException e) {
            say(refusal(e, ""));
        }
        reload();
    }

    // --- words -----------------------------------------------------------------------------------------------

    private String replyAction(InvitationResponse response) {
        return switch (response) {
            case ACCEPTED -> messages.invitations_reply_ACCEPTED;
            case DECLINED -> messages.invitations_reply_DECLINED;
            case APOLOGY -> messages.invitations_reply_APOLOGY;
            case NO_RESPONSE -> messages.invitations_reply_NO_RESPONSE;
        };
    }

    private String replyLabel(InvitationResponse response) {
        return switch (response == null ? InvitationResponse.NO_RESPONSE : response) {
            case ACCEPTED -> messages.invitations_reply_label_ACCEPTED;
            case DECLINED -> messages.invitations_reply_label_DECLINED;
            case APOLOGY -> messages.invitations_reply_label_APOLOGY;
            case NO_RESPONSE -> messages.invitations_reply_label_NO_RESPONSE;
        };
    }

    private String refusal(InvitationException e, String name) {
        String pattern = switch (e.reason()) {
            case NOT_FOUND -> messages.invitations_refused_NOT_FOUND;
            case NOT_OWN_INVITATION -> messages.invitations_refused_NOT_OWN_INVITATION;
            case COUNTY_ONLY -> messages.invitations_refused_COUNTY_ONLY;
            case ALREADY_INVITED -> messages.invitations_refused_ALREADY_INVITED;
            case NO_GROUP -> messages.invitations_refused_NO_GROUP;
            case STORE -> messages.invitations_refused_STORE;
        };
        return MessageFormat.format(pattern, name, e.getMessage() == null ? "" : e.getMessage());
    }
}
