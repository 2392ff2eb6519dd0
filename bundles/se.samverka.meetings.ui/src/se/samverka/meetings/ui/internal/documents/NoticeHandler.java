package se.samverka.meetings.ui.internal.documents;

/**
 * "Kallelse …" of the open meeting: a PDF/A-2u with the agenda, the invitees and the open action items of the
 * group's earlier meetings.
 */
public class NoticeHandler extends MeetingDocumentHandler {

    public NoticeHandler() {
        super(Kind.NOTICE);
    }
}
