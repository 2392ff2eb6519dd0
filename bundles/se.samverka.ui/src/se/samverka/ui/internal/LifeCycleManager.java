package se.samverka.ui.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.prefs.BackingStoreException;

import se.samverka.core.SamverkaEnvironment;
import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;
import se.samverka.store.SeedData;
import se.samverka.store.StoreException;
import se.samverka.ui.SamverkaUi;
import se.samverka.ui.StatusLine;
import se.samverka.ui.internal.signin.SignInCredentials;
import se.samverka.ui.internal.signin.SignInDialog;

/**
 * Prepares the application context before the window is built: chooses the language of the user interface,
 * provides the status line, and signs the user in, which opens the encrypted local database.
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
        // The mouse wheel scrolls pages, and never changes the drop-down that passes under the pointer.
        ComboWheelGuard.install(Display.getCurrent());
    }

    /**
     * Signs in before the window is shown: the password opens the local database (or creates it on the first
     * start). The open store is put in the application context and closed when the application ends. Quitting the
     * sign-in ends the application.
     */
    @ProcessAdditions
    void signIn(IEclipseContext context, SamverkaEnvironment environment, LocalStores stores,
            @Translation Messages messages) {
        Path folder = environment.dataDirectory().resolve("database");
        var preferences = InstanceScope.INSTANCE.getNode(UiLanguage.PREFERENCE_NODE);
        String lastUser = preferences.get(LAST_USER, System.getProperty("user.name", ""));
        Display display = Display.getCurrent();

        boolean newDatabase = !stores.exists(folder);
        LocalStore store = null;
        String user = null;
        Optional<SignInCredentials> scripted = SignInCredentials.fromEnvironment(System.getenv(), lastUser);
        if (scripted.isPresent()) {
            // Scripted use (benchmarks, automated tests, kiosk set-ups): SAMVERKA_USER and SAMVERKA_PASSWORD.
            try {
                store = stores.open(folder, scripted.get().password(), scripted.get().user());
                user = scripted.get().user();
            } catch (StoreException e) {
                // Fall back to asking, which explains the problem.
            }
        }
        if (store == null) {
            Shell parent = new Shell(display);
            SignInDialog dialog = new SignInDialog(parent, messages, !stores.exists(folder), lastUser,
                    (name, password) -> stores.open(folder, password, name));
            int result = dialog.open();
            parent.dispose();
            store = dialog.store().orElse(null);
            user = dialog.user();
            if (result != Window.OK || store == null) {
                // The user quit at the sign-in: nothing is open, nothing to save.
                System.exit(0);
            }
        }
        preferences.put(LAST_USER, user);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // Only the prefilled user name of the next sign-in is lost.
        }
        if (newDatabase && DemoLoading.requested(System.getProperty("eclipse.commands"))) {
            SeedData seed = context.get(SeedData.class);
            if (seed != null) {
                DemoLoading.loadIfEmpty(store, seed, messages);
            }
        }
        context.set(SamverkaUi.SIGNED_IN_USER, user);
        context.set(LocalStore.class, store);
        // The open store as an OSGi service: the plugins' services (DS components) start when it appears.
        BundleContext bundleContext = FrameworkUtil.getBundle(LifeCycleManager.class).getBundleContext();
        ServiceRegistration<LocalStore> registration = bundleContext.registerService(LocalStore.class, store, null);
        // Every committed write of the store, whichever thread wrote, reaches the window as an event.
        IEventBroker events = context.get(IEventBroker.class);
        Runnable stopTelling = store.onChange(changed -> events.post(SamverkaUi.TOPIC_RECORDS_CHANGED, changed));
        LocalStore open = store;
        display.disposeExec(() -> {
            stopTelling.run();
            registration.unregister();
            open.close();
        });
    }

    private static final String LAST_USER = "lastUser";
}
