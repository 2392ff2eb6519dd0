package se.samverka.ui.lists;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How filter-as-you-type matches: a row matches when its text contains every word typed, ignoring case and accents
 * (so "osthammar" finds "Östhammar").
 */
public final class RecordFilter {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RecordFilter() {
    }

    /** The text in the form it is compared in: lower case, without accents. */
    public static String normalise(String text, Locale locale) {
        String lower = text.toLowerCase(locale);
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The words of what the user typed, normalised; none for an empty filter. */
    public static String[] words(String typed, Locale locale) {
        String normalised = normalise(typed.strip(), locale);
        return normalised.isEmpty() ? new String[0] : SPACES.split(normalised);
    }

    /** True when the normalised row text contains every word. */
    public static boolean matches(String normalisedText, String[] words) {
        for (String word : words) {
            if (!normalisedText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
