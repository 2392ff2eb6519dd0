package se.samverka.courses.internal.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import se.samverka.courses.ParticipantSheet.Kind;
import se.samverka.courses.ParticipantSheet.Problem;

/**
 * Reads the rows of a participant file (FastCSV, semicolons) into values by column, with the file's own problems:
 * an unterminated quote, headers that name no column, columns missing or given twice, rows with too many fields.
 * Knows nothing of the register.
 */
final class SheetReader {

    /** A row of the file: the line it starts on and its values by column (stripped, never null). */
    record RawRow(int line, Map<Column, String> values) {

        String value(Column column) {
            return values.getOrDefault(column, "");
        }
    }

    /** The rows of a file and what is wrong with the file itself. */
    record Read(List<RawRow> rows, List<Problem> problems) {
    }

    private SheetReader() {
    }

    static Read read(byte[] content) {
        return read(SheetText.decode(content));
    }

    static Read read(String text) {
        List<Problem> problems = new ArrayList<>();
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(';').skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true).allowExtraCharsAfterClosingQuote(true)
                .ofCsvRecord(text)) {
            reader.forEach(records::add);
        } catch (IOException e) {
            // Reading from a string: closing cannot fail.
            throw new UncheckedIOException(e);
        } catch (CsvParseException | UncheckedIOException e) {
            // Only a field longer than FastCSV's buffer gets here: a quote opened and never closed in a long file.
            problems.add(new Problem(records.isEmpty() ? 1 : line(records.getLast()) + 1, Kind.UNTERMINATED_QUOTE,
                    ""));
            return new Read(List.of(), problems);
        }
        records.removeIf(SheetReader::blank);
        if (records.isEmpty()) {
            problems.add(new Problem(0, Kind.EMPTY_FILE, ""));
            return new Read(List.of(), problems);
        }
        if (unterminatedQuote(text, records.getLast())) {
            // FastCSV takes the rest of the file into the open field; the quote opens on that record's line.
            problems.add(new Problem(line(records.getLast()), Kind.UNTERMINATED_QUOTE, ""));
            records.removeLast();
        }
        CsvRecord header = records.getFirst();
        List<Column> columns = columns(header, problems);
        List<RawRow> rows = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            Map<Column, String> values = new EnumMap<>(Column.class);
            for (int i = 0; i < record.getFieldCount(); i++) {
                String value = unformula(record.getField(i).strip());
                if (i >= columns.size()) {
                    if (!value.isEmpty()) {
                        problems.add(new Problem(line(record), Kind.TOO_MANY_FIELDS, value));
                        break;
                    }
                } else if (columns.get(i) != null) {
                    values.put(columns.get(i), value);
                }
            }
            rows.add(new RawRow(line(record), values));
        }
        return new Read(rows, problems);
    }

    /** The column of each field of the header (null for one that names none), with the header's problems. */
    private static List<Column> columns(CsvRecord header, List<Problem> problems) {
        List<Column> columns = new ArrayList<>();
        int line = line(header);
        for (String name : header.getFields()) {
            if (name.isBlank()) {
                columns.add(null);
                continue;
            }
            Optional<Column> column = Column.named(name);
            if (column.isEmpty()) {
                problems.add(new Problem(line, Kind.UNKNOWN_COLUMN, name.strip()));
            } else if (columns.contains(column.get())) {
                problems.add(new Problem(line, Kind.DUPLICATE_COLUMN, name.strip()));
            }
            columns.add(column.filter(c -> !columns.contains(c)).orElse(null));
        }
        for (Column required : List.of(Column.FIRST_NAME, Column.LAST_NAME)) {
            if (!columns.contains(required)) {
                problems.add(new Problem(line, Kind.MISSING_COLUMN, required.header()));
            }
        }
        return columns;
    }

    /**
     * True when the last record holds a quote that is never closed: FastCSV then reads the rest of the file into
     * one field. Every quoted field adds an even number of quote characters, so an odd count with a line break in
     * the last record is such a quote.
     */
    private static boolean unterminatedQuote(String text, CsvRecord last) {
        long quotes = text.chars().filter(c -> c == '"').count();
        return quotes % 2 == 1
                && last.getFields().stream().anyMatch(field -> field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0);
    }

    /** {@code ="0701234567"}, as the export and many spreadsheets write a number that is text, is its text. */
    private static String unformula(String value) {
        return value.length() >= 3 && value.startsWith("=\"") && value.endsWith("\"")
                ? value.substring(2, value.length() - 1).replace("\"\"", "\"") : value;
    }

    private static boolean blank(CsvRecord record) {
        return record.getFields().stream().allMatch(String::isBlank);
    }

    private static int line(CsvRecord record) {
        return (int) record.getStartingLineNumber();
    }
}
