package se.samverka.model.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void aCodeIsFourteenSymbolsOfCrockfordsAlphabetInGroupsOfFour() {
        for (int i = 0; i < 1_000; i++) {
            String code = VerificationCode.generate();
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-"
                    + "[0-9A-HJKMNP-TV-Z]{2}"), code);
        }
    }

    @Test
    void aCodeCarriesAtLeast64RandomBits() {
        assertTrue(VerificationCode.BITS >= 64, VerificationCode.BITS + " bits");
        // Each of the 14 symbols takes every one of the 32 values (5 bits each), and codes do not repeat.
        Set<String> codes = new HashSet<>();
        @SuppressWarnings("unchecked")
        Set<Character>[] seen = new Set[VerificationCode.SYMBOLS];
        for (int i = 0; i < seen.length; i++) {
            seen[i] = new HashSet<>();
        }
        for (int i = 0; i < 20_000; i++) {
            String compact = VerificationCode.normalise(VerificationCode.generate()).orElseThrow();
            assertTrue(codes.add(compact), "a code came twice: " + compact);
            for (int p = 0; p < compact.length(); p++) {
                seen[p].add(compact.charAt(p));
            }
        }
        for (Set<Character> symbols : seen) {
            assertEquals(32, symbols.size(), "every symbol at every place: " + symbols);
        }
    }

    @Test
    void aTypedCodeIsReadInAnyCaseWithSpacesAndDashesAndWithOILAsDigits() {
        String code = VerificationCode.generate(new SplittableRandom(7));
        String compact = code.replace("-", "");
        assertEquals(Optional.of(compact), VerificationCode.normalise(code));
        assertEquals(Optional.of(compact), VerificationCode.normalise(code.toLowerCase()));
        assertEquals(Optional.of(compact), VerificationCode.normalise("  " + compact.substring(0, 3) + " "
                + compact.substring(3, 9) + "--" + compact.substring(9) + "\n"));
        assertEquals(Optional.of("0011ABCDEFGH10"), VerificationCode.normalise("OoIl-abcd-efgh-LO"));
        assertEquals("0011-ABCD-EFGH-10", VerificationCode.format("oOiL abcd efgh lo"));
    }

    @Test
    void whatIsNotACodeIsNotReadAsOne() {
        assertEquals(Optional.empty(), VerificationCode.normalise(null));
        assertEquals(Optional.empty(), VerificationCode.normalise(""));
        assertEquals(Optional.empty(), VerificationCode.normalise("ABCD-EFGH-JKMN-P"), "too short");
        assertEquals(Optional.empty(), VerificationCode.normalise("ABCD-EFGH-JKMN-PQR"), "too long");
        assertEquals(Optional.empty(), VerificationCode.normalise("ABCD-EFGH-JKMN-PU"), "U is no symbol");
        assertEquals(Optional.empty(), VerificationCode.normalise("ÅBCD-EFGH-JKMN-PQ"));
        assertEquals(Optional.empty(), VerificationCode.normalise("ABCD_EFGH_JKMN_PQ"));
    }
}
