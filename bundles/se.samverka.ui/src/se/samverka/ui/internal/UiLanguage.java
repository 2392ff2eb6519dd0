package se.samverka.ui.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of the Samverka user interface: Swedish first, English second. */
public enum UiLanguage {
    SWEDISH("sv"), ENGLISH("en");

    /** The preference node and key that hold the user's choice. */
    public static final String PREFERENCE_NODE = "se.samverka.ui";
    public static final String PREFERENCE_KEY = "language";

    private final String code;

    UiLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.of(code);
    }

    /** The language of a locale or language tag such as {@code en_GB} or {@code sv-SE}, if Samverka has it. */
    public static Optional<UiLanguage> of(String localeOrTag) {
        if (localeOrTag == null || localeOrTag.isBlank()) {
            return Optional.empty();
        }
        String language = localeOrTag.strip().split("[_-]", 2)[0].toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(language)).findFirst();
    }

    /**
     * Chooses the language at start: an explicit {@code -nl} on the command line wins, then the user's
     * preference, then Swedish. The machine's own locale is deliberately not used: Samverka is a Swedish
     * application on machines that are often set up in English.
     */
    public static UiLanguage choose(Optional<String> commandLineNl, Optional<String> preference) {
        return commandLineNl.flatMap(UiLanguage::of)
                .or(() -> preference.flatMap(UiLanguage::of))
                .orElse(SWEDISH);
    }

    /**
     * The value of an option in Equinox's {@code eclipse.commands} property, which holds the command line one
     * argument per line.
     */
    public static Optional<String> optionValue(String eclipseCommands, String option) {
        if (eclipseCommands == null) {
            return Optional.empty();
        }
        String[] args = eclipseCommands.split("\\R");
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].strip().equalsIgnoreCase(option)) {
                return Optional.of(args[i + 1].strip());
            }
        }
        return Optional.empty();
    }
}
