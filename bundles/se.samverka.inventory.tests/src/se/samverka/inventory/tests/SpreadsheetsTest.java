package se.samverka.inventory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import se.samverka.inventory.BudgetSheet;
import se.samverka.inventory.BudgetSheet.Cell;
import se.samverka.inventory.BudgetSheet.Row;
import se.samverka.inventory.BudgetSheet.RowKey;
import se.samverka.inventory.BudgetSheet.Year;
import se.samverka.inventory.ProjectRow;
import se.samverka.inventory.Spreadsheets;
import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.FocusArea;
import se.samverka.model.PreventionMethod;
import se.samverka.model.PreventionType;
import se.samverka.model.ProjectStatus;

/** The project list and a budget as CSV for Swedish Excel, written and read back. */
class SpreadsheetsTest {

    private static final Locale SV = Locale.forLanguageTag("sv-SE");

    @Test
    void aBudgetReadsBackWithBomSemicolonsAndDecimalCommas() throws Exception {
        BudgetSheet sheet = new BudgetSheet("p", "Trygg i Heby",
                List.of(new Year(2025, "b1", "Budget 2025"), new Year(2026, "b2", "Budget 2026")),
                List.of(row(BudgetLineKind.INCOME, BudgetCategory.STAKEHOLDER_CONTRIBUTION, "Huvudintressenter; 30 st",
                        "900000", "870000", "1050000", null),
                        row(BudgetLineKind.EXPENSE, BudgetCategory.COORDINATOR_SALARY, "Lön \"samordnare\"",
                                "540000", "552000.5", "540000", null)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertEquals(2, Spreadsheets.writeBudget(sheet, SV, out));

        byte[] bytes = out.toByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]),
                "UTF-8 byte order mark, or Excel reads å ä ö wrongly");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"), "CRLF");
        List<List<String>> records = read(bytes);
        assertEquals(List.of("Rad", "Typ", "Kategori", "2025 budget (kr)", "2025 utfall (kr)", "2026 budget (kr)",
                "2026 utfall (kr)", "Totalt budget (kr)", "Totalt utfall (kr)"), records.get(0));
        assertEquals(List.of("Huvudintressenter; 30 st", "Intäkter", "Bidrag från huvudintressenter", "900000",
                "870000", "1050000", "", "1950000", "870000"), records.get(1), "a semicolon in a field is quoted");
        assertEquals(List.of("Summa intäkter", "Intäkter", "", "900000", "870000", "1050000", "0", "1950000",
                "870000"), records.get(2));
        assertEquals(List.of("Lön \"samordnare\"", "Kostnader", "Samordnarlön", "540000", "552000,50", "540000", "",
                "1080000", "552000,50"), records.get(3), "decimal comma, no grouping: Excel reads a number");
        assertEquals(List.of("Resultat (intäkter − kostnader)", "", "", "360000", "317999,50", "510000", "0",
                "870000", "317999,50"), records.get(5));
        assertEquals(6, records.size());
    }

    @Test
    void theProjectListAsShown() throws Exception {
        ProjectRow row = new ProjectRow("1", "Heby kommun", "Trygg i Heby", PreventionType.SITUATIONAL,
                List.of(FocusArea.values()[0], FocusArea.values()[1]), List.of(PreventionMethod.values()[0]),
                ProjectStatus.ONGOING, new Date(1735689600000L), null, new BigDecimal("150000.5"));
        ProjectRow none = new ProjectRow("2", "Tierps kommun", "Utan budget", null, List.of(), List.of(),
                ProjectStatus.IDEA, null, null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertEquals(2, Spreadsheets.writeProjects(List.of(row, none), SV, out));

        List<List<String>> records = read(out.toByteArray());
        assertEquals("Kommun", records.get(0).get(0));
        assertEquals("Budgeterade kostnader (kr)", records.get(0).get(8));
        assertEquals(List.of("Heby kommun", "Trygg i Heby"), records.get(1).subList(0, 2));
        assertTrue(records.get(1).get(3).contains(", "), "focus areas in one cell: " + records.get(1).get(3));
        assertEquals("2025-01-01", records.get(1).get(6));
        assertEquals("150000,50", records.get(1).get(8));
        assertEquals(List.of("Tierps kommun", "Utan budget", "", "", "", records.get(2).get(5), "", "", ""),
                records.get(2), "no budget: an empty cell, not 0");
        ByteArrayOutputStream english = new ByteArrayOutputStream();
        Spreadsheets.writeProjects(List.of(row), Locale.ENGLISH, english);
        List<String> heading = read(english.toByteArray()).get(0);
        assertEquals("Municipality", heading.get(0));
        assertEquals("150000,50", read(english.toByteArray()).get(1).get(8), "the numbers are for Swedish Excel");
    }

    private static Row row(BudgetLineKind kind, BudgetCategory category, String description, String planned1,
            String actual1, String planned2, String actual2) {
        Map<Integer, Cell> cells = new LinkedHashMap<>();
        cells.put(2025, new Cell("l1", description, amount(planned1), amount(actual1), null, null));
        cells.put(2026, new Cell("l2", description, amount(planned2), amount(actual2), null, null));
        return new Row(new RowKey(kind, category, 0), description, cells);
    }

    private static BigDecimal amount(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static List<List<String>> read(byte[] bytes) throws Exception {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';').detectBomHeader(true)
                .ofCsvRecord(new java.io.ByteArrayInputStream(bytes))) {
            return reader.stream().map(r -> List.copyOf(r.getFields())).toList();
        }
    }

}
