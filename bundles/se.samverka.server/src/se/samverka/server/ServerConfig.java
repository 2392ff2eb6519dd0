package se.samverka.server;

import java.nio.file.Path;

/**
 * How a county server runs.
 *
 * @param folder        the server's folder: the county database, the key store, backups and the log
 * @param host          the address to listen on ({@code localhost} for the demo)
 * @param port          the Derby Network Server port
 * @param ownerPassword the password of the database owner (the server's own account, never given to users)
 * @param keyPassword   the password of the server's key store ({@code server.p12} in the folder)
 * @param bootPassword  the secret the county database is encrypted under (Derby's boot password): without it the
 *                      database files and their backups are unreadable
 */
public record ServerConfig(Path folder, String host, int port, char[] ownerPassword, char[] keyPassword,
        char[] bootPassword) {

    /** The name of the county database on the server. */
    public static final String DATABASE = "county";

    /** The database owner, who owns the tables and the sync procedure. */
    public static final String OWNER = "SAMVERKA";

    /** The key store with the server's private key and certificate. */
    public Path keyStore() {
        return folder.resolve("server.p12");
    }

    /** The server's certificate alone, for the laptops to trust (password {@code samverka}). */
    public Path trustStore() {
        return folder.resolve("county-trust.p12");
    }
}
