package se.samverka.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import se.samverka.model.EnrolmentStatus;

class EnrolmentTransitionsTest {

    @Test
    void aRequestIsDecidedByEnrollingWaitlistingOrCancelling() {
        assertEquals(EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED, EnrolmentStatus.CANCELLED),
                EnrolmentTransitions.allowedFrom(EnrolmentStatus.REQUESTED));
    }

    @Test
    void theWaitlistLeadsOnlyToASeatOrACancellation() {
        assertTrue(EnrolmentTransitions.isAllowed(EnrolmentStatus.WAITLISTED, EnrolmentStatus.ENROLLED));
        assertTrue(EnrolmentTransitions.isAllowed(EnrolmentStatus.WAITLISTED, EnrolmentStatus.CANCELLED));
        assertFalse(EnrolmentTransitions.isAllowed(EnrolmentStatus.WAITLISTED, EnrolmentStatus.COMPLETED));
        assertFalse(EnrolmentTransitions.isAllowed(EnrolmentStatus.WAITLISTED, EnrolmentStatus.NO_SHOW));
    }

    @Test
    void onlyAnEnrolledPersonCompletesOrFailsToShow() {
        for (EnrolmentStatus from : EnrolmentStatus.values()) {
            boolean allowed = from == EnrolmentStatus.ENROLLED || from == EnrolmentStatus.COMPLETED;
            assertEquals(allowed, EnrolmentTransitions.isAllowed(from, EnrolmentStatus.COMPLETED), from.toString());
        }
    }

    @Test
    void aCancelledEnrolmentCanOnlyBeRequestedAgain() {
        assertEquals(EnumSet.of(EnrolmentStatus.REQUESTED), EnrolmentTransitions.allowedFrom(EnrolmentStatus.CANCELLED));
        assertTrue(EnrolmentTransitions.isAllowed(EnrolmentStatus.CANCELLED, EnrolmentStatus.CANCELLED),
                "staying is always allowed");
    }
}
