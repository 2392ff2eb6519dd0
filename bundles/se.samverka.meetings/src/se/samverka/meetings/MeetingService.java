package se.samverka.meetings;

import java.util.List;
import java.util.Optional;

import se.samverka.model.CooperationGroup;
import se.samverka.model.Meeting;
import se.samverka.store.StoreException;

/**
 * The county groups and their meetings, as far as this laptop has them. An OSGi service, available once the user
 * has signed in (it needs the open local store).
 */
public interface MeetingService {

    /** All meetings that are not deleted, with their groups and agenda items. */
    List<Meeting> meetings();

    /** All meetings that are not deleted, as their list shows them (read without loading the meetings). */
    List<MeetingRow> rows();

    /** The meeting with this id, if it exists. */
    Optional<Meeting> meeting(String id);

    /** The groups and networks a meeting can belong to, by name. */
    List<CooperationGroup> groups();

    /** A new meeting, not yet saved: planned, on the next weekday from 09:00 to 12:00. */
    Meeting newMeeting();

    /** Saves a meeting and returns it as saved; see {@link se.samverka.store.LocalStore#save}. */
    Meeting save(Meeting meeting) throws StoreException;

    /**
     * Saves a meeting and, in the same save, clears the references to the agenda items it no longer has (an action
     * item about one); see {@link se.samverka.store.LocalStore#saveClearingReferences}.
     */
    Meeting saveClearingReferences(Meeting meeting) throws StoreException;
}
