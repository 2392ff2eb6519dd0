package se.samverka.model.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.samverka.model.EnrolmentStatus;

/**
 * The allowed changes of an enrolment's status. The same rules apply on the laptop, where the UI only offers
 * allowed changes and the store refuses others, and on the county server, which decides seats and the waitlist.
 *
 * <pre>
 * REQUESTED  → ENROLLED, WAITLISTED, CANCELLED
 * WAITLISTED → ENROLLED (promoted), CANCELLED
 * ENROLLED   → COMPLETED, NO_SHOW, CANCELLED
 * COMPLETED  → ENROLLED (a completion registered by mistake is taken back)
 * NO_SHOW    → ENROLLED (a no-show registered by mistake is taken back)
 * CANCELLED  → REQUESTED (the person applies again)
 * </pre>
 */
public final class EnrolmentTransitions {

    private static final Map<EnrolmentStatus, Set<EnrolmentStatus>> ALLOWED = new EnumMap<>(EnrolmentStatus.class);

    static {
        ALLOWED.put(EnrolmentStatus.REQUESTED,
                EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED, EnrolmentStatus.CANCELLED));
        ALLOWED.put(EnrolmentStatus.WAITLISTED, EnumSet.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.CANCELLED));
        ALLOWED.put(EnrolmentStatus.ENROLLED,
                EnumSet.of(EnrolmentStatus.COMPLETED, EnrolmentStatus.NO_SHOW, EnrolmentStatus.CANCELLED));
        ALLOWED.put(EnrolmentStatus.COMPLETED, EnumSet.of(EnrolmentStatus.ENROLLED));
        ALLOWED.put(EnrolmentStatus.NO_SHOW, EnumSet.of(EnrolmentStatus.ENROLLED));
        ALLOWED.put(EnrolmentStatus.CANCELLED, EnumSet.of(EnrolmentStatus.REQUESTED));
    }

    private EnrolmentTransitions() {
    }

    /** True when an enrolment may go from one status to the other; staying in the same status is always allowed. */
    public static boolean isAllowed(EnrolmentStatus from, EnrolmentStatus to) {
        return from == to || allowedFrom(from).contains(to);
    }

    /** Why a change is refused, in words a user understands: "En anmälan kan inte gå från Reserv till Genomförd." */
    public static String refusal(EnrolmentStatus from, EnrolmentStatus to, Locale locale) {
        return java.text.MessageFormat.format(SamverkaValidator.bundle(locale).getString("enrolmentTransition"),
                Labels.of(from, locale), Labels.of(to, locale));
    }

    /** The statuses an enrolment may go to from this one. */
    public static Set<EnrolmentStatus> allowedFrom(EnrolmentStatus from) {
        return Collections.unmodifiableSet(ALLOWED.getOrDefault(from, EnumSet.noneOf(EnrolmentStatus.class)));
    }
}
