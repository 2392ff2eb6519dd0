package se.samverka.inventory.records;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

import se.samverka.model.MunicipalRecordKind;

/**
 * Something the statutory rule found about a municipality's records on a day: what is wrong, how serious, the date
 * that matters and what to do. Its text is in Swedish or English ({@link #text}, {@link #action}).
 *
 * @param kind     the kind of record the finding is about
 * @param status   what the rule says (never {@link RecordState.Status#CURRENT} or {@link RecordState.Status#NONE})
 * @param date     the day that matters: when a new lägesbild is due or was due, when a promise ended, the date of
 *                 the lägesbild an action plan should follow; null for a missing record
 * @param since    the day the record concerned was adopted, or null
 */
public record Finding(MunicipalRecordKind kind, RecordState.Status status, LocalDate date, LocalDate since) {

    public Severity severity() {
        return status.severity();
    }

    /** What is wrong, e.g. "Lägesbilden ska förnyas senast 2027-03-14 (antagen 2025-03-14)." */
    public String text(Locale locale) {
        return format(locale, "finding." + status.name() + "." + kind.name());
    }

    /** What to do, e.g. "Ta fram en ny lägesbild senast 2027-03-14." */
    public String action(Locale locale) {
        return format(locale, "action." + status.name() + "." + kind.name());
    }

    private String format(Locale locale, String key) {
        ResourceBundle texts = texts(locale);
        return MessageFormat.format(texts.getString(key), date == null ? "" : date.toString(),
                since == null ? "" : since.toString());
    }

    /** The texts of the records' rule, in the language of {@code locale} (Swedish first). */
    static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(Finding.class.getPackageName() + ".texts", locale,
                Finding.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The name of a kind of record, e.g. "Lägesbild". */
    public static String kindName(MunicipalRecordKind kind, Locale locale) {
        return texts(locale).getString("kind." + kind.name());
    }

    /** The name of a status, e.g. "Förnyas snart": the text that goes with a colour. */
    public static String statusName(RecordState.Status status, Locale locale) {
        return texts(locale).getString("status." + status.name());
    }
}
