package se.samverka.meetings;

import java.util.List;
import java.util.Optional;

import se.samverka.model.Meeting;
import se.samverka.model.Person;

/**
 * Planning a group's meetings: a year's series made in one step from a list of dates, the next meeting of a series,
 * the backlog (an item the meeting did not reach moves to the next one) and the meeting page's read model. Agenda
 * edits on a meeting being edited are {@link Agenda}'s rules; they are saved with the meeting. An OSGi service,
 * available once the user has signed in.
 */
public interface MeetingPlanning {

    /** What {@link #makeSeries} would make of a plan, and the problems with it, per date line; nothing is saved. */
    SeriesPreview preview(SeriesPlan plan);

    /**
     * Makes the plan's meetings, planned, in one transaction: all or none.
     *
     * @return the meetings as saved, in date order
     * @throws PlanningException {@code INVALID_SERIES} (with the preview naming the problems) when the plan has a
     *                           problem, {@code STORE} when the store refuses; nothing is saved then
     */
    List<Meeting> makeSeries(SeriesPlan plan) throws PlanningException;

    /**
     * The next meeting after this one: the next of its series by date; when the series has no later meeting (or the
     * meeting has no series), the group's next meeting. Cancelled and deleted meetings are left out.
     */
    Optional<Meeting> nextMeeting(String meetingId);

    /**
     * Moves an agenda item the meeting did not reach to the end of the next meeting's agenda ({@link #nextMeeting}),
     * with a note in its description of the meeting it came from; both meetings saved in one transaction, their items
     * numbered densely.
     *
     * @return the next meeting as saved, the item last on its agenda
     * @throws PlanningException {@code NO_NEXT_MEETING} when there is none, {@code ITEM_REACHED} when the item has
     *                           decisions, {@code NOT_FOUND} when the meeting or item is not saved,
     *                           {@code REFERENCED} when a guest's invitation or an action item names the item,
     *                           {@code STORE} otherwise; nothing is changed then
     */
    Meeting moveToNextMeeting(String meetingId, String itemId) throws PlanningException;

    /** The people who may present an agenda item (everyone this laptop has), for a picker; read off the UI thread. */
    List<Person> people();

    /** The meeting page's read model; empty when the meeting does not exist. */
    Optional<MeetingPage> page(String meetingId);
}
