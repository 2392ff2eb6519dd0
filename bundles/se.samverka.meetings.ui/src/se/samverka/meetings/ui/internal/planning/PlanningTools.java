package se.samverka.meetings.ui.internal.planning;

import java.text.MessageFormat;
import java.text.SimpleDateFormat;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.RowDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.inject.Inject;
import se.samverka.meetings.MeetingPage;
import se.samverka.meetings.MeetingPlanning;
import se.samverka.model.InvitationResponse;
import se.samverka.model.Meeting;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.Editors;

/**
 * Planning's part of the meeting page's tools row: "Öppna nästa möte" and a line that sums the meeting up (who is
 * invited and how they replied, its action items, the next meeting), read from the page's read model in a Job.
 * Widgets: {@code meetings.meeting.next}, {@code meetings.meeting.summary}.
 */
public final class PlanningTools {

    @Inject
    private MeetingPlanning planning;
    @Inject
    private EPartService parts;
    @Inject
    private UISynchronize ui;
    @Inject
    @Translation
    private PlanningMessages messages;
    @Inject
    @Translation
    private CommonTexts texts;

    private Label summary;
    /** The read of the summary begun last, until it is shown. */
    private final AtomicReference<CompletableFuture<Optional<MeetingPage>>> latest = new AtomicReference<>();
    private Supplier<Meeting> meeting;

    /** Adds the tools to the row; {@code say} shows a message in the page's header. */
    public void addTo(Composite tools, Supplier<Meeting> meeting, Consumer<String> say) {
        this.meeting = meeting;
        Button next = Widgets.named(new Button(tools, SWT.PUSH), "meetings.meeting.next");
        next.setText(messages.planning_nextMeeting);
        next.addListener(SWT.Selection, e -> openNext(say));
        summary = Widgets.named(Widgets.styled(new Label(tools, SWT.WRAP), "secondary"), "meetings.meeting.summary");
        RowDataFactory.swtDefaults().hint(640, SWT.DEFAULT).applyTo(summary);
    }

    /** Reads the page's read model again in a Job and shows the summary. */
    public void reload() {
        Meeting now = meeting == null ? null : meeting.get();
        if (now != null) {
            reload(now.getId());
        }
    }

    /**
     * Reads the read model of the meeting {@code id} in a Job and shows the summary: the page calls it with the id
     * it opens before the meeting is shown, so that the read runs while the page's widgets are made.
     */
    public void reload(String id) {
        if (id == null || summary == null || summary.isDisposed()) {
            return;
        }
        CompletableFuture<Optional<MeetingPage>> reading = new CompletableFuture<>();
        latest.set(reading);
        Job read = Job.create(messages.planning_agenda, monitor -> {
            try {
                reading.complete(planning.page(id));
            } catch (RuntimeException e) {
                reading.completeExceptionally(e);
                throw e;
            }
            ui.asyncExec(() -> show(reading));
            return Status.OK_STATUS;
        });
        read.setSystem(true);
        read.schedule();
    }

    /**
     * Shows the summary of the read begun last, waiting at most {@code wait} for it to end; a read that takes longer
     * is shown when it ends. The page calls it when it first shows its meeting: the summary is then laid out and
     * drawn with the page, instead of after the window has drawn the page once without it (the window runs what a
     * Job hands it only when it has nothing else to do, and drawing a new page keeps it busy for a while).
     */
    public void showRead(Duration wait) {
        CompletableFuture<Optional<MeetingPage>> reading = latest.get();
        if (reading == null) {
            return;
        }
        try {
            reading.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return; // shown when it ends; a read that failed is logged by its Job
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        show(reading);
    }

    /** Shows what a read found, unless it was shown already or a newer read has begun. */
    private void show(CompletableFuture<Optional<MeetingPage>> reading) {
        if (latest.compareAndSet(reading, null)) {
            reading.join().ifPresent(this::show);
        }
    }

    private void show(MeetingPage page) {
        if (summary.isDisposed()) {
            return;
        }
        int coming = page.replies().getOrDefault(InvitationResponse.ACCEPTED, 0);
        int apologies = page.replies().getOrDefault(InvitationResponse.APOLOGY, 0)
                + page.replies().getOrDefault(InvitationResponse.DECLINED, 0);
        String text = page.invitations() == 0 ? messages.planning_summaryNone
                : MessageFormat.format(messages.planning_summary, page.invitations(), coming, apologies,
                        page.invitations() - coming - apologies, page.actionItems());
        if (page.next() != null) {
            SimpleDateFormat day = new SimpleDateFormat(texts.date_pattern);
            text += " " + MessageFormat.format(messages.planning_summaryNext, page.next().title(),
                    page.next().meetingDate() == null ? "" : day.format(page.next().meetingDate()));
        }
        summary.setText(text);
        // Only the summary and the rows around it are measured again (at the next layout), not every row of the page.
        Widgets.measureAgain(summary);
    }

    private void openNext(Consumer<String> say) {
        Meeting now = meeting.get();
        if (now == null || now.getId() == null) {
            say.accept(messages.planning_saveFirst);
            return;
        }
        planning.nextMeeting(now.getId()).ifPresentOrElse(
                next -> Editors.open(parts, "se.samverka.meetings.ui.editor", next.getId(), next.getTitle()),
                () -> say.accept(messages.planning_noNextMeeting));
    }
}
