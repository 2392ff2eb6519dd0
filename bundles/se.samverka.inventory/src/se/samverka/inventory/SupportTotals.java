package se.samverka.inventory;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

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

    /**
     * An amount the Swedish way, as the window and the messages write it: "1 050 000 kr", "30 000,50 kr" (the
     * thousands separated by a no-break space, so an amount never breaks over two lines; decimals only when there
     * are öre). Empty for no amount.
     */
    public static String kronor(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE"));
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('−');
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", symbols);
        return format.format(amount) + "\u00a0kr";
    }
}
