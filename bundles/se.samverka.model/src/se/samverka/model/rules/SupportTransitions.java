package se.samverka.model.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import se.samverka.model.SupportStatus;

/**
 * The allowed changes of a municipality's support status. The same rules apply on the laptop, where the support
 * service says why a change is refused and the store refuses others, and on the county server's merge.
 *
 * <pre>
 * OFFERED   → APPLIED, WITHDRAWN (not applied for)
 * APPLIED   → GRANTED, REJECTED (the county's decision), WITHDRAWN, OFFERED (an application recorded by mistake)
 * GRANTED   → REJECTED, APPLIED (a decision corrected or taken back), WITHDRAWN (the municipality gives it up)
 * REJECTED  → GRANTED, APPLIED (a decision corrected or taken back)
 * WITHDRAWN → OFFERED, APPLIED (the municipality applies after all)
 * </pre>
 * Who may make a change is the support's sync policy's: only county staff decide (GRANTED, REJECTED).
 */
public final class SupportTransitions {

    private static final Map<SupportStatus, Set<SupportStatus>> ALLOWED = new EnumMap<>(SupportStatus.class);

    static {
        ALLOWED.put(SupportStatus.OFFERED, EnumSet.of(SupportStatus.APPLIED, SupportStatus.WITHDRAWN));
        ALLOWED.put(SupportStatus.APPLIED, EnumSet.of(SupportStatus.GRANTED, SupportStatus.REJECTED,
                SupportStatus.WITHDRAWN, SupportStatus.OFFERED));
        ALLOWED.put(SupportStatus.GRANTED,
                EnumSet.of(SupportStatus.REJECTED, SupportStatus.APPLIED, SupportStatus.WITHDRAWN));
        ALLOWED.put(SupportStatus.REJECTED, EnumSet.of(SupportStatus.GRANTED, SupportStatus.APPLIED));
        ALLOWED.put(SupportStatus.WITHDRAWN, EnumSet.of(SupportStatus.OFFERED, SupportStatus.APPLIED));
    }

    private SupportTransitions() {
    }

    /** True when a support may go from one status to the other; staying the same is always allowed. */
    public static boolean isAllowed(SupportStatus from, SupportStatus to) {
        return from == to || allowedFrom(from).contains(to);
    }

    /** Why a change is refused, in words a user understands: "Ett stöd kan inte gå från Erbjudet till Beviljat." */
    public static String refusal(SupportStatus from, SupportStatus to, Locale locale) {
        return java.text.MessageFormat.format(SamverkaValidator.bundle(locale).getString("supportTransition"),
                Labels.of(from, locale), Labels.of(to, locale));
    }

    /** The statuses a support may go to from this one. */
    public static Set<SupportStatus> allowedFrom(SupportStatus from) {
        return Collections.unmodifiableSet(ALLOWED.getOrDefault(from, EnumSet.noneOf(SupportStatus.class)));
    }
}
