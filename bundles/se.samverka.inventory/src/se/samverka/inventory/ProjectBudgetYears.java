package se.samverka.inventory;

import java.util.List;

import se.samverka.inventory.BudgetSheet.PlannedActual;
import se.samverka.model.BudgetLineKind;

/**
 * A project's budget per year as its page sums it up: planned and actual income, expenses and the result, taken from
 * the {@link BudgetSheet} that {@link BudgetService#budget} reads (its arithmetic, not a second one).
 *
 * @param years in order
 * @param total over all years
 */
public record ProjectBudgetYears(List<YearTotals> years, YearTotals total) {

    /** One year's (or, with year 0, all years') totals. */
    public record YearTotals(int year, PlannedActual income, PlannedActual expenses, PlannedActual result) {
    }

    public ProjectBudgetYears {
        years = List.copyOf(years);
    }

    /** The totals of a budget sheet per year and over all years. */
    public static ProjectBudgetYears of(BudgetSheet sheet) {
        List<YearTotals> years = sheet.yearNumbers().stream()
                .map(year -> new YearTotals(year, sheet.total(BudgetLineKind.INCOME, year),
                        sheet.total(BudgetLineKind.EXPENSE, year), sheet.result(year)))
                .toList();
        return new ProjectBudgetYears(years, new YearTotals(0, sheet.total(BudgetLineKind.INCOME),
                sheet.total(BudgetLineKind.EXPENSE), sheet.result()));
    }

    /** True when the project has no budget year. */
    public boolean isEmpty() {
        return years.isEmpty();
    }
}
