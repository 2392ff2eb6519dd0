package se.samverka.store.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Properties;

import org.apache.derby.authentication.UserAuthenticator;

/**
 * Derby's authenticator for the whole engine of a process that serves databases to the network (the county
 * server). It decides every connection that no database decides for itself: making a new database (by any name,
 * on disk or in memory), shutting the engine down, booting a database that has no authentication of its own. Only
 * the one account given to {@link #admit} passes; everyone else is refused, whatever their password in a database.
 * A database that authenticates its own users (the county database, with NATIVE credentials and
 * {@code derby.database.propertiesOnly}) is not affected.
 * <p>
 * It lives in the bundle that embeds Derby because Derby loads the class named in
 * {@code derby.authentication.provider} with {@code Class.forName} from its own class loader. The account's password
 * is not kept: only a salted SHA-256 digest of it, compared in constant time.
 */
public final class EngineGuard implements UserAuthenticator {

    private record Account(String user, byte[] salt, byte[] digest) {
    }

    private static volatile Account admitted;

    /** Derby makes the instance by its public constructor. */
    public EngineGuard() {
    }

    /**
     * Makes this the engine's authenticator, admitting only {@code user} with {@code password}. Must be called before
     * Derby boots in this process (Derby reads the settings once, when the engine starts).
     */
    public static void admit(String user, char[] password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        admitted = new Account(user, salt, digest(salt, password));
        System.setProperty("derby.connection.requireAuthentication", "true");
        System.setProperty("derby.authentication.provider", EngineGuard.class.getName());
    }

    @Override
    public boolean authenticateUser(String userName, String userPassword, String databaseName, Properties info) {
        Account account = admitted;
        if (account == null || userName == null || userPassword == null
                || !account.user().equalsIgnoreCase(userName)) {
            return false;
        }
        return MessageDigest.isEqual(account.digest(), digest(account.salt(), userPassword.toCharArray()));
    }

    private static byte[] digest(byte[] salt, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password)));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
