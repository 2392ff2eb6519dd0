package se.samverka.meetings;

import java.time.LocalDate;
import java.util.List;

/**
 * What a {@link SeriesPlan} would make, and what is wrong with it: the meetings to be made, in date order, and the
 * problems, each with the line it is about. Nothing is made while there is a problem.
 */
public record SeriesPreview(List<Planned> meetings, List<Problem> problems) {

    public SeriesPreview {
        meetings = List.copyOf(meetings);
        problems = List.copyOf(problems);
    }

    /** True when the series can be made. */
    public boolean ok() {
        return problems.isEmpty() && !meetings.isEmpty();
    }

    /** A meeting to be made: its number in the series, date and title. */
    public record Planned(int number, LocalDate date, String title) {
    }

    /**
     * A problem with the plan.
     *
     * @param kind what is wrong
     * @param line the date line it is about (as typed), or null for the plan as a whole
     * @param date the date of that line when it could be read, or null
     */
    public record Problem(Kind kind, String line, LocalDate date) {
    }

    /** What can be wrong with a series plan. */
    public enum Kind {
        /** No group chosen, or the group does not exist. */
        NO_GROUP,
        /** No series name. */
        NO_NAME,
        /** No start or end time. */
        NO_TIMES,
        /** The meetings would end before (or when) they start. */
        ENDS_BEFORE_START,
        /** No date given. */
        NO_DATES,
        /** A line that is not a date (ÅÅÅÅ-MM-DD). */
        NOT_A_DATE,
        /** The same date twice; the second line is named. */
        DUPLICATE,
        /** A date before today. */
        PAST,
        /** The group already has a meeting that day. */
        TAKEN
    }
}
