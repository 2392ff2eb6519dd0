package se.samverka.inventory;

import java.util.Locale;

import se.samverka.inventory.internal.ProblemTexts;

/**
 * Why {@link SupportService} refused a step; nothing was changed. {@link #getMessage()} says it in Swedish,
 * {@link #message(Locale)} in the user's language, so the window can show it where the user looks.
 */
public final class SupportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Reason {
        /** The round has no title (what the support is). */
        NO_TITLE,
        /** The year is not a year the county's budgets can have (2000–2100). */
        BAD_YEAR,
        /** An offer names no municipality. */
        NO_MUNICIPALITY,
        /** An organisation offered support is not a municipality. */
        NOT_A_MUNICIPALITY,
        /** The same municipality is offered the round twice. */
        ALREADY_OFFERED,
        /** An amount is missing, zero or negative. */
        BAD_AMOUNT,
        /** The budget line the support is paid from is not an expense line of the county programme's budget. */
        NOT_A_PROGRAMME_EXPENSE,
        /** A date is missing. */
        NO_DATE,
        /** Only county staff offer and decide; a coordinator applies. */
        COUNTY_ONLY,
        /** A coordinator may act only for their own municipality. */
        OTHER_MUNICIPALITY,
        /** An application to a support that is already decided. */
        ALREADY_DECIDED,
        /** A decision on a support nobody applied for. */
        NOT_APPLIED,
        /** A grant larger than the amount applied for. */
        MORE_THAN_APPLIED,
        /** A decision dated before the application. */
        DECIDED_BEFORE_APPLIED,
        /** The round or support does not exist (deleted, or withdrawn by a sync). */
        NOT_FOUND,
        /** The store refused or failed; the cause says why. */
        STORE
    }

    private final Reason reason;
    private final Object[] arguments;

    public SupportException(Reason reason, Object... arguments) {
        super(text(reason, Locale.forLanguageTag("sv-SE"), arguments));
        this.reason = reason;
        this.arguments = arguments.clone();
    }

    public SupportException(se.samverka.store.StoreException cause) {
        super(cause.getMessage(), cause);
        this.reason = Reason.STORE;
        this.arguments = new Object[] { cause.getMessage() };
    }

    public Reason reason() {
        return reason;
    }

    /** What was wrong, in the language of the locale (Swedish unless English is asked for). */
    public String message(Locale locale) {
        return text(reason, locale, arguments);
    }

    private static String text(Reason reason, Locale locale, Object[] arguments) {
        return ProblemTexts.format("se.samverka.inventory.support", reason, locale, arguments);
    }
}
