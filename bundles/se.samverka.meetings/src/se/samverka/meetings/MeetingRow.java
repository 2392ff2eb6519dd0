package se.samverka.meetings;

import java.util.Date;

import se.samverka.model.MeetingStatus;

/**
 * A meeting as its list shows it: read without loading the meeting (its agenda, decisions and invitations), so
 * that the list of a large county opens at once.
 */
public record MeetingRow(String id, Date meetingDate, Date endsAt, String group, String title, String place,
        String onlineLink, MeetingStatus status, int agendaItems) {
}
