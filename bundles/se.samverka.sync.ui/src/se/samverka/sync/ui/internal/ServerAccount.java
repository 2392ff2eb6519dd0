package se.samverka.sync.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import se.samverka.sync.SyncSettings;

/**
 * Where the county server is and who signs in to it: kept in the user's preferences, except the password, which is
 * held in memory for the session only and never written anywhere.
 */
final class ServerAccount {

    static final String NODE = "se.samverka.sync.ui";
    private static final String HOST = "server.host";
    private static final String PORT = "server.port";
    private static final String USER = "server.user";
    private static final String TRUST = "server.trust";

    String host = "localhost";
    int port = 1527;
    String user = "";
    Path trustStore;
    char[] password;

    /** The account as last used, with defaults for a first sync (the demo server on this computer). */
    static ServerAccount load(String localUser, Path dataFolder) {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(NODE);
        ServerAccount account = new ServerAccount();
        account.host = System.getProperty("samverka.server.host", preferences.get(HOST, "localhost"));
        account.port = Integer.getInteger("samverka.server.port", preferences.getInt(PORT, 1527));
        account.user = preferences.get(USER, localUser == null ? "" : localUser);
        String trust = System.getProperty("samverka.server.trust", preferences.get(TRUST, ""));
        account.trustStore = trust.isEmpty() ? defaultTrustStore(dataFolder) : Path.of(trust);
        return account;
    }

    /** The county's certificate beside the data, or that of a demo server started on this computer. */
    private static Path defaultTrustStore(Path dataFolder) {
        Path beside = dataFolder == null ? null : dataFolder.resolve("county-trust.p12");
        if (beside != null && Files.exists(beside)) {
            return beside;
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path demo = Path.of(xdg != null ? xdg : System.getProperty("user.home") + "/.local/share")
                .resolve("samverka-server").resolve("county-trust.p12");
        return Files.exists(demo) ? demo : beside;
    }

    void save() {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(NODE);
        preferences.put(HOST, host);
        preferences.putInt(PORT, port);
        preferences.put(USER, user);
        preferences.put(TRUST, trustStore == null ? "" : trustStore.toString());
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // Only the prefilled values of the next sign-in are lost.
        }
    }

    boolean complete() {
        return password != null && trustStore != null && !user.isBlank() && !host.isBlank();
    }

    SyncSettings settings() {
        return new SyncSettings(host, port, "county", trustStore);
    }
}
