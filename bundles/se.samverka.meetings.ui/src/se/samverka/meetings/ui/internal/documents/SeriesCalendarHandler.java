package se.samverka.meetings.ui.internal.documents;

/**
 * "Kalenderfil (.ics) för hela serien …": every meeting of the open meeting's series (same group and series
 * name) in one calendar file, each its own event with its own UID.
 */
public class SeriesCalendarHandler extends MeetingDocumentHandler {

    public SeriesCalendarHandler() {
        super(Kind.SERIES_CALENDAR);
    }
}
