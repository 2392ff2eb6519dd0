package se.samverka.inventory;

import java.math.BigDecimal;

/**
 * Sums of support in SEK: what the county offered, what was applied for and what was granted (of a round, or of a
 * municipality). Amounts not given count as 0.
 */
public record SupportTotals(BigDecimal offered, BigDecimal applied, BigDecimal granted) {

    /** No support at all. */
    public static final SupportTotals NONE = new SupportTotals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** These totals and one more support's amounts. */
    public SupportTotals plus(BigDecimal moreOffered, BigDecimal moreApplied, BigDecimal moreGranted) {
        return new SupportTotals(add(offered, moreOffered), add(applied, moreApplied), add(granted, moreGranted));
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal amount) {
        return amount == null ? sum : sum.add(amount);
    }
}
