package se.samverka.inventory.followup;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The follow-up report's words (the document's and the service's messages): Swedish in {@code followup.properties},
 * English in {@code followup_en.properties}; any language but English gets Swedish.
 */
public final class FollowUpTexts {

    private static final String BUNDLE = "se.samverka.inventory.followup.followup";

    private FollowUpTexts() {
    }

    /** The text of {@code key} in the locale's language, with its {0}, {1} … filled in. */
    public static String get(Locale locale, String key, Object... arguments) {
        String pattern = bundle(locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language(locale)).format(arguments);
    }

    /** The language the report is written in: en-GB for English, else sv-SE. */
    public static Locale language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.of("en", "GB") : Locale.of("sv", "SE");
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale wanted = "en".equals(language(locale).getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, wanted, FollowUpTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
