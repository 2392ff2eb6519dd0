package se.samverka.inventory.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The text of a refusal's problem, for the plugin's exceptions that name their problem by an enumeration: the
 * constant's name is its key in a properties bundle of this plugin, and the text is a {@link MessageFormat} of its
 * arguments, in the locale's language (Swedish, the bundle's default, unless another is there).
 */
public final class ProblemTexts {

    private ProblemTexts() {
    }

    /** The text of {@code problem} from the bundle {@code bundleName}, with its arguments, in {@code locale}. */
    public static String format(String bundleName, Enum<?> problem, Locale locale, Object[] arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale, ProblemTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(problem.name()), locale).format(arguments);
    }
}
