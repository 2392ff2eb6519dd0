package se.samverka.inventory;

/**
 * A budget change refused, with a message for the user in their language (a year the budget already has, an amount
 * below zero, a planned amount that does not match quantity × amount per unit). Nothing was written.
 */
public final class BudgetException extends Exception {

    private static final long serialVersionUID = 1L;

    public BudgetException(String message) {
        super(message);
    }

    public BudgetException(String message, Throwable cause) {
        super(message, cause);
    }
}
