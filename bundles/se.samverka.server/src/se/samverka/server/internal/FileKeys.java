package se.samverka.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;

import se.samverka.sync.protocol.SyncFile;

/**
 * The laptops' keys for sync by file (table SAMVERKA.REPLICAS): one per laptop database and user, made on the
 * laptop's first online sync and sent to it over TLS; and the newest file each laptop has handed in, so that an
 * older file handed in again is refused.
 */
final class FileKeys {

    private FileKeys() {
    }

    /** The key of a laptop and user, made if it has none yet. */
    static byte[] keyFor(Connection c, String user, String replica) throws SQLException {
        byte[] key = existingKey(c, user, replica);
        if (key != null) {
            return key;
        }
        key = SyncFile.newKey();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO SAMVERKA.REPLICAS(REPLICA, USER_NAME, "
                + "FILE_KEY, LAST_FILE, CREATED_AT) VALUES (?, ?, ?, 0, CURRENT_TIMESTAMP)")) {
            insert.setString(1, replica);
            insert.setString(2, user);
            insert.setString(3, Base64.getEncoder().encodeToString(key));
            insert.executeUpdate();
        }
        return key;
    }

    /** The key of a laptop and user, or null if that laptop never synced online as that user. */
    static byte[] existingKey(Connection c, String user, String replica) throws SQLException {
        try (PreparedStatement find = c.prepareStatement(
                "SELECT FILE_KEY FROM SAMVERKA.REPLICAS WHERE REPLICA = ? AND USER_NAME = ?")) {
            find.setString(1, replica);
            find.setString(2, user);
            try (ResultSet rs = find.executeQuery()) {
                return rs.next() ? Base64.getDecoder().decode(rs.getString(1)) : null;
            }
        }
    }

    /**
     * Records that a file made at {@code madeMillis} is handed in; false if a newer one from the laptop was taken in
     * before (the same file again is taken: the merge counts what it carries once).
     */
    static boolean takeFile(Connection c, String user, String replica, long madeMillis) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE SAMVERKA.REPLICAS SET LAST_FILE = ? "
                + "WHERE REPLICA = ? AND USER_NAME = ? AND LAST_FILE <= ?")) {
            update.setLong(1, madeMillis);
            update.setString(2, replica);
            update.setString(3, user);
            update.setLong(4, madeMillis);
            return update.executeUpdate() == 1;
        }
    }
}
