package se.samverka.store;

/**
 * The local database could not be opened or written. {@link #reason()} tells the user interface which message to
 * show; the message of the exception is for the log.
 */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the store failed, as far as a user can act on it. */
    public enum Reason {
        /** The password does not open this database. */
        WRONG_PASSWORD,
        /** Another Samverka (or another program) has the database open. */
        IN_USE,
        /** The record was changed by someone else since it was read: reload and try again. */
        CHANGED_ELSEWHERE,
        /** The record breaks a rule of the model; the problems say which. */
        INVALID,
        /** The write would remove a part (or record) that another record refers to; the message names them. */
        REFERENCED,
        /** Anything else: the log has the details. */
        FAILED
    }

    private final Reason reason;
    private final transient java.util.List<Referrer> referrers;

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.referrers = java.util.List.of();
    }

    /** A write refused ({@link Reason#REFERENCED}) because these refer to what it would remove. */
    public StoreException(java.util.List<Referrer> referrers, String message) {
        super(message, null);
        this.reason = Reason.REFERENCED;
        this.referrers = java.util.List.copyOf(referrers);
    }

    public StoreException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** What refers to what the refused write would remove ({@link Reason#REFERENCED}); empty otherwise. */
    public java.util.List<Referrer> referrers() {
        return referrers;
    }
}
