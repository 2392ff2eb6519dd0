package se.samverka.meetings;

import se.samverka.model.Membership;

/** Why {@link GroupService} refused a change to a group's members; nothing was changed. The window says it in the user's words. */
public final class MembershipException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Reason {
        /** The person already is a member of the group for part of that period ({@link #conflict()} says when). */
        OVERLAP,
        /** The last day given lies before the membership's first day. */
        ENDS_BEFORE_START,
        /** The membership has already ended. */
        ALREADY_ENDED,
        /** A required value (person, role, day) is missing. */
        MISSING,
        /** The group, person or membership does not exist (deleted, or withdrawn by a sync). */
        NOT_FOUND,
        /** The store refused or failed; the cause says why. */
        STORE
    }

    private final Reason reason;
    private final transient Membership conflict;

    public MembershipException(Reason reason, String message) {
        this(reason, message, null);
    }

    public MembershipException(Reason reason, String message, Membership conflict) {
        super(message);
        this.reason = reason;
        this.conflict = conflict;
    }

    public MembershipException(se.samverka.store.StoreException cause) {
        super(cause.getMessage(), cause);
        this.reason = Reason.STORE;
        this.conflict = null;
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#OVERLAP}: the existing membership the new period would overlap; otherwise null. */
    public Membership conflict() {
        return conflict;
    }
}
