package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.services.nls.IMessageFactoryService;
import org.eclipse.e4.core.services.translation.ResourceBundleProvider;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.ScreenshotOnFailure;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.ui.internal.Messages;
import se.samverka.ui.internal.signin.SignInDialog;

/**
 * The sign-in window of the running product, driven as a user does, against real encrypted databases in target/:
 * creating one (with its checks of the new password), and opening one (refusing a wrong password).
 */
@ExtendWith(ScreenshotOnFailure.class)
@Order(2)
class SignInDialogTest {

    private static final Locale SWEDISH = Locale.of("sv");

    @Test
    void theFirstSignInCreatesTheDatabaseOnceTheNewPasswordIsAcceptable() throws Exception {
        ApplicationDriver app = ApplicationDriver.attach(Ui.DEFAULT_TIMEOUT);
        Path folder = newFolder();
        AtomicReference<LocalStore> opened = new AtomicReference<>();
        WindowDriver signIn = open(app, SWEDISH, true, folder, opened);
        assertEquals("Logga in", signIn.title());
        app.screenshot(Path.of(System.getProperty("samverka.screenshots", "target/screenshots"), "signin-new-sv.png"));

        signIn.type("signin.user", "anna.lindqvist");
        signIn.type("signin.password", "Trygg-i-Tierp-2026");
        signIn.type("signin.repeat", "Trygg-i-Tierp-2025");
        signIn.clickButtonAndWait("signin.ok");
        assertEquals("Lösenorden är inte lika.", signIn.errorMessage());
        assertFalse(stores().exists(folder), "nothing is created before the password is acceptable");

        signIn.type("signin.password", "kort");
        signIn.type("signin.repeat", "kort");
        signIn.clickButtonAndWait("signin.ok");
        assertEquals("Lösenordet måste ha minst 8 tecken.", signIn.errorMessage());

        signIn.type("signin.password", "Trygg-i-Tierp-2026");
        signIn.type("signin.repeat", "Trygg-i-Tierp-2026");
        signIn.clickButton("signin.ok");
        app.ui().waitUntil("the sign-in to close", () -> !signIn.isOpen(), Ui.DEFAULT_TIMEOUT);
        assertNotNull(opened.get(), "the database is open");
        opened.get().close();
        assertTrue(stores().exists(folder), "the database was created");
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() throws Exception {
        refusesAWrongPassword(ApplicationDriver.attach(Ui.DEFAULT_TIMEOUT), SWEDISH, "Logga in",
                "Fel lösenord. Försök igen.");
    }

    /** Creates a database, then signs in to it with a wrong password, then the right one. */
    static void refusesAWrongPassword(ApplicationDriver app, Locale locale, String title, String message)
            throws Exception {
        Path folder = newFolder();
        stores().open(folder, "Rätt-lösenord-1".toCharArray(), "olle").close();
        AtomicReference<LocalStore> opened = new AtomicReference<>();
        WindowDriver signIn = open(app, locale, false, folder, opened);
        assertEquals(title, signIn.title());
        assertFalse(signIn.has("signin.repeat"), "an existing database asks for the password once");
        signIn.type("signin.user", "olle");
        signIn.type("signin.password", "Fel-lösenord-1");
        signIn.clickButtonAndWait("signin.ok");
        assertEquals(message, signIn.errorMessage());
        assertTrue(signIn.isOpen(), "the window stays open for another try");
        app.screenshot(Path.of(System.getProperty("samverka.screenshots", "target/screenshots"),
                "signin-wrong-" + locale.getLanguage() + ".png"));

        signIn.type("signin.password", "Rätt-lösenord-1");
        signIn.clickButton("signin.ok");
        app.ui().waitUntil("the sign-in to close", () -> !signIn.isOpen(), Ui.DEFAULT_TIMEOUT);
        assertNotNull(opened.get(), "the right password opens the database");
        opened.get().close();
    }

    private static WindowDriver open(ApplicationDriver app, Locale locale, boolean newDatabase, Path folder,
            AtomicReference<LocalStore> opened) throws Exception {
        LocalStores stores = stores();
        app.ui().post(() -> {
            var context = app.model().getContext();
            Messages messages = context.get(IMessageFactoryService.class).getMessageInstance(locale, Messages.class,
                    context.get(ResourceBundleProvider.class));
            new SignInDialog(app.mainWindow().shell(), messages, newDatabase, "", (user, password) -> {
                LocalStore store = stores.open(folder, password, user);
                opened.set(store);
                return store;
            }).open();
        });
        app.ui().waitUntil("the sign-in window", () -> app.openWindowTitles().size() > 1, Ui.DEFAULT_TIMEOUT);
        return ApplicationDriver.waitForSignIn(Ui.DEFAULT_TIMEOUT);
    }

    private static LocalStores stores() throws InterruptedException {
        ServiceTracker<LocalStores, LocalStores> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(SignInDialogTest.class).getBundleContext(), LocalStores.class, null);
        tracker.open();
        return tracker.waitForService(10_000);
    }

    private static Path newFolder() {
        return Path.of(System.getProperty("samverka.test.data")).getParent().resolve("signin-" + UUID.randomUUID());
    }
}
