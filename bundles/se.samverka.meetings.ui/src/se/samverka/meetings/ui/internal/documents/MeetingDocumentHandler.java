package se.samverka.meetings.ui.internal.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import se.samverka.meetings.MeetingDocumentService;
import se.samverka.meetings.calendar.MeetingCalendar;
import se.samverka.meetings.documents.MeetingContent;
import se.samverka.meetings.documents.MeetingDocuments;
import se.samverka.ui.SamverkaUi;
import se.samverka.ui.documents.DocumentFiles;

/**
 * A document command of the open meeting (Dokument → Kallelse …, Protokoll …, Kalenderfil …): enabled while a
 * meeting's page is the active part. It asks where to save, then reads the meeting and writes the document in a Job
 * and offers to open it (the steps of {@link DocumentFiles}). The document is made of what is saved: a page with
 * unsaved changes asks first.
 */
abstract class MeetingDocumentHandler {

    private final Kind kind;

    MeetingDocumentHandler(Kind kind) {
        this.kind = kind;
    }

    /** The meeting page's part id (its descriptor in the meetings fragment). */
    static final String MEETING_PAGE = "se.samverka.meetings.ui.editor";

    /**
     * A {@code Function<String, Path>} in the application context, asked instead of the native file dialog with the
     * suggested file name; null for cancel. When it is there, the finished document is not opened (UI tests).
     */
    static final String CHOOSER = "se.samverka.meetings.ui.documents.chooser";

    @CanExecute
    boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return part != null && MEETING_PAGE.equals(part.getElementId());
    }

    @Execute
    void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Translation MeetingDocumentMessages messages, @Named(TranslationService.LOCALE) Locale locale,
            MeetingDocumentService service, @Optional @Named(CHOOSER) Function<String, Path> chooser) {
        String title = kind.title(messages);
        String meetingId = part.getPersistedState().get(SamverkaUi.RECORD_ID);
        if (meetingId == null) {
            MessageDialog.openInformation(shell, title, messages.meetingDocuments_unsaved);
            return;
        }
        if (part.isDirty() && chooser == null && !MessageDialog.openQuestion(shell, title,
                messages.meetingDocuments_dirty)) {
            return;
        }
        String label = part.getLabel() == null ? "" : part.getLabel();
        Path file = DocumentFiles.saveAs(shell, title, DocumentFiles.fileName(kind.fileName(messages), label),
                kind.extension, kind.extension.equals("pdf") ? messages.meetingDocuments_pdfFilter
                        : messages.meetingDocuments_icsFilter,
                chooser);
        if (file == null) {
            return;
        }
        DocumentFiles.write(shell, title, kind.jobName(messages),
                new DocumentFiles.Texts(messages.meetingDocuments_saved, messages.meetingDocuments_failed), file,
                (out, monitor) -> kind.write(service, meetingId, locale, out, monitor), chooser == null);
    }

    /** Which document, its words and how it is written. */
    enum Kind {
        NOTICE("pdf"), MINUTES("pdf"), CALENDAR("ics"), SERIES_CALENDAR("ics");

        final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        /** The command's name, the dialogs' title. */
        String title(MeetingDocumentMessages m) {
            return switch (this) {
                case NOTICE -> m.meetingDocuments_notice;
                case MINUTES -> m.meetingDocuments_minutes;
                case CALENDAR -> m.meetingDocuments_calendar;
                case SERIES_CALENDAR -> m.meetingDocuments_seriesCalendar;
            };
        }

        /** The name of the Job that writes it. */
        String jobName(MeetingDocumentMessages m) {
            return switch (this) {
                case NOTICE -> m.meetingDocuments_job_notice;
                case MINUTES -> m.meetingDocuments_job_minutes;
                case CALENDAR, SERIES_CALENDAR -> m.meetingDocuments_job_calendar;
            };
        }

        /** The suggested file name's pattern; {0} is the page's label (the meeting's title). */
        String fileName(MeetingDocumentMessages m) {
            return switch (this) {
                case NOTICE -> m.meetingDocuments_noticeFile;
                case MINUTES -> m.meetingDocuments_minutesFile;
                case CALENDAR -> m.meetingDocuments_calendarFile;
                case SERIES_CALENDAR -> m.meetingDocuments_seriesFile;
            };
        }

        /** Reads the meeting (off the UI thread, in the Job) and writes the document. */
        void write(MeetingDocumentService service, String meetingId, Locale locale, OutputStream out,
                SubMonitor monitor) throws IOException {
            switch (this) {
                case NOTICE, MINUTES -> {
                    MeetingContent content = service.content(meetingId);
                    monitor.worked(50);
                    MeetingDocuments documents = new MeetingDocuments(locale, "Samverka");
                    if (this == NOTICE) {
                        documents.notice(content, out);
                    } else {
                        documents.minutes(content, out);
                    }
                }
                case CALENDAR, SERIES_CALENDAR -> {
                    List<MeetingContent> meetings = this == CALENDAR ? List.of(service.content(meetingId))
                            : service.series(meetingId);
                    monitor.worked(50);
                    new MeetingCalendar(service.calendarDomain(), "0.1.0", locale).write(meetings, out);
                }
            }
            monitor.worked(50);
        }
    }
}
