package se.samverka.inventory.internal.budgets;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The budget service's words for users (validation messages, spreadsheet headings), Swedish in
 * {@code messages.properties}, English in {@code messages_en.properties}: any language but English gets Swedish.
 */
public final class BudgetTexts {

    private static final String BUNDLE = "se.samverka.inventory.internal.budgets.messages";

    private BudgetTexts() {
    }

    /** The text of {@code key} in the locale's language, with its {0}, {1} … filled in. */
    public static String get(Locale locale, String key, Object... arguments) {
        String pattern = bundle(locale).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale wanted = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        ResourceBundle.Control control = ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        try {
            return ResourceBundle.getBundle(BUNDLE, wanted, BudgetTexts.class.getClassLoader(), control);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, BudgetTexts.class.getClassLoader(), control);
        }
    }
}
