package se.samverka.meetings;

/** Why {@link InvitationService} refused a step; nothing was changed. The window says it in the user's words. */
public final class InvitationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Reason {
        /** The meeting, invitation, agenda item or person does not exist (deleted, or withdrawn by a sync). */
        NOT_FOUND,
        /** A coordinator may answer only their own invitation (the county server refuses others). */
        NOT_OWN_INVITATION,
        /** Only county staff make invitations, invite guests and record attendance. */
        COUNTY_ONLY,
        /** The person is already invited to the whole meeting or to this agenda item. */
        ALREADY_INVITED,
        /** The meeting has no group, so there are no members to invite. */
        NO_GROUP,
        /** The store refused or failed; the cause says why. */
        STORE
    }

    private final Reason reason;

    public InvitationException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public InvitationException(se.samverka.store.StoreException cause) {
        super(cause.getMessage(), cause);
        this.reason = Reason.STORE;
    }

    public Reason reason() {
        return reason;
    }
}
