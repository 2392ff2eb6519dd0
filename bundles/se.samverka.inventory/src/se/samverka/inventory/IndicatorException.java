package se.samverka.inventory;

/**
 * An indicator change refused, with a message for the user in their language and the field it is about, so that a
 * page can show it where the user typed. Nothing was written.
 */
public final class IndicatorException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What the message is about. */
    public enum Field {
        NAME, UNIT, DESCRIPTION, BASELINE, PERIOD, TARGET, OUTCOME, COMMENT,
        /** The project or the indicator as a whole (not found, not saved). */
        NONE
    }

    private final Field field;

    public IndicatorException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public IndicatorException(Field field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** The field the message is about. */
    public Field field() {
        return field;
    }
}
