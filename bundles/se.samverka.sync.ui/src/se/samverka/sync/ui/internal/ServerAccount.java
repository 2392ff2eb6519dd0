package se.samverka.sync.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The county's certificate beside the data, or that of a demo server started on this computer
     * ({@code ./samverka server}), or none (the user chooses the file).
     */
    private static Path defaultTrustStore(Path dataFolder) {
        List<Path> candidates = new ArrayList<>();
        if (dataFolder != null) {
            candidates.add(dataFolder.resolve("county-trust.p12"));
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            candidates.add(Path.of(xdg, "samverka-server", "county-trust.p12"));
        }
        // $HOME first: Java's user.home comes from the account database and can differ from it.
        for (String home : new String[] { System.getenv("HOME"), System.getProperty("user.home") }) {
            if (home != null && !home.isBlank()) {
                candidates.add(Path.of(home, ".local", "share", "samverka-server", "county-trust.p12"));
            }
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
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

    /** This account's server, signed in as another user (for handing in that user's sync file); not saved. */
    ServerAccount forUser(String name) {
        ServerAccount other = new ServerAccount();
        other.host = host;
        other.port = port;
        other.trustStore = trustStore;
        other.user = name;
        other.password = name.equalsIgnoreCase(user) ? password : null;
        return other;
    }

    boolean complete() {
        return password != null && trustStore != null && !user.isBlank() && !host.isBlank();
    }

    SyncSettings settings() {
        return new SyncSettings(host, port, "county", trustStore);
    }
}
