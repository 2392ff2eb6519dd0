package se.samverka.meetings;

import se.samverka.store.StoreException;

/** Why {@link MeetingPlanning} refused a step; nothing was changed. The window says it in the user's words. */
public final class PlanningException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What was wrong. */
    public enum Reason {
        /** The series plan has problems ({@link #preview()} names them). */
        INVALID_SERIES,
        /** There is no later meeting of the series or group to move the item to. */
        NO_NEXT_MEETING,
        /** The item has decisions: the meeting reached it, so it stays. */
        ITEM_REACHED,
        /** The meeting or item does not exist (deleted, not yet saved, or withdrawn by a sync). */
        NOT_FOUND,
        /** Something refers to the item (a guest's invitation, an action item), so it cannot leave its meeting. */
        REFERENCED,
        /** The store refused or failed; the cause says why. */
        STORE
    }

    private final Reason reason;
    private final transient SeriesPreview preview;

    public PlanningException(Reason reason, String message) {
        this(reason, message, null, null);
    }

    public PlanningException(SeriesPreview preview) {
        this(Reason.INVALID_SERIES, preview.problems().toString(), preview, null);
    }

    public PlanningException(StoreException cause) {
        this(cause.reason() == StoreException.Reason.REFERENCED ? Reason.REFERENCED : Reason.STORE,
                cause.getMessage(), null, cause);
    }

    private PlanningException(Reason reason, String message, SeriesPreview preview, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.preview = preview;
    }

    public Reason reason() {
        return reason;
    }

    /** The refused series plan's preview, for {@link Reason#INVALID_SERIES}; else null. */
    public SeriesPreview preview() {
        return preview;
    }
}
