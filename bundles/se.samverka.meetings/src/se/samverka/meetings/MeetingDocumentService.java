package se.samverka.meetings;

import java.util.List;

import se.samverka.meetings.documents.MeetingContent;

/**
 * The content of a meeting's documents (kallelse, protokoll, calendar file), read from the local store in one go
 * (call it off the UI thread); the documents are then written by
 * {@link se.samverka.meetings.documents.MeetingDocuments} and {@link se.samverka.meetings.calendar.MeetingCalendar}.
 * An OSGi service, available once the user has signed in.
 */
public interface MeetingDocumentService {

    /**
     * The meeting with its agenda (decisions numbered across the meeting), its invitations by last name with each
     * member's role in the group on the meeting's day, its organizer and the open action items of the group's earlier meetings.
     *
     * @throws IllegalArgumentException when the meeting does not exist
     */
    MeetingContent content(String meetingId);

    /**
     * The content of every meeting of the meeting's series (same group and series name), by date; only the meeting
     * itself when it belongs to no series.
     *
     * @throws IllegalArgumentException when the meeting does not exist
     */
    List<MeetingContent> series(String meetingId);

    /**
     * The county's domain that makes calendar UIDs unique: the e-mail domain of the county board's people, else
     * {@code samverka.invalid}.
     */
    String calendarDomain();
}
