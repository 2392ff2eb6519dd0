package se.samverka.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class UiLanguageTest {

    @Test
    void swedishWhenNothingIsChosen() {
        assertEquals(UiLanguage.SWEDISH, UiLanguage.choose(Optional.empty(), Optional.empty()));
    }

    @Test
    void theCommandLineWinsOverThePreference() {
        assertEquals(UiLanguage.ENGLISH, UiLanguage.choose(Optional.of("en_GB"), Optional.of("sv")));
        assertEquals(UiLanguage.SWEDISH, UiLanguage.choose(Optional.of("sv-SE"), Optional.of("en")));
    }

    @Test
    void thePreferenceIsUsedWithoutCommandLine() {
        assertEquals(UiLanguage.ENGLISH, UiLanguage.choose(Optional.empty(), Optional.of("en")));
    }

    @Test
    void anUnsupportedLanguageFallsBackToTheNextChoice() {
        assertEquals(UiLanguage.ENGLISH, UiLanguage.choose(Optional.of("de_DE"), Optional.of("en")));
        assertEquals(UiLanguage.SWEDISH, UiLanguage.choose(Optional.of("fi"), Optional.of("")));
    }

    @Test
    void readsAnOptionFromEquinoxCommandLine() {
        String commands = "-product\nse.samverka.ui.product\n-nl\nen\n-data\n/tmp/x\n";
        assertEquals(Optional.of("en"), UiLanguage.optionValue(commands, "-nl"));
        assertEquals(Optional.of("/tmp/x"), UiLanguage.optionValue(commands, "-data"));
        assertEquals(Optional.empty(), UiLanguage.optionValue(commands, "-clean"));
        assertEquals(Optional.empty(), UiLanguage.optionValue("-nl", "-nl"));
        assertEquals(Optional.empty(), UiLanguage.optionValue(null, "-nl"));
    }
}
