package se.samverka.meetings;

import java.util.List;
import java.util.Optional;

import se.samverka.model.Invitation;
import se.samverka.model.InvitationResponse;
import se.samverka.model.MeetingStatus;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.sync.Role;

/**
 * A meeting's invitations, replies and attendance: invitations made from the group's members on the meeting's date
 * and the agenda items' guests, replies recorded by county staff for anyone or by a coordinator for their own
 * invitation (offline too; the county server holds them to the same rule), attendance marked per invitee, and the
 * meeting page's list and counts read in one go. Every step is one transaction of the local store. An OSGi service,
 * available once the user has signed in.
 */
public interface InvitationService {

    /**
     * Who records replies on this laptop. County staff answer for anyone and make invitations; a coordinator (or a
     * trainer) answers only the invitation of the person they are.
     */
    record Replier(Role role, String personId) {

        /** County staff: anyone, everything. */
        public static final Replier COUNTY = new Replier(Role.COUNTY, null);

        /** True when this user may record the reply of the invitation of this person. */
        public boolean mayReply(String invitedPersonId) {
            return role.everything() || personId != null && personId.equals(invitedPersonId);
        }

        /** True when this user makes invitations, invites guests and marks attendance (county staff). */
        public boolean organises() {
            return role.everything();
        }
    }

    /**
     * One invitee as the meeting page shows them.
     *
     * @param agendaItem the title of the agenda item a guest is invited for; null for the whole meeting
     * @param mayReply   this laptop's user may change the reply ({@link Replier#mayReply})
     */
    record Invitee(String invitationId, String personId, String name, String organisation, boolean guest,
            String agendaItem, InvitationResponse response, String note, boolean attended, boolean mayReply) {
    }

    /**
     * The counts at the top of the meeting's invitations.
     *
     * @param apologies  who apologised, with their notes ("Namn: not"), by name
     * @param present    marked present
     * @param absent     not marked present, once the meeting is held (0 before)
     */
    record Summary(int coming, int apologised, int notComing, int notAnswered, int present, int absent,
            List<String> apologies) {
    }

    /** A meeting's invitations as its page shows them, read in one go: members first by name, then the guests. */
    record InvitationPage(String meetingId, MeetingStatus status, List<Invitee> invitees, Summary summary) {
    }

    /** Who records replies on this laptop: the user the last sync said it is; county staff before that. */
    Replier replier();

    /** The meeting's invitations and counts; empty when there is no such meeting. */
    Optional<InvitationPage> page(String meetingId);

    /**
     * Invites the group's members whose membership covers the meeting's day and who are not yet invited to the
     * whole meeting; making them twice adds no one, a member who joined since is added. A planned meeting becomes
     * invited. Returns how many were added.
     */
    int makeInvitations(String meetingId) throws InvitationException;

    /**
     * Invites a guest to one agenda item of the meeting. A person not yet saved (made in place) is saved in the same
     * transaction.
     */
    Invitation inviteGuest(String meetingId, String agendaItemId, Person person) throws InvitationException;

    /**
     * Records a reply: coming, not coming, an apology (with its note) or no answer. County staff for anyone; a
     * coordinator only for their own invitation ({@code NOT_OWN_INVITATION}). The note is kept only with an apology
     * or a refusal.
     */
    Invitation reply(String invitationId, InvitationResponse response, String note) throws InvitationException;

    /** Marks an invitee present or absent (county staff). */
    Invitation markAttendance(String invitationId, boolean present) throws InvitationException;

    /** Marks every invitee of the meeting who is not marked present as present ("alla närvarande"); how many. */
    int markAllPresent(String meetingId) throws InvitationException;

    /** The county's people, for picking a guest. */
    List<Person> people();

    /** The county's organisations by name, for a guest made in place. */
    List<Organisation> organisations();
}
