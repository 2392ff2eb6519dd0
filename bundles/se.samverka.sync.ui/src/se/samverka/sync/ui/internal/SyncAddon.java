package se.samverka.sync.ui.internal;

import java.util.Locale;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.core.SamverkaEnvironment;
import se.samverka.store.LocalStore;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.SamverkaUi;
import se.samverka.ui.StatusLine;
import se.samverka.ui.forms.FieldFormats;

/**
 * Puts the {@link SyncSession} into the application context once the local database is open, and keeps the sync
 * state in the status line current as records are saved.
 */
public class SyncAddon {

    @Inject
    private IEclipseContext context;

    private SyncSession session;

    @Inject
    @Optional
    void storeOpened(LocalStore store, @Named(SamverkaUi.SIGNED_IN_USER) String user, StatusLine statusLine,
            UISynchronize ui, @Translation Messages messages, @Translation CommonTexts texts,
            @Named(TranslationService.LOCALE) Locale locale, SamverkaEnvironment environment) {
        if (session != null && session.store() == store) {
            return;
        }
        // The server account is usually named as the user who signed in to this laptop.
        session = new SyncSession(store, statusLine, ui, messages, new FieldFormats(texts, locale),
                ServerAccount.load(user, environment.dataDirectory()));
        context.set(SyncSession.class, session);
        ui.asyncExec(session::showState);
    }

    @Inject
    @Optional
    void recordsChanged(@UIEventTopic(SamverkaUi.TOPIC_RECORDS_CHANGED) Object changed) {
        // Any write (an editor, a conflict resolved, an import) changes the number of unsent changes.
        if (session != null) {
            session.showState();
        }
    }

}
