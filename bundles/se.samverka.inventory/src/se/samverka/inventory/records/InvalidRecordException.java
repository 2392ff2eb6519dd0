package se.samverka.inventory.records;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A new record that cannot be saved, with every problem found, each naming its field. Nothing was saved. */
public final class InvalidRecordException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A problem with one field: the field's name in {@link NewRecord} and the key of its text. */
    public record Problem(String field, String key) {

        /** The problem's text in the language of {@code locale}. */
        public String text(Locale locale) {
            return Finding.texts(locale).getString("invalid." + key);
        }
    }

    private final List<Problem> problems;

    public InvalidRecordException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.key()).collect(Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** All problems' texts, one a line. */
    public String text(Locale locale) {
        return problems.stream().map(p -> p.text(locale)).collect(Collectors.joining("\n"));
    }
}
