package se.samverka.server.internal;

import static se.samverka.model.SamverkaPackage.Literals.COURSE_OFFERING__CAPACITY;
import static se.samverka.model.SamverkaPackage.Literals.ENROLMENT__OFFERING;
import static se.samverka.model.SamverkaPackage.Literals.ENROLMENT__STATUS;
import static se.samverka.model.SamverkaPackage.Literals.ENROLMENT__WAITLIST_POSITION;
import static se.samverka.model.SamverkaPackage.Literals.ENROLMENT__WALK_IN;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import se.samverka.model.EnrolmentStatus;
import se.samverka.model.sync.ServerRule;
import se.samverka.sync.protocol.Merge;

/**
 * Seats are the server's to give ({@link ServerRule#SEATS}): an enrolment that becomes ENROLLED (on a laptop offline,
 * or promoted from the waitlist after a cancellation there) keeps its seat only if the offering has one free here;
 * otherwise it goes to (or stays on) the waitlist, with a conflict that says so. The seats taken and the last place
 * on the waitlist are counted from the enrolments' indexed keys ({@link Keys}), not by decoding them.
 * <p>
 * A walk-in (a person added at the venue, {@code walkIn}) sits on no seat: they were there, so the server neither
 * sends them to the waitlist nor counts them against the capacity (their seat key is {@link #WALK_IN}, not their
 * status).
 */
final class Seats {

    static final String NO_SEAT = "NO_SEAT";
    /** The seat key of a walk-in, whatever their status: not one of the statuses that hold a seat. */
    static final String WALK_IN = "WALK_IN";

    private static final String ENROLLED = EnrolmentStatus.ENROLLED.getLiteral();
    private static final String WAITLISTED = EnrolmentStatus.WAITLISTED.getLiteral();
    /** The statuses that hold a seat. */
    private static final String SEATED = "('" + ENROLLED + "', '" + EnrolmentStatus.COMPLETED.getLiteral() + "', '"
            + EnrolmentStatus.NO_SHOW.getLiteral() + "')";

    private Seats() {
    }

    /** An enrolment's status as its seat key (an enrolment without one is requested; a walk-in takes no seat). */
    static String status(Map<String, String> state) {
        if (isWalkIn(state)) {
            return WALK_IN;
        }
        return state.getOrDefault(ENROLMENT__STATUS.getName(), EnrolmentStatus.REQUESTED.getLiteral());
    }

    private static boolean isWalkIn(Map<String, String> state) {
        return Boolean.parseBoolean(state.get(ENROLMENT__WALK_IN.getName()));
    }

    /** An enrolment's place on the waitlist, or null. */
    static Integer waitPosition(Map<String, String> state) {
        String position = state.get(ENROLMENT__WAITLIST_POSITION.getName());
        return position == null ? null : Integer.valueOf(position);
    }

    /** Sends a merged enrolment back to the waitlist when it takes a seat the offering does not have free. */
    static void confirm(Connection c, String type, String id, Map<String, String> server, Map<String, String> merged,
            List<Merge.FieldOutcome> outcomes) throws SQLException {
        String status = ENROLMENT__STATUS.getName();
        String position = ENROLMENT__WAITLIST_POSITION.getName();
        String now = merged.get(status);
        String before = server.get(status);
        if (!ENROLLED.equals(now) || ENROLLED.equals(before) || isWalkIn(merged)) {
            return;
        }
        Records.Row offering = Records.load(c, merged.get(ENROLMENT__OFFERING.getName()));
        if (offering == null || offering.state().get(COURSE_OFFERING__CAPACITY.getName()) == null) {
            return;
        }
        int capacity = Integer.parseInt(offering.state().get(COURSE_OFFERING__CAPACITY.getName()));
        int taken;
        int lastWaiting;
        try (PreparedStatement others = c.prepareStatement("SELECT COALESCE(SUM(CASE WHEN SEAT_STATUS IN " + SEATED
                + " THEN 1 ELSE 0 END), 0), COALESCE(MAX(CASE WHEN SEAT_STATUS = '" + WAITLISTED
                + "' THEN WAIT_POSITION END), 0) FROM SAMVERKA.RECORDS "
                + "WHERE OFFERING = ? AND TYPE = ? AND DELETED = 0 AND ID <> ?")) {
            others.setString(1, offering.id());
            others.setString(2, type);
            others.setString(3, id);
            try (ResultSet rs = others.executeQuery()) {
                rs.next();
                taken = rs.getInt(1);
                lastWaiting = rs.getInt(2);
            }
        }
        if (taken < capacity) {
            return;
        }
        merged.put(status, WAITLISTED);
        // Promoted from the waitlist without a seat: back to its place in the line; otherwise last in it.
        merged.put(position, WAITLISTED.equals(before) && server.get(position) != null ? server.get(position)
                : Integer.toString(lastWaiting + 1));
        outcomes.add(new Merge.FieldOutcome(status, WAITLISTED, ENROLLED, NO_SEAT));
    }
}
