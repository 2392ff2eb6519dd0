package se.samverka.courses.internal.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.samverka.courses.ParticipantSheet.Kind;
import se.samverka.courses.ParticipantSheet.Problem;
import se.samverka.courses.internal.spreadsheet.SheetReader.RawRow;
import se.samverka.courses.internal.spreadsheet.SheetReader.Read;

/** The CSV of participants as Swedish Excel writes it, read into values by column with the file's problems. */
class SheetReaderTest {

    private static final String SHEET = "Förnamn;Efternamn;E-post;Organisation;Kommun;Telefon\r\n"
            + "Åsa;Öberg;asa.oberg@heby.se;Socialtjänsten;Heby;070-123 45 67\r\n"
            + "Märta;Ängström;;Polisen;Tierp;\r\n";

    static byte[] withBom(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void utf8WithBomLosesTheBomAndKeepsTheLettersÅÄÖ() {
        Read read = SheetReader.read(withBom(SHEET));
        assertEquals(List.of(), read.problems());
        assertEquals(2, read.rows().size());
        // With the BOM kept, the first header would be "\uFEFFFörnamn": an unknown column and no first names.
        assertEquals("Åsa", read.rows().get(0).value(Column.FIRST_NAME));
        assertEquals("Ängström", read.rows().get(1).value(Column.LAST_NAME));
        assertEquals("070-123 45 67", read.rows().get(0).value(Column.PHONE));
    }

    @Test
    void utf8WithoutBomIsReadAsUtf8() {
        Read read = SheetReader.read(SHEET.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), read.problems());
        assertEquals("Öberg", read.rows().get(0).value(Column.LAST_NAME));
    }

    @Test
    void windows1252IsReadWhenTheBytesAreNotUtf8() {
        byte[] content = SHEET.getBytes(SheetText.WINDOWS_1252);
        Read read = SheetReader.read(content);
        assertEquals(List.of(), read.problems());
        assertEquals("Åsa", read.rows().get(0).value(Column.FIRST_NAME));
        assertEquals("Märta", read.rows().get(1).value(Column.FIRST_NAME));
        assertEquals("Öberg", read.rows().get(0).value(Column.LAST_NAME));
    }

    @Test
    void quotedFieldsKeepLineBreaksSemicolonsAndQuotesAndRowsKeepTheirStartingLine() {
        String text = "Förnamn;Efternamn;Organisation\r\n"
                + "\"Eva\";\"Berg\";\"Kommunen; avdelning \"\"Trygg\"\"\r\nandra raden\"\r\n"
                + "Olle;Holm;Polisen\r\n";
        Read read = SheetReader.read(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), read.problems());
        assertEquals("Kommunen; avdelning \"Trygg\"\r\nandra raden", read.rows().get(0).value(Column.ORGANISATION));
        assertEquals(List.of(2, 4), read.rows().stream().map(RawRow::line).toList());
    }

    @Test
    void columnsAreFoundByHeaderInAnyOrderAndCaseInSwedishOrEnglish() {
        String text = "TELEFON;e-mail;Last Name;first_name;KOMMUN;organization\n"
                + "0171-1000;a@b.se;Ek;Lina;Enköping;Räddningstjänsten\n";
        RawRow row = SheetReader.read(text.getBytes(StandardCharsets.UTF_8)).rows().getFirst();
        assertEquals("Lina", row.value(Column.FIRST_NAME));
        assertEquals("Ek", row.value(Column.LAST_NAME));
        assertEquals("a@b.se", row.value(Column.EMAIL));
        assertEquals("Enköping", row.value(Column.MUNICIPALITY));
        assertEquals("Räddningstjänsten", row.value(Column.ORGANISATION));
        assertEquals("0171-1000", row.value(Column.PHONE));
    }

    @Test
    void anUnterminatedQuoteIsReportedOnTheLineItOpens() {
        String text = "Förnamn;Efternamn;Organisation\r\n"
                + "Eva;Berg;Polisen\r\n"
                + "Olle;Holm;\"Kommunen\r\n"
                + "Kim;Lund;Skolan\r\n";
        Read read = SheetReader.read(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new Problem(3, Kind.UNTERMINATED_QUOTE, "")), read.problems());
        assertEquals(1, read.rows().size(), "the rows before the quote are read; the swallowed rest is not a row");
    }

    @Test
    void headerProblemsAreNamedOnLineOne() {
        String text = "Förnamn;Namn;E-post;e-post\nEva;Berg;e@x.se;f@x.se\n";
        Read read = SheetReader.read(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new Problem(1, Kind.UNKNOWN_COLUMN, "Namn"), new Problem(1, Kind.DUPLICATE_COLUMN,
                "e-post"), new Problem(1, Kind.MISSING_COLUMN, "Efternamn")), read.problems());
    }

    @Test
    void extraValuesBeyondTheHeaderAreABadRowButEmptyExcelCellsAreNot() {
        String text = "Förnamn;Efternamn\nEva;Berg;;\nOlle;Holm;extra\n;;\n";
        Read read = SheetReader.read(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new Problem(3, Kind.TOO_MANY_FIELDS, "extra")), read.problems());
        assertEquals(2, read.rows().size(), "the row of empty cells Excel writes is no row");
    }

    @Test
    void anEmptyFileIsSaidToBeEmpty() {
        Read read = SheetReader.read(withBom(";;\r\n"));
        assertEquals(List.of(new Problem(0, Kind.EMPTY_FILE, "")), read.problems());
        assertTrue(read.rows().isEmpty());
    }
}
