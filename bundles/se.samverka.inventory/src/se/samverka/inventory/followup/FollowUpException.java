package se.samverka.inventory.followup;

/** A follow-up report that cannot be made as asked; the message says why in the user's language. */
public final class FollowUpException extends Exception {

    private static final long serialVersionUID = 1L;

    public FollowUpException(String message) {
        super(message);
    }
}
