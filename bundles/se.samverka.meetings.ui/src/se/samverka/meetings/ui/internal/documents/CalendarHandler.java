package se.samverka.meetings.ui.internal.documents;

/**
 * "Kalenderfil (.ics) …" of the open meeting: an invitation Outlook and Thunderbird take (organizer, attendees,
 * Europe/Stockholm); a cancelled meeting as a cancellation.
 */
public class CalendarHandler extends MeetingDocumentHandler {

    public CalendarHandler() {
        super(Kind.CALENDAR);
    }
}
