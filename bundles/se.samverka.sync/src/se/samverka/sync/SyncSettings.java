package se.samverka.sync;

import java.nio.file.Path;

/**
 * Where the county server is and how to trust it.
 *
 * @param host       the server's host name
 * @param port       its Derby Network Server port
 * @param database   the county database's name on the server
 * @param trustStore a PKCS#12 file with the county server's certificate, or null to trust the certificates Java
 *                   trusts; connections are always encrypted (TLS) and the server's certificate is always checked
 */
public record SyncSettings(String host, int port, String database, Path trustStore) {
}
