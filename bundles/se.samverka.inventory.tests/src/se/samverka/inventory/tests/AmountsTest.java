package se.samverka.inventory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.samverka.inventory.Amounts;
import se.samverka.inventory.Amounts.InvalidAmountException;

/** Amounts the Swedish way and the English way: shown, typed and refused. */
class AmountsTest {

    private static final Locale SV = Locale.forLanguageTag("sv-SE");
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void swedishAmountsAreGroupedWithNonBreakingSpacesAndEndInKr() {
        assertEquals("1\u00A0050\u00A0000\u00A0kr", Amounts.format(new BigDecimal("1050000"), SV));
        assertEquals("1\u00A0050\u00A0000\u00A0kr", Amounts.format(new BigDecimal("1050000.00"), SV),
                "no öre shown when there are none");
        assertEquals("1\u00A0050,50\u00A0kr", Amounts.format(new BigDecimal("1050.5"), SV));
        assertEquals("0,05\u00A0kr", Amounts.format(new BigDecimal("0.05"), SV));
        assertEquals("999\u00A0kr", Amounts.format(new BigDecimal("999"), SV));
        assertEquals("\u2212500\u00A0kr", Amounts.format(new BigDecimal("-500"), SV), "a real minus sign");
        assertEquals("", Amounts.format(null, SV));
    }

    @Test
    void englishAmountsAreSekWithCommas() {
        assertEquals("SEK 1,050,000", Amounts.format(new BigDecimal("1050000"), EN));
        assertEquals("SEK 1,050.50", Amounts.format(new BigDecimal("1050.50"), EN));
        assertEquals("\u2212SEK 500", Amounts.format(new BigDecimal("-500"), EN));
        // A column headed "SEK" (a budget's result) shows the number alone: a loss keeps its sign.
        assertEquals("\u22121,050.50", Amounts.number(new BigDecimal("-1050.50"), EN));
        assertEquals("1,050.50", Amounts.number(new BigDecimal("1050.50"), EN));
    }

    @Test
    void swedishTypingWithOrWithoutSpacesAndKr() throws Exception {
        for (String typed : new String[] { "1050000", "1 050 000", "1\u00A0050\u00A0000\u00A0kr", "1 050 000 kr",
            "1050000kr", "1 050 000:-", " 1050000,00 ", "1\u202F050\u202F000 KR" }) {
            assertEquals(0, new BigDecimal("1050000").compareTo(Amounts.parse(typed, SV)), typed);
        }
        assertEquals(new BigDecimal("1050.50"), Amounts.parse("1 050,50 kr", SV));
        assertEquals(new BigDecimal("12.5"), Amounts.parse("12,5", SV));
        assertEquals(new BigDecimal("12.5"), Amounts.parse("12.5", SV), "a decimal point before öre is understood");
        assertEquals(new BigDecimal("-500"), Amounts.parse("-500", SV));
        assertEquals(new BigDecimal("-500"), Amounts.parse("\u2212500\u00A0kr", SV), "what format writes");
        assertNull(Amounts.parse("  ", SV));
    }

    @Test
    void englishTyping() throws Exception {
        assertEquals(0, new BigDecimal("1050000").compareTo(Amounts.parse("SEK 1,050,000", EN)));
        assertEquals(0, new BigDecimal("1050000").compareTo(Amounts.parse("1050000", EN)));
        assertEquals(new BigDecimal("1050.50"), Amounts.parse("1,050.50", EN));
        assertEquals(new BigDecimal("-500"), Amounts.parse("\u2212SEK 500", EN), "what format writes");
        assertEquals(new BigDecimal("-500"), Amounts.parse("SEK -500", EN));
    }

    @Test
    void whatFormatWritesParsesBackToTheSameAmount() throws Exception {
        for (String amount : new String[] { "0", "7", "1050000", "1050000.5", "123456789.99", "-30000", "0.01" }) {
            BigDecimal value = new BigDecimal(amount);
            for (Locale locale : new Locale[] { SV, EN }) {
                assertEquals(0, value.compareTo(Amounts.parse(Amounts.format(value, locale), locale)),
                        amount + " in " + locale);
            }
        }
    }

    @Test
    void badInputIsRefusedWithAMessageSayingWhatToType() {
        InvalidAmountException e = assertThrows(InvalidAmountException.class, () -> Amounts.parse("tusen", SV));
        assertTrue(e.getMessage().contains("\u201dtusen\u201d \u00e4r inget belopp"), e.getMessage());
        assertEquals("tusen", e.text());
        assertThrows(InvalidAmountException.class, () -> Amounts.parse("1.050.000", SV),
                "points between groups are not Swedish");
        assertThrows(InvalidAmountException.class, () -> Amounts.parse("1 05 000", SV), "groups of three");
        assertThrows(InvalidAmountException.class, () -> Amounts.parse("12,5,0", SV));
        assertThrows(InvalidAmountException.class, () -> Amounts.parse("1,050,000", SV),
                "commas between groups are English");
        InvalidAmountException ore = assertThrows(InvalidAmountException.class, () -> Amounts.parse("10,505", SV));
        assertTrue(ore.getMessage().contains("\u00f6re"), ore.getMessage());
        InvalidAmountException english = assertThrows(InvalidAmountException.class,
                () -> Amounts.parse("a lot", EN));
        assertTrue(english.getMessage().contains("is not an amount"), english.getMessage());
    }

    @Test
    void percentAndSpreadsheetCells() {
        assertEquals("87\u00A0%", Amounts.percent(new BigDecimal("86.5"), SV));
        assertEquals("87%", Amounts.percent(new BigDecimal("86.5"), EN));
        assertEquals("\u2013", Amounts.percent(null, SV), "nothing planned: no percentage");
        assertEquals("1050000", Amounts.spreadsheet(new BigDecimal("1050000.00")));
        assertEquals("-1050,50", Amounts.spreadsheet(new BigDecimal("-1050.5")));
        assertEquals("", Amounts.spreadsheet(null));
    }
}
