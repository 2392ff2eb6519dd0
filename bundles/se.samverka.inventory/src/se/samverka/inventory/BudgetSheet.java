package se.samverka.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLineKind;

/**
 * A multi-year budget as its page shows it, read in one go: a project's budgets (or, with no project, the county
 * programme's), one {@link Year} per budget record, and the lines of all years as {@link Row}s, income first, then
 * expenses, each by category. A row is the n-th line of a category in each year's budget, so that a line whose
 * description changes from year to year ("Huvudintressenter, 30 à 30 000 kr", "…, 35 à …") stays one row.
 * <p>
 * The totals are worked out here, from the cells, so that a page can show them for a copy changed as the user types
 * ({@link #with}) before anything is saved. Missing amounts count as zero.
 *
 * @param projectId the project, or {@code null} for the county programme
 * @param title     the project's title, or the programme's name
 * @param years     the years in order
 * @param rows      income rows, then expense rows, by category and order within it
 */
public record BudgetSheet(String projectId, String title, List<Year> years, List<Row> rows) {

    /** One year: its budget record. */
    public record Year(int year, String budgetId, String name) {
    }

    /** What identifies a row in every year: the kind, the category and which line of that category (from 0). */
    public record RowKey(BudgetLineKind kind, BudgetCategory category, int ordinal) {
    }

    /**
     * A line in one year.
     *
     * @param lineId     the line's id ({@code null} for a line not yet saved)
     * @param quantity   the number of units, with {@code unitAmount}, or {@code null}
     * @param unitAmount the amount per unit, or {@code null}
     */
    public record Cell(String lineId, String description, BigDecimal planned, BigDecimal actual, Integer quantity,
            BigDecimal unitAmount) {
    }

    /** A row: its key, a description (the latest year's) and its cells by year (years without the line left out). */
    public record Row(RowKey key, String description, Map<Integer, Cell> cells) {

        /** The cell of a year, or {@code null}. */
        public Cell cell(int year) {
            return cells.get(year);
        }
    }

    /**
     * Planned and actual of something (a row, a total, the result), with actual against planned.
     */
    public record PlannedActual(BigDecimal planned, BigDecimal actual) {

        public static final PlannedActual ZERO = new PlannedActual(BigDecimal.ZERO, BigDecimal.ZERO);

        /** Actual minus planned, in kronor (negative: less than planned). */
        public BigDecimal difference() {
            return actual.subtract(planned);
        }

        /** Actual as a percentage of planned, to one decimal; {@code null} when nothing is planned. */
        public BigDecimal percent() {
            return planned.signum() == 0 ? null
                    : actual.multiply(BigDecimal.valueOf(100)).divide(planned, 1, RoundingMode.HALF_UP);
        }

        PlannedActual plus(PlannedActual other) {
            return new PlannedActual(planned.add(other.planned), actual.add(other.actual));
        }

        PlannedActual minus(PlannedActual other) {
            return new PlannedActual(planned.subtract(other.planned), actual.subtract(other.actual));
        }
    }

    public BudgetSheet {
        years = List.copyOf(years);
        rows = List.copyOf(rows);
    }

    /** True for a budget without any year. */
    public boolean isEmpty() {
        return years.isEmpty();
    }

    /** The year numbers in order. */
    public List<Integer> yearNumbers() {
        return years.stream().map(Year::year).toList();
    }

    /** The year, or {@code null}. */
    public Year year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst().orElse(null);
    }

    /** The income rows. */
    public List<Row> income() {
        return rows.stream().filter(r -> r.key().kind() == BudgetLineKind.INCOME).toList();
    }

    /** The expense rows. */
    public List<Row> expenses() {
        return rows.stream().filter(r -> r.key().kind() == BudgetLineKind.EXPENSE).toList();
    }

    /** The row with this key, or {@code null}. */
    public Row row(RowKey key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElse(null);
    }

    /** A row's planned and actual in one year (zero when the year has no such line). */
    public static PlannedActual amounts(Row row, int year) {
        Cell cell = row.cell(year);
        return cell == null ? PlannedActual.ZERO : new PlannedActual(orZero(cell.planned()), orZero(cell.actual()));
    }

    /** A row's planned and actual over all years. */
    public PlannedActual amounts(Row row) {
        PlannedActual sum = PlannedActual.ZERO;
        for (Year year : years) {
            sum = sum.plus(amounts(row, year.year()));
        }
        return sum;
    }

    /** The total of a kind (income or expenses) in one year. */
    public PlannedActual total(BudgetLineKind kind, int year) {
        PlannedActual sum = PlannedActual.ZERO;
        for (Row row : rows) {
            if (row.key().kind() == kind) {
                sum = sum.plus(amounts(row, year));
            }
        }
        return sum;
    }

    /** The total of a kind over all years. */
    public PlannedActual total(BudgetLineKind kind) {
        PlannedActual sum = PlannedActual.ZERO;
        for (Year year : years) {
            sum = sum.plus(total(kind, year.year()));
        }
        return sum;
    }

    /** Income minus expenses in one year, planned and actual. */
    public PlannedActual result(int year) {
        return total(BudgetLineKind.INCOME, year).minus(total(BudgetLineKind.EXPENSE, year));
    }

    /** Income minus expenses over all years. */
    public PlannedActual result() {
        return total(BudgetLineKind.INCOME).minus(total(BudgetLineKind.EXPENSE));
    }

    /**
     * A copy in which one row's cell of one year holds these amounts (a cell made when the year had no such line):
     * what the page shows while the user types, before the change is saved.
     */
    public BudgetSheet with(RowKey key, int year, BigDecimal planned, BigDecimal actual) {
        List<Row> changed = new ArrayList<>(rows.size());
        for (Row row : rows) {
            if (row.key().equals(key)) {
                Map<Integer, Cell> cells = new LinkedHashMap<>(row.cells());
                Cell old = cells.get(year);
                cells.put(year, old == null ? new Cell(null, row.description(), planned, actual, null, null)
                        : new Cell(old.lineId(), old.description(), planned, actual, old.quantity(),
                                old.unitAmount()));
                changed.add(new Row(key, row.description(), cells));
            } else {
                changed.add(row);
            }
        }
        return new BudgetSheet(projectId, title, years, changed);
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return Objects.requireNonNullElse(amount, BigDecimal.ZERO);
    }
}
