package se.samverka.courses;

import java.util.Date;
import java.util.List;
import java.util.Map;

import se.samverka.model.AttendanceKind;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.store.StoreException;

/**
 * Attendance at the venue: the grid of an offering's participants × session days with their marks, read in one go,
 * and marks kept at once (there is no separate save). An OSGi service, available once the user has signed in; it
 * works on the laptop's store alone, so the grid works offline.
 * <p>
 * A cleared mark stays a mark record without a kind, marked at the time it was cleared, so that sync merges a clear
 * like any mark of the same participant and day (the server's {@code ONE_MARK_PER_PARTICIPANT_AND_DAY}).
 */
public interface AttendanceService {

    /** One participant of the grid: an enrolment that holds a seat (enrolled, completed, no-show) or a walk-in. */
    record Participant(String enrolmentId, String personId, String name, String organisation, String municipality,
            EnrolmentStatus status, boolean walkIn) {
    }

    /** One session day, a column of the grid. */
    record Day(String id, int seq, Date date, String place) {
    }

    /** A cell of the grid: a participant's enrolment and a session day. */
    record Cell(String enrolmentId, String dayId) {
    }

    /** The marks of one day counted. */
    record DayCounts(int present, int late, int excused, int absent, int unmarked) {
    }

    /**
     * An offering's grid as read: its participants sorted by name, its days in order, the marks by cell (cells
     * without a mark are absent).
     */
    record Grid(String offeringId, String title, List<Participant> participants, List<Day> days,
            Map<Cell, AttendanceKind> marks) {

        /** The mark of a cell, or {@code null}. */
        public AttendanceKind mark(String enrolmentId, String dayId) {
            return marks.get(new Cell(enrolmentId, dayId));
        }

        /** The counts of one day over this grid's participants. */
        public DayCounts counts(String dayId) {
            return AttendanceService.counts(participants, dayId, marks);
        }
    }

    /** Counts a day's marks over some participants, from marks by cell. */
    static DayCounts counts(List<Participant> participants, String dayId, Map<Cell, AttendanceKind> marks) {
        int[] counts = new int[5];
        for (Participant participant : participants) {
            AttendanceKind kind = marks.get(new Cell(participant.enrolmentId(), dayId));
            counts[kind == null ? 4 : kind.getValue()]++;
        }
        return new DayCounts(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    /**
     * The grid of an offering, read in a number of statements that does not grow with its participants; an empty
     * grid when the offering does not exist.
     */
    Grid grid(String offeringId);

    /**
     * Sets the marks of some cells (a {@code null} kind clears), all in one transaction, and returns what those
     * cells held before (for undo), in the same order; cells that already held the kind asked for are left out.
     *
     * @throws StoreException when the store refuses; nothing is written then
     */
    Map<Cell, AttendanceKind> set(Map<Cell, AttendanceKind> marks) throws StoreException;

    /** Marks one cell (a {@code null} kind clears it); returns what it held before, as {@link #set}. */
    default Map<Cell, AttendanceKind> mark(String enrolmentId, String dayId, AttendanceKind kind)
            throws StoreException {
        Map<Cell, AttendanceKind> one = new java.util.HashMap<>();
        one.put(new Cell(enrolmentId, dayId), kind);
        return set(one);
    }

    /** Clears one cell's mark; returns what it held before, as {@link #set}. */
    default Map<Cell, AttendanceKind> clear(String enrolmentId, String dayId) throws StoreException {
        return mark(enrolmentId, dayId, null);
    }

    /**
     * Gives every participant of the offering without a mark on this day the mark {@code kind} (marks already set
     * stay); returns what those cells held before (nothing), as {@link #set}.
     */
    Map<Cell, AttendanceKind> markAll(String offeringId, String dayId, AttendanceKind kind) throws StoreException;

    /**
     * Adds a person who was not enrolled as a walk-in: an enrolment with {@code walkIn} set, enrolled, which takes no
     * seat of the offering's capacity. A person already among the participants is not added twice: their
     * participant is returned.
     *
     * @param person an existing person, or a new one (not yet saved: saved in the same transaction)
     */
    Participant addWalkIn(String offeringId, Person person) throws StoreException;

    /**
     * The people who may be added as walk-ins (all not deleted, with organisation and municipality). Reads the whole
     * directory: call it off the UI thread.
     */
    List<Person> people();

    /** The organisations a new walk-in may belong to, by name. Off the UI thread. */
    List<Organisation> organisations();

    /**
     * A new person, not yet saved, for a walk-in made in place: the name (trimmed) and organisation, with the
     * organisation's municipality (itself, or the municipality it is part of).
     */
    Person newPerson(String firstName, String lastName, Organisation organisation);
}
