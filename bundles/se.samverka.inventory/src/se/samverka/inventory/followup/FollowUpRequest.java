package se.samverka.inventory.followup;

import java.util.Locale;
import java.util.Objects;

/**
 * What a follow-up report is asked for: interim or final, the county programme ({@code municipalityId} null) or one
 * municipality, and a period of whole years.
 *
 * @param kind           interim (delrapport) or final (slutrapport)
 * @param municipalityId the municipality, or {@code null} for the county programme
 * @param fromYear       the first year of the period
 * @param toYear         the last year of the period (inclusive)
 */
public record FollowUpRequest(ReportKind kind, String municipalityId, int fromYear, int toYear) {

    /** The earliest year a report can start in. */
    public static final int FIRST_YEAR = 2000;
    /** The latest year a report can end in. */
    public static final int LAST_YEAR = 2100;

    public FollowUpRequest {
        Objects.requireNonNull(kind, "kind");
    }

    /** True for the county programme's report. */
    public boolean programme() {
        return municipalityId == null;
    }

    /** Whether a year lies in the period. */
    public boolean covers(int year) {
        return year >= fromYear && year <= toYear;
    }

    /**
     * Checks the period.
     *
     * @throws FollowUpException when a year is out of range or the period ends before it begins, with the message in
     *                           the locale's language
     */
    public void check(Locale locale) throws FollowUpException {
        for (int year : new int[] {fromYear, toYear}) {
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw new FollowUpException(FollowUpTexts.get(locale, "request.yearRange", String.valueOf(year),
                        String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
            }
        }
        if (toYear < fromYear) {
            throw new FollowUpException(FollowUpTexts.get(locale, "request.order", String.valueOf(fromYear),
                    String.valueOf(toYear)));
        }
    }
}
