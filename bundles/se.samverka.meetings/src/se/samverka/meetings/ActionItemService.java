package se.samverka.meetings;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import se.samverka.model.ActionItem;
import se.samverka.model.ActionItemStatus;
import se.samverka.model.Meeting;
import se.samverka.model.Person;
import se.samverka.store.StoreException;

/**
 * A meeting's action items and their follow-up: made from an agenda item with what, owner and due date, closed with
 * when and a note, and rolled into the group's next meeting as its first agenda item, "Uppföljning av åtgärder", for
 * as long as they are open. Minutes per agenda item and numbered decisions are parts of the meeting itself, edited
 * with {@link MeetingMinutes} and saved with the meeting. An OSGi service, available once the user has signed in.
 */
public interface ActionItemService {

    /** The title of the follow-up agenda item that lists a group's open action items. */
    String FOLLOW_UP_TITLE = "Uppföljning av åtgärder";

    /** The action items made at this meeting, in the order of their agenda items, then by due date. */
    List<ActionItem> actionItems(String meetingId);

    /**
     * Makes an action item from an agenda item of a saved meeting, open, and refreshes the follow-up item of the
     * group's next meeting.
     *
     * @throws IllegalArgumentException when what is blank, the owner is missing or the agenda item is not the
     *                                  meeting's
     */
    ActionItem add(String meetingId, String agendaItemId, String what, Person owner, Date due) throws StoreException;

    /**
     * Sets an open item's status (open or in progress; {@link #close} for done), or cancels it, and refreshes the
     * follow-up item of the group's next meeting.
     */
    ActionItem changeStatus(String actionItemId, ActionItemStatus status) throws StoreException;

    /**
     * Closes an action item: done, when and with what note; refreshes the follow-up item of the group's next
     * meeting.
     *
     * @throws IllegalArgumentException when {@code when} is missing
     */
    ActionItem close(String actionItemId, Date when, String note) throws StoreException;

    /**
     * The group's action items still open (open or in progress) that were made at meetings before this one: what its
     * follow-up item lists and where each can be closed. By due date.
     */
    List<ActionItem> openBefore(String meetingId);

    /**
     * Makes or refreshes the follow-up item of this meeting: first on the agenda, listing the open action items of
     * the group's earlier meetings. Idempotent: nothing is written when the item already says what it should; no
     * item is made when nothing is open. Only where the user may change meetings (county staff; see
     * {@link #mayPlan()}): on a coordinator's laptop nothing is written, as the county server would refuse it.
     *
     * @return the meeting as saved, or empty when nothing needed writing
     */
    Optional<Meeting> rollOver(String meetingId) throws StoreException;

    /**
     * Whether this laptop's user may change meetings (county staff, or before the first sync says who the user is):
     * coordinators close their own action items but do not write meetings, so the roll-over is left to the county.
     */
    boolean mayPlan();

    /**
     * The group's next meeting after this one that is still to be held (planned or invited, not cancelled): where
     * this meeting's open action items are followed up.
     */
    Optional<String> nextMeeting(String meetingId);

    /** The names of the groups this person is a member of today (memberships not ended), read in one statement. */
    java.util.Set<String> currentGroups(String personId);

    /** The people an action item can be given to, for the owner picker. */
    List<Person> people();

    /** The signed-in person's open action items ("Mina åtgärder"), read in two statements. */
    MyActions myActions();
}
