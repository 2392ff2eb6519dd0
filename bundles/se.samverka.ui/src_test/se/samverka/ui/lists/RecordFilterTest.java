package se.samverka.ui.lists;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class RecordFilterTest {

    private static final Locale SV = Locale.of("sv");

    private static boolean matches(String row, String typed) {
        return RecordFilter.matches(RecordFilter.normalise(row, SV), RecordFilter.words(typed, SV));
    }

    @Test
    void everyWordMustOccurSomewhereInTheRow() {
        assertTrue(matches("Trygghetsvandringar i Gränby\u0000Uppsala kommun", "gränby uppsala"));
        assertTrue(matches("Trygghetsvandringar i Gränby\u0000Uppsala kommun", "uppsala VANDRING"));
        assertFalse(matches("Trygghetsvandringar i Gränby\u0000Uppsala kommun", "gränby tierp"));
    }

    @Test
    void accentsAndCaseAreIgnored() {
        assertTrue(matches("Östhammars kommun", "osthammar"));
        assertTrue(matches("Älvkarleby", "ÄLVKARLEBY"));
        assertTrue(matches("Håbo", "habo"));
    }

    @Test
    void anEmptyFilterHasNoWords() {
        assertArrayEquals(new String[0], RecordFilter.words("   ", SV));
        assertTrue(matches("vad som helst", ""));
    }
}
