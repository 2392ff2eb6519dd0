package se.samverka.server.internal;

import static se.samverka.model.SamverkaPackage.Literals.ATTENDANCE_MARK__ENROLMENT;
import static se.samverka.model.SamverkaPackage.Literals.ATTENDANCE_MARK__MARK;
import static se.samverka.model.SamverkaPackage.Literals.ATTENDANCE_MARK__MARKED_AT;
import static se.samverka.model.SamverkaPackage.Literals.ATTENDANCE_MARK__MARKED_BY;
import static se.samverka.model.SamverkaPackage.Literals.ATTENDANCE_MARK__NOTE;
import static se.samverka.model.SamverkaPackage.Literals.ATTENDANCE_MARK__SESSION_DAY;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.samverka.model.sync.ServerRule;

/**
 * One attendance mark per participant and day ({@link ServerRule#ONE_MARK_PER_PARTICIPANT_AND_DAY}): two laptops
 * marking the same participant on the same day make two marks, which merge into the one the server has (the later
 * mark's value; both notes). The mark the server has is found by its indexed key, the enrolment and the day
 * ({@link Keys}), not by decoding the offering's marks.
 */
final class Marks {

    private Marks() {
    }

    /** A mark's key: its enrolment and its session day, or null when it lacks either. */
    static String key(Map<String, String> state) {
        String enrolment = state.get(ATTENDANCE_MARK__ENROLMENT.getName());
        String day = state.get(ATTENDANCE_MARK__SESSION_DAY.getName());
        return enrolment == null || day == null ? null : enrolment + "/" + day;
    }

    /** The live mark the server has for the same participant and day as this new one, or null. */
    static Records.Row existing(Connection c, String type, String id, Map<String, String> state)
            throws SQLException {
        String key = key(state);
        if (key == null) {
            return null;
        }
        try (PreparedStatement marks = c.prepareStatement("SELECT ID, " + Records.ROW_COLUMNS
                + " FROM SAMVERKA.RECORDS WHERE MARK_KEY = ? AND TYPE = ? AND DELETED = 0 AND ID <> ?")) {
            marks.setString(1, key);
            marks.setString(2, type);
            marks.setString(3, id);
            try (ResultSet rs = marks.executeQuery()) {
                return rs.next() ? Records.row(rs.getString(1), rs) : null;
            }
        }
    }

    /** The server's mark with the other one merged in: the later mark's value, both notes. */
    static Map<String, String> combine(Map<String, String> existing, Map<String, String> other) {
        Map<String, String> combined = new TreeMap<>(existing);
        String markedAt = ATTENDANCE_MARK__MARKED_AT.getName();
        if (other.getOrDefault(markedAt, "").compareTo(existing.getOrDefault(markedAt, "")) > 0) {
            for (String key : List.of(ATTENDANCE_MARK__MARK.getName(), markedAt,
                    ATTENDANCE_MARK__MARKED_BY.getName())) {
                Records.put(combined, key, other.get(key));
            }
        }
        String noteKey = ATTENDANCE_MARK__NOTE.getName();
        String note = existing.get(noteKey);
        String otherNote = other.get(noteKey);
        if (otherNote != null && !otherNote.equals(note)) {
            combined.put(noteKey, note == null ? otherNote : note + "\n" + otherNote);
        }
        return combined;
    }
}
