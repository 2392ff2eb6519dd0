package se.samverka.courses.ui.internal.attendance;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import se.samverka.model.AttendanceKind;

/**
 * The one letter per mark typed in the grid, in the user's language (N, S, F, O in Swedish; P, L, E, A in English),
 * from the texts; a letter is taken in either case. The letters must differ: a clash is refused at once.
 */
final class MarkKeys {

    private final Map<AttendanceKind, String> letters = new EnumMap<>(AttendanceKind.class);
    private final Map<Character, AttendanceKind> kinds = new HashMap<>();

    MarkKeys(AttendanceMessages messages) {
        put(AttendanceKind.PRESENT, messages.attendance_keyPresent);
        put(AttendanceKind.LATE, messages.attendance_keyLate);
        put(AttendanceKind.EXCUSED, messages.attendance_keyExcused);
        put(AttendanceKind.ABSENT, messages.attendance_keyAbsent);
    }

    private void put(AttendanceKind kind, String letter) {
        if (letter == null || letter.strip().length() != 1) {
            throw new IllegalArgumentException("The key of " + kind + " must be one letter: '" + letter + "'");
        }
        String upper = letter.strip().toUpperCase(Locale.ROOT);
        AttendanceKind clash = kinds.put(upper.charAt(0), kind);
        if (clash != null) {
            throw new IllegalArgumentException("The key " + upper + " is both " + clash + " and " + kind);
        }
        kinds.put(upper.toLowerCase(Locale.ROOT).charAt(0), kind);
        letters.put(kind, upper);
    }

    /** The letter shown in the grid and typed for a mark. */
    String letter(AttendanceKind kind) {
        return letters.get(kind);
    }

    /** The mark a typed character stands for, or {@code null}. */
    AttendanceKind kind(char typed) {
        return kinds.get(typed);
    }
}
