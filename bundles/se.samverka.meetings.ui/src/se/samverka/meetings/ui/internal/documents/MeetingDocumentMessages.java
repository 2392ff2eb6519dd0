package se.samverka.meetings.ui.internal.documents;

import org.eclipse.e4.core.services.nls.Message;

/**
 * The texts of the meeting documents' commands, from the "# meeting documents" block of
 * {@code OSGI-INF/l10n/bundle*.properties}.
 */
@Message
public class MeetingDocumentMessages {
    public String meetingDocuments_notice;
    public String meetingDocuments_minutes;
    public String meetingDocuments_calendar;
    public String meetingDocuments_seriesCalendar;
    public String meetingDocuments_unsaved;
    public String meetingDocuments_dirty;
    public String meetingDocuments_job_notice;
    public String meetingDocuments_job_minutes;
    public String meetingDocuments_job_calendar;
    public String meetingDocuments_saved;
    public String meetingDocuments_failed;
    public String meetingDocuments_pdfFilter;
    public String meetingDocuments_icsFilter;
    public String meetingDocuments_noticeFile;
    public String meetingDocuments_minutesFile;
    public String meetingDocuments_calendarFile;
    public String meetingDocuments_seriesFile;
}
