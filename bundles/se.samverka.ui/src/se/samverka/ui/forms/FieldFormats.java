package se.samverka.ui.forms;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

import se.samverka.ui.CommonTexts;

/**
 * How the values of the fields are written and read: dates as YYYY-MM-DD (the Swedish standard, also used in the
 * English interface), times as HH:MM, whole numbers, and amounts in kronor with thin grouping ("30 000").
 */
public final class FieldFormats {

    /** The kinds of values a text field holds. */
    public enum Kind {
        TEXT, DATE, DATE_TIME, INTEGER, AMOUNT
    }

    /** What a text meant: a value, or a message saying why it is not one. */
    public record Parsed(Object value, String error) {
        static Parsed of(Object value) {
            return new Parsed(value, null);
        }

        static Parsed invalid(String error) {
            return new Parsed(null, error);
        }
    }

    private final CommonTexts texts;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DecimalFormat amount;

    public FieldFormats(CommonTexts texts, Locale locale) {
        this.texts = texts;
        this.date = DateTimeFormatter.ofPattern(texts.date_pattern, locale);
        this.dateTime = DateTimeFormatter.ofPattern(texts.date_pattern + " " + texts.time_pattern, locale);
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if (symbols.getGroupingSeparator() == '\u00a0' || symbols.getGroupingSeparator() == '\u202f') {
            symbols.setGroupingSeparator(' ');
        }
        this.amount = new DecimalFormat("#,##0.##", symbols);
    }

    /** The text of a value of this kind; empty for {@code null}. */
    public String format(Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case TEXT -> value.toString();
            case DATE -> date.format(toLocal((Date) value).toLocalDate());
            case DATE_TIME -> dateTime.format(toLocal((Date) value));
            case INTEGER -> value.toString();
            case AMOUNT -> amount.format(value);
        };
    }

    /**
     * Reads a text as a value of this kind: an empty text is {@code null} (no value), a text that is not a value
     * gives a message.
     */
    public Parsed parse(Kind kind, String text) {
        String typed = text.strip();
        if (kind == Kind.TEXT) {
            return Parsed.of(text.isEmpty() ? null : text);
        }
        if (typed.isEmpty()) {
            return Parsed.of(kind == Kind.INTEGER ? 0 : null);
        }
        try {
            return switch (kind) {
                case DATE -> Parsed.of(toDate(LocalDate.parse(typed, date).atStartOfDay()));
                case DATE_TIME -> Parsed.of(toDate(parseDateTime(typed)));
                case INTEGER -> Parsed.of(Integer.valueOf(typed.replace(" ", "")));
                case AMOUNT -> Parsed.of(parseAmount(typed));
                case TEXT -> throw new AssertionError();
            };
        } catch (DateTimeParseException e) {
            return Parsed.invalid(texts.form_invalidDate);
        } catch (NumberFormatException e) {
            return Parsed.invalid(kind == Kind.AMOUNT ? texts.form_invalidAmount : texts.form_invalidNumber);
        }
    }

    /** A date alone means the start of that day. */
    private LocalDateTime parseDateTime(String typed) {
        try {
            return LocalDateTime.parse(typed, dateTime);
        } catch (DateTimeParseException e) {
            return LocalDate.parse(typed, date).atStartOfDay();
        }
    }

    private BigDecimal parseAmount(String typed) {
        String plain = typed.replaceAll("[\\s\u00a0\u202f]", "").replaceAll("(?i)(kr|sek|:-)$", "");
        char decimal = amount.getDecimalFormatSymbols().getDecimalSeparator();
        char grouping = amount.getDecimalFormatSymbols().getGroupingSeparator();
        if (grouping != ' ') {
            plain = plain.replace(String.valueOf(grouping), "");
        }
        return new BigDecimal(plain.replace(decimal, '.'));
    }

    private static LocalDateTime toLocal(Date value) {
        return LocalDateTime.ofInstant(value.toInstant(), ZoneId.systemDefault());
    }

    private static Date toDate(LocalDateTime value) {
        return Date.from(value.atZone(ZoneId.systemDefault()).toInstant());
    }
}
