package se.samverka.inventory;

import java.math.BigDecimal;
import java.util.Objects;

import se.samverka.inventory.BudgetSheet.PlannedActual;
import se.samverka.model.BudgetLineKind;

/**
 * The totals of one or more budgets in a year, as the budget page shows them: income and expenses, each planned and
 * actual; the result (income − expenses) and actual against planned in kronor and per cent through
 * {@link PlannedActual}. Totals of several budgets (a municipality's projects, the county) are added with
 * {@link #plus}.
 */
public record BudgetTotals(BigDecimal plannedIncome, BigDecimal actualIncome, BigDecimal plannedExpenses,
        BigDecimal actualExpenses) {

    /** No budget: everything zero. */
    public static final BudgetTotals ZERO = new BudgetTotals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO);

    public BudgetTotals {
        Objects.requireNonNull(plannedIncome);
        Objects.requireNonNull(actualIncome);
        Objects.requireNonNull(plannedExpenses);
        Objects.requireNonNull(actualExpenses);
    }

    /** A budget sheet's totals in one year (zero when it has no such year): the page's own arithmetic. */
    public static BudgetTotals of(BudgetSheet sheet, int year) {
        return of(sheet.total(BudgetLineKind.INCOME, year), sheet.total(BudgetLineKind.EXPENSE, year));
    }

    /** The totals of income and expenses, each planned and actual. */
    public static BudgetTotals of(PlannedActual income, PlannedActual expenses) {
        return new BudgetTotals(income.planned(), income.actual(), expenses.planned(), expenses.actual());
    }

    /** Income, planned and actual. */
    public PlannedActual income() {
        return new PlannedActual(plannedIncome, actualIncome);
    }

    /** Expenses, planned and actual. */
    public PlannedActual expenses() {
        return new PlannedActual(plannedExpenses, actualExpenses);
    }

    /** Income − expenses, planned and actual. */
    public PlannedActual result() {
        return income().minus(expenses());
    }

    /** The totals of both. */
    public BudgetTotals plus(BudgetTotals other) {
        return new BudgetTotals(plannedIncome.add(other.plannedIncome), actualIncome.add(other.actualIncome),
                plannedExpenses.add(other.plannedExpenses), actualExpenses.add(other.actualExpenses));
    }

    /** Equal amounts, whatever their scale (1 000,00 kr equals 1 000 kr, as the store may give either). */
    @Override
    public boolean equals(Object other) {
        return other instanceof BudgetTotals that && plannedIncome.compareTo(that.plannedIncome) == 0
                && actualIncome.compareTo(that.actualIncome) == 0
                && plannedExpenses.compareTo(that.plannedExpenses) == 0
                && actualExpenses.compareTo(that.actualExpenses) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(plannedIncome.stripTrailingZeros(), actualIncome.stripTrailingZeros(),
                plannedExpenses.stripTrailingZeros(), actualExpenses.stripTrailingZeros());
    }

    /** True when nothing is planned or spent (no budget, or one with empty lines). */
    public boolean isZero() {
        return plannedIncome.signum() == 0 && actualIncome.signum() == 0 && plannedExpenses.signum() == 0
                && actualExpenses.signum() == 0;
    }
}
