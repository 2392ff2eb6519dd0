package se.samverka.inventory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import se.samverka.inventory.BudgetSheet.Cell;
import se.samverka.inventory.BudgetSheet.PlannedActual;
import se.samverka.inventory.BudgetSheet.Row;
import se.samverka.inventory.BudgetSheet.Year;
import se.samverka.inventory.internal.budgets.BudgetTexts;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.rules.Labels;

/**
 * The inventory's lists as CSV files that Swedish Excel opens by a double click: UTF-8 with a byte order mark (Excel
 * reads UTF-8 only with it), semicolons, CRLF, fields quoted only when they must be, amounts as plain numbers with a
 * decimal comma and no grouping (which Excel reads as numbers, not text), dates as yyyy-MM-dd. Headings and labels in
 * the locale's language; the numbers are the same in both. No SWT: the window runs these in a Job.
 */
public final class Spreadsheets {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    private Spreadsheets() {
    }

    /**
     * Writes the project list as shown (the rows in their order): municipality, title, type, focus areas, methods,
     * status, start, end and planned expenses; returns how many projects.
     */
    public static int writeProjects(List<ProjectRow> rows, Locale locale, OutputStream out) throws IOException {
        CsvWriter csv = open(out);
        csv.writeRecord(text(locale, "csv.project.municipality"), text(locale, "csv.project.title"),
                text(locale, "csv.project.type"), text(locale, "csv.project.focus"),
                text(locale, "csv.project.methods"), text(locale, "csv.project.status"),
                text(locale, "csv.project.starts"), text(locale, "csv.project.ends"),
                text(locale, "csv.project.planned"));
        for (ProjectRow row : rows) {
            csv.writeRecord(orEmpty(row.municipality()), orEmpty(row.title()), label(row.preventionType(), locale),
                    labels(row.focusAreas(), locale), labels(row.methods(), locale), label(row.status(), locale),
                    date(row.startsOn()), date(row.endsOn()), Amounts.spreadsheet(row.plannedExpenses()));
        }
        csv.flush();
        return rows.size();
    }

    /**
     * Writes a multi-year budget: a heading row (line, kind, category, then planned and actual for each year and in
     * total), the income lines, their sum, the expense lines, their sum, and the result (income − expenses); returns
     * how many budget lines.
     */
    public static int writeBudget(BudgetSheet sheet, Locale locale, OutputStream out) throws IOException {
        CsvWriter csv = open(out);
        List<String> heading = new ArrayList<>(List.of(text(locale, "csv.line"), text(locale, "csv.kind"),
                text(locale, "csv.category")));
        for (Year year : sheet.years()) {
            heading.add(text(locale, "csv.planned", String.valueOf(year.year())));
            heading.add(text(locale, "csv.actual", String.valueOf(year.year())));
        }
        heading.add(text(locale, "csv.total.planned"));
        heading.add(text(locale, "csv.total.actual"));
        csv.writeRecord(heading);
        int lines = 0;
        for (BudgetLineKind kind : BudgetLineKind.VALUES) {
            String kindText = text(locale, kind == BudgetLineKind.INCOME ? "csv.income" : "csv.expense");
            for (Row row : kind == BudgetLineKind.INCOME ? sheet.income() : sheet.expenses()) {
                List<String> record = new ArrayList<>(List.of(orEmpty(row.description()), kindText,
                        label(row.key().category(), locale)));
                for (Year year : sheet.years()) {
                    // A line's amount not yet given stays an empty cell; the sums count it as zero.
                    Cell cell = row.cell(year.year());
                    record.add(cell == null ? "" : Amounts.spreadsheet(cell.planned()));
                    record.add(cell == null ? "" : Amounts.spreadsheet(cell.actual()));
                }
                record.add(Amounts.spreadsheet(sheet.amounts(row).planned()));
                record.add(Amounts.spreadsheet(sheet.amounts(row).actual()));
                csv.writeRecord(record);
                lines++;
            }
            csv.writeRecord(amounts(List.of(text(locale, kind == BudgetLineKind.INCOME ? "csv.sum.income"
                    : "csv.sum.expense"), kindText, ""), sheet, y -> sheet.total(kind, y), sheet.total(kind)));
        }
        csv.writeRecord(amounts(List.of(text(locale, "csv.result"), "", ""), sheet, sheet::result, sheet.result()));
        csv.flush();
        return lines;
    }

    private static List<String> amounts(List<String> first, BudgetSheet sheet, Function<Integer, PlannedActual> byYear,
            PlannedActual total) {
        List<String> record = new ArrayList<>(first);
        for (Year year : sheet.years()) {
            PlannedActual amounts = byYear.apply(year.year());
            record.add(Amounts.spreadsheet(amounts.planned()));
            record.add(Amounts.spreadsheet(amounts.actual()));
        }
        record.add(Amounts.spreadsheet(total.planned()));
        record.add(Amounts.spreadsheet(total.actual()));
        return record;
    }

    private static CsvWriter open(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF)
                .quoteStrategy(QuoteStrategies.REQUIRED).build(writer);
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return BudgetTexts.get(locale, key, arguments);
    }

    private static String label(Enumerator value, Locale locale) {
        return value == null ? "" : Labels.of(value, locale);
    }

    private static String labels(List<? extends Enumerator> values, Locale locale) {
        return values.stream().map(v -> Labels.of(v, locale)).collect(Collectors.joining(", "));
    }

    private static String date(Date date) {
        return date == null ? "" : DATE.format(date.toInstant().atZone(ZONE).toLocalDate());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

}
