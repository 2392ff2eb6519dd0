package se.samverka.meetings.ui.internal.documents;

/**
 * "Protokoll …" of the open meeting: a PDF/A-2u with present and apologised, decisions by number and action
 * items.
 */
public class MinutesHandler extends MeetingDocumentHandler {

    public MinutesHandler() {
        super(Kind.MINUTES);
    }
}
