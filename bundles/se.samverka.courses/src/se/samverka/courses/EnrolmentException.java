package se.samverka.courses;

/** Why {@link EnrolmentService} refused a step; nothing was changed. The window says it in the user's words. */
public final class EnrolmentException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Reason {
        /** The enrolment deadline has passed and the caller did not confirm that it enrols anyway. */
        DEADLINE_PASSED,
        /** A coordinator may enrol only their own municipality's people (the county server refuses others). */
        OTHER_MUNICIPALITY,
        /** The person already holds an enrolment in the offering that is not cancelled. */
        ALREADY_ENROLLED,
        /** The status change is not one of the allowed transitions. */
        NOT_ALLOWED,
        /** A seat was asked for (from the waitlist or a request) but the offering has none free. */
        NO_SEAT,
        /** The enrolment is not on the waitlist, or cannot move further that way. */
        NOT_ON_WAITLIST,
        /** The offering has no session days, so nobody can have attended them. */
        NO_SESSION_DAYS,
        /** The offering, person or enrolment does not exist (deleted, or withdrawn by a sync). */
        NOT_FOUND,
        /** The store refused or failed; the cause says why. */
        STORE
    }

    private final Reason reason;

    public EnrolmentException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public EnrolmentException(se.samverka.store.StoreException cause) {
        super(cause.getMessage(), cause);
        this.reason = Reason.STORE;
    }

    public Reason reason() {
        return reason;
    }
}
