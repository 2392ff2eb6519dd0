package se.samverka.ui.internal;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;

import se.samverka.ui.StatusLine;

/**
 * Prepares the application context before the window is built: chooses the language of the user interface and
 * provides the status line.
 */
public class LifeCycleManager {

    @PostContextCreate
    void postContextCreate(IEclipseContext context) {
        UiLanguage language = UiLanguage.choose(
                UiLanguage.optionValue(System.getProperty("eclipse.commands"), "-nl"),
                Optional.ofNullable(InstanceScope.INSTANCE.getNode(UiLanguage.PREFERENCE_NODE)
                        .get(UiLanguage.PREFERENCE_KEY, null)));
        Locale locale = language.locale();
        // JFace's own texts (OK, Cancel, ...) follow the JVM default; the model and Messages follow the context.
        Locale.setDefault(locale);
        context.set(TranslationService.LOCALE, locale);
        context.set(StatusLine.class, new StatusLine());
    }
}
