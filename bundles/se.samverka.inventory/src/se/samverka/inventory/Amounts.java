package se.samverka.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.samverka.inventory.internal.budgets.BudgetTexts;

/**
 * Amounts in kronor as Swedish users write and read them, and as the English interface shows them: "1&nbsp;050&nbsp;000
 * kr" with non-breaking spaces between the groups of thousands and before "kr", a decimal comma and a minus sign
 * (U+2212) as Swedish typography has it; "SEK 1,050,000" in English. Öre are shown only when there are any.
 * <p>
 * Parsing takes what people type: with or without spaces (ordinary, non-breaking or thin) between the groups, with or
 * without "kr", "SEK" or ":-", a hyphen or a minus sign; in Swedish a decimal comma (or a point before one or two
 * decimals), in English a decimal point and commas between the groups. Anything else, and more than two decimals
 * (öre), is refused with a message that says what to type.
 */
public final class Amounts {

    private static final char NBSP = '\u00A0';
    private static final char MINUS = '\u2212';
    private static final Pattern SWEDISH = Pattern.compile("(\\d{1,3}(?: \\d{3})+|\\d+)(?:,(\\d*))?");
    private static final Pattern SWEDISH_POINT = Pattern.compile("(\\d+)\\.(\\d{1,2})");
    private static final Pattern ENGLISH = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d*))?");

    private Amounts() {
    }

    /**
     * An amount as the user reads it: "1&nbsp;050&nbsp;000 kr", "1&nbsp;050,50 kr", "−500 kr" in Swedish (any
     * language but English), "SEK 1,050,000", "SEK 1,050.50", "−SEK 500" in English; "" for {@code null}.
     */
    public static String format(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        return english(locale) ? (amount.signum() < 0 ? "\u2212" : "") + "SEK " + number(amount.abs(), locale)
                : number(amount, locale) + NBSP + "kr";
    }

    /**
     * The number alone, grouped and with öre only when there are any, as in a column headed "kr":
     * "1&nbsp;050&nbsp;000", "−1&nbsp;050,50"; in English "1,050,000", "−1,050.50".
     */
    public static String number(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        boolean english = english(locale);
        BigDecimal abs = amount.abs().setScale(2, RoundingMode.HALF_EVEN);
        String whole = abs.toBigInteger().toString();
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(english ? ',' : NBSP);
            }
            grouped.append(whole.charAt(i));
        }
        int ore = abs.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        if (ore != 0) {
            grouped.append(english ? '.' : ',').append(String.format("%02d", ore));
        }
        return amount.signum() >= 0 ? grouped.toString() : MINUS + grouped.toString();
    }

    /**
     * A percentage rounded to whole per cent: "87&nbsp;%" in Swedish, "87%" in English; "–" (en dash) for {@code null}
     * (a percentage of nothing planned).
     */
    public static String percent(BigDecimal percent, Locale locale) {
        if (percent == null) {
            return "\u2013";
        }
        BigDecimal rounded = percent.setScale(0, RoundingMode.HALF_UP);
        String digits = rounded.abs().toPlainString();
        String sign = rounded.signum() < 0 ? String.valueOf(MINUS) : "";
        return english(locale) ? sign + digits + "%" : sign + digits + NBSP + "%";
    }

    /**
     * An amount for a spreadsheet cell that Swedish Excel reads as a number: digits, a decimal comma and two
     * decimals only when there are öre, a hyphen-minus, no grouping ("1050000", "-1050,5" → "-1050,50"); "" for
     * {@code null}.
     */
    public static String spreadsheet(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal scaled = amount.setScale(2, RoundingMode.HALF_EVEN);
        String text = scaled.remainder(BigDecimal.ONE).signum() == 0 ? scaled.toBigInteger().toString()
                : scaled.toPlainString().replace('.', ',');
        return text;
    }

    /**
     * Reads an amount as typed; {@code null} for an empty text.
     *
     * @throws InvalidAmountException when the text is not an amount, with a message in the locale's language saying
     *                                what to type
     */
    public static BigDecimal parse(String text, Locale locale) throws InvalidAmountException {
        if (text == null || text.isBlank()) {
            return null;
        }
        boolean english = english(locale);
        String s = text.strip().replace(NBSP, ' ').replace('\u202F', ' ').replace('\u2009', ' ')
                .replace(MINUS, '-').replace('\u2013', '-');
        s = s.replaceAll("(?i)^sek\\s*", "").replaceAll("(?i)\\s*(kr\\.?|sek|:-)$", "").strip();
        boolean negative = s.startsWith("-");
        if (negative) {
            s = s.substring(1).replaceAll("(?i)^\\s*sek\\s*", "").strip();
        }
        s = s.replaceAll(" +", " ");
        String whole;
        String decimals;
        Matcher m = (english ? ENGLISH : SWEDISH).matcher(s);
        Matcher point = SWEDISH_POINT.matcher(s);
        if (!english && point.matches()) {
            whole = point.group(1);
            decimals = point.group(2);
        } else if (english && s.matches("\\d{1,3}(?: \\d{3})+(?:\\.\\d*)?")) {
            int dot = s.indexOf('.');
            whole = dot < 0 ? s : s.substring(0, dot);
            decimals = dot < 0 ? null : s.substring(dot + 1);
        } else if (m.matches()) {
            whole = m.group(1);
            decimals = m.group(2);
        } else {
            throw new InvalidAmountException(text, BudgetTexts.get(locale, "amount.invalid", text.strip()));
        }
        if (decimals != null && decimals.length() > 2) {
            throw new InvalidAmountException(text, BudgetTexts.get(locale, "amount.ore", text.strip()));
        }
        BigDecimal amount = new BigDecimal(whole.replace(" ", "").replace(",", "")
                + (decimals == null || decimals.isEmpty() ? "" : "." + decimals));
        return negative ? amount.negate() : amount;
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** Text that is not an amount; its message says, in the user's language, what to type instead. */
    public static final class InvalidAmountException extends Exception {

        private static final long serialVersionUID = 1L;
        private final String text;

        public InvalidAmountException(String text, String message) {
            super(message);
            this.text = text;
        }

        /** The text as typed. */
        public String text() {
            return text;
        }
    }
}
