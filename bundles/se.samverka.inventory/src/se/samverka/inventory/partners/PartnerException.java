package se.samverka.inventory.partners;

import java.util.Locale;

import se.samverka.inventory.internal.ProblemTexts;
import se.samverka.store.StoreException;

/**
 * Why a project's partner was refused; nothing was changed. A {@link StoreException} of reason
 * {@link StoreException.Reason#INVALID}, so the ordinary save of a project refuses it the same way and the page shows
 * it where the user looks. {@link #getMessage()} says it in Swedish, {@link #message(Locale)} in the user's language.
 */
public final class PartnerException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Problem {
        /** An organisation made in place has no name. */
        NO_NAME,
        /** The organisation is already one of the project's partners. */
        ALREADY_PARTNER,
        /** The project or the organisation does not exist (deleted, or removed by a sync). */
        NOT_FOUND
    }

    private final Problem problem;
    private final Object[] arguments;

    public PartnerException(Problem problem, Object... arguments) {
        super(Reason.INVALID, text(problem, Locale.forLanguageTag("sv-SE"), arguments));
        this.problem = problem;
        this.arguments = arguments.clone();
    }

    public Problem problem() {
        return problem;
    }

    /** What was wrong, in the language of the locale (Swedish unless English is asked for). */
    public String message(Locale locale) {
        return text(problem, locale, arguments);
    }

    private static String text(Problem problem, Locale locale, Object[] arguments) {
        return ProblemTexts.format("se.samverka.inventory.partners.partners", problem, locale, arguments);
    }
}
