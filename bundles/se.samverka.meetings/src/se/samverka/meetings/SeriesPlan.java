package se.samverka.meetings;

import java.time.LocalTime;
import java.util.List;

/**
 * A year's series of a group's meetings as the user asks for it: one meeting per date line, all at the same times and
 * place. The title pattern may hold {@code {nr}} (the meeting's number in the series, 1, 2 …) and {@code {datum}}
 * (its date, e.g. 11 mars 2027); without them each meeting is titled by the pattern, or by the series name when the
 * pattern is blank.
 *
 * @param groupId      the group that holds the meetings
 * @param seriesName   the series, e.g. Nätverksträffar 2027
 * @param titlePattern each meeting's title
 * @param starts       when each meeting starts
 * @param ends         when each meeting ends
 * @param place        where, or null
 * @param onlineLink   the link for taking part online, or null
 * @param dateLines    the dates as typed, one a line (2027-03-11)
 */
public record SeriesPlan(String groupId, String seriesName, String titlePattern, LocalTime starts, LocalTime ends,
        String place, String onlineLink, List<String> dateLines) {

    public SeriesPlan {
        dateLines = dateLines == null ? List.of() : List.copyOf(dateLines);
    }
}
