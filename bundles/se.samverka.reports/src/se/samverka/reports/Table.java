package se.samverka.reports;

import java.util.List;
import java.util.Objects;

/**
 * A table for {@link Report#table}: its columns, its rows of cell texts (wrapped within their column) and a number of
 * empty rows at the end (room to write in by hand). The header row is repeated at the top of every page the table
 * runs onto.
 *
 * @param columns      the columns, left to right
 * @param rows         the rows; each holds one text per column ({@code null} or empty for an empty cell)
 * @param emptyRows    how many empty rows follow the rows
 * @param minRowHeight the least height of a row in millimetres (e.g. room for a signature)
 */
public record Table(List<Column> columns, List<List<String>> rows, int emptyRows, float minRowHeight) {

    /**
     * A column: its header text and its share of the table's width (the shares are relative to each other).
     */
    public record Column(String header, float share) {
        public Column {
            Objects.requireNonNull(header, "header");
            if (share <= 0) {
                throw new IllegalArgumentException("share must be positive: " + share);
            }
        }
    }

    public Table {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs a column");
        }
        int width = columns.size();
        rows = rows.stream().map(row -> {
            if (row.size() != width) {
                throw new IllegalArgumentException(
                        "a row has " + row.size() + " cells, the table " + width + " columns");
            }
            return row.stream().map(cell -> cell == null ? "" : cell).toList();
        }).toList();
        if (emptyRows < 0 || minRowHeight < 0) {
            throw new IllegalArgumentException("emptyRows and minRowHeight must not be negative");
        }
    }
}
