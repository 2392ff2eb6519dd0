package se.samverka.inventory;

import java.math.BigDecimal;

import se.samverka.inventory.BudgetSheet.RowKey;
import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLineKind;

/**
 * Budgets planned against actual, several years side by side: a project's budgets, or the county programme's (the
 * budgets without a project). Reads a whole multi-year budget as one {@link BudgetSheet} in a few statements, and
 * changes it by commands that each check the change, write it in one transaction and return the budget as read
 * afterwards. An OSGi service, available once the user has signed in; it works on the laptop's store alone.
 * <p>
 * Every command takes {@code projectId}, {@code null} meaning the county programme. Messages are in the language of
 * {@link java.util.Locale#getDefault()}, as the store's.
 */
public interface BudgetService {

    /** A project's budget, all its years; an empty sheet (no years) when it has none. */
    BudgetSheet budget(String projectId);

    /**
     * Adds a year. Its lines are those of the nearest year before it (else after it): the same rows with their
     * planned amounts and quantity × amount per unit, and no actual amounts yet; an empty year when there is none.
     *
     * @throws BudgetException when the budget has that year already or the year is out of range
     */
    BudgetSheet addYear(String projectId, int year) throws BudgetException;

    /** Removes a year and its lines (the budget record is deleted, as a tombstone that syncs). */
    BudgetSheet removeYear(String projectId, int year) throws BudgetException;

    /**
     * Adds a row to every year: a line of this kind and category with a description and no amounts.
     *
     * @throws BudgetException when there is no year, or the category does not belong to the kind
     */
    BudgetSheet addRow(String projectId, BudgetLineKind kind, BudgetCategory category, String description)
            throws BudgetException;

    /** Removes a row: its line in every year. */
    BudgetSheet removeRow(String projectId, RowKey row) throws BudgetException;

    /**
     * Sets a row's planned and actual amounts in one year ({@code null}: none), making the line in that year when it
     * has none. A line priced as quantity × amount per unit keeps that: its planned amount must equal the product
     * (change it with {@link #setUnits}).
     *
     * @throws BudgetException for a negative amount, a planned amount that does not match quantity × amount per unit,
     *                         or a year the budget does not have
     */
    BudgetSheet setAmounts(String projectId, RowKey row, int year, BigDecimal planned, BigDecimal actual)
            throws BudgetException;

    /**
     * Prices a row's line in one year as quantity × amount per unit (30 stakeholders × 30 000 kr): the planned amount
     * becomes the product. Both {@code null} removes the pricing and keeps the planned amount.
     *
     * @throws BudgetException when only one of them is given, or one is negative
     */
    BudgetSheet setUnits(String projectId, RowKey row, int year, Integer quantity, BigDecimal unitAmount)
            throws BudgetException;

    /** Changes a row's description in every year that has its line. */
    BudgetSheet describe(String projectId, RowKey row, String description) throws BudgetException;
}
