package se.samverka.meetings;

import java.util.List;
import java.util.Map;

import se.samverka.model.AgendaItem;
import se.samverka.model.InvitationResponse;
import se.samverka.model.Meeting;

/**
 * What the meeting page opens with, read in a few statements whatever the size of the county: the meeting with its
 * agenda (in order), how many are invited and how they have replied, how many action items it gave, and the next
 * meeting of its series or group.
 *
 * @param meeting     the meeting, with its agenda items, group and presenters
 * @param agenda      its items in agenda order
 * @param invitations how many invitations it has (guests for one item included)
 * @param replies     the invitations by reply (replies no one gave are left out)
 * @param actionItems how many action items were decided at it
 * @param next        the next meeting of its series or group, or null
 */
public record MeetingPage(Meeting meeting, List<AgendaItem> agenda, int invitations,
        Map<InvitationResponse, Integer> replies, int actionItems, MeetingRow next) {

    public MeetingPage {
        agenda = List.copyOf(agenda);
        replies = Map.copyOf(replies);
    }
}
