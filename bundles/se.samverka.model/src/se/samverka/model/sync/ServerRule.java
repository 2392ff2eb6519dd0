package se.samverka.model.sync;

/** What the county server decides for a pushed record after the merge, with what only it knows: other records. */
public enum ServerRule {
    /**
     * Seats and the waitlist are the server's: an enrolment that becomes enrolled keeps its seat only if the offering
     * has one free on the server; otherwise it goes back to its place on the waitlist, with a {@code NO_SEAT}
     * conflict.
     */
    SEATS,
    /**
     * Attendance marks merge: two marks for one participant and session day (made on two laptops) become one, with
     * the later mark's value and both notes.
     */
    ONE_MARK_PER_PARTICIPANT_AND_DAY,
    /**
     * Support to municipalities: a round is offered once to each municipality. A new support for a round and a
     * municipality that already have a live one (offered on two laptops offline) is refused with a {@code REFUSED}
     * conflict that keeps it, and the server's stays.
     */
    ONE_SUPPORT_PER_ROUND_AND_MUNICIPALITY,
    /**
     * Invitations: a user who is not county staff changes only the reply of the invitation of the person they are
     * (its response and note), never someone else's invitation, the invitee, the attendance, or a new or deleted
     * invitation; anything else is refused.
     */
    OWN_REPLY_ONLY
}
