package se.samverka.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import se.samverka.model.sync.Role;

/**
 * The administration of the county database as its owner: users (create, reset a password, disable, list), the
 * records of the county (seed) and online backups. Works on the server's own engine ({@link CountyServer#admin()})
 * or, while the server runs in another process, over TLS ({@link #remote}).
 */
public final class CountyAdmin {

    /** Opens a connection as the database owner. */
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private final ConnectionSource source;
    private final Path folder;

    CountyAdmin(ConnectionSource source, Path folder) {
        this.source = source;
        this.folder = folder;
    }

    /** The administration of a server that runs in another process on this machine, over TLS as the owner. */
    public static CountyAdmin remote(ServerConfig config) {
        // The same TLS connection, server certificate checked, as a laptop's.
        javax.sql.DataSource client = se.samverka.sync.SyncClient.dataSource(new se.samverka.sync.SyncSettings(
                config.host(), config.port(), ServerConfig.DATABASE, config.trustStore()));
        return new CountyAdmin(() -> client.getConnection(ServerConfig.OWNER, new String(config.ownerPassword())),
                config.folder());
    }

    private Connection connect() throws SQLException {
        return source.open();
    }

    /** Creates a user who may sync: their Derby credentials, their role and scope, the right to call sync. */
    public void createUser(String name, char[] password, Role role, String municipalityId, String personId)
            throws ServerException {
        String user = normalise(name);
        if (role == Role.COORDINATOR && municipalityId == null) {
            throw new ServerException("A municipal coordinator needs a municipality", null);
        }
        if (role == Role.TRAINER && personId == null) {
            throw new ServerException("A trainer needs the person they are in the register", null);
        }
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            requireRecord(c, "Organisation", municipalityId, "municipality");
            requireRecord(c, "Person", personId, "person");
            try (PreparedStatement create = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)");
                    PreparedStatement row = c.prepareStatement("INSERT INTO SAMVERKA.USERS(NAME, ROLE, "
                            + "MUNICIPALITY, PERSON, DISABLED, CREATED_AT) VALUES (?, ?, ?, ?, 0, CURRENT_TIMESTAMP)");
                    Statement grant = c.createStatement()) {
                create.setString(1, user);
                create.setString(2, new String(password));
                create.execute();
                row.setString(1, user);
                row.setString(2, role.name());
                row.setString(3, municipalityId);
                row.setString(4, personId);
                row.executeUpdate();
                grant.execute("GRANT EXECUTE ON PROCEDURE SAMVERKA.SYNC TO " + quote(user));
            }
            c.commit();
        } catch (SQLException e) {
            throw new ServerException("The user " + user + " cannot be created: " + e.getMessage(), e);
        }
    }

    /** Sets a new password; the old one no longer signs in. Also enables a disabled user again. */
    public void resetPassword(String name, char[] password) throws ServerException {
        String user = normalise(name);
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            requireUser(c, user);
            try (PreparedStatement drop = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_DROP_USER(?)");
                    PreparedStatement create = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)");
                    PreparedStatement enable = c.prepareStatement(
                            "UPDATE SAMVERKA.USERS SET DISABLED = 0 WHERE NAME = ?")) {
                if (hasCredentials(c, user)) {
                    drop.setString(1, user);
                    drop.execute();
                }
                create.setString(1, user);
                create.setString(2, new String(password));
                create.execute();
                enable.setString(1, user);
                enable.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw new ServerException("The password of " + user + " cannot be reset: " + e.getMessage(), e);
        }
    }

    /** Disables a user: their credentials are removed (they cannot sign in) and sync refuses them. */
    public void disableUser(String name) throws ServerException {
        String user = normalise(name);
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            requireUser(c, user);
            try (PreparedStatement disable = c.prepareStatement(
                    "UPDATE SAMVERKA.USERS SET DISABLED = 1 WHERE NAME = ?");
                    PreparedStatement drop = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_DROP_USER(?)")) {
                disable.setString(1, user);
                disable.executeUpdate();
                if (hasCredentials(c, user)) {
                    drop.setString(1, user);
                    drop.execute();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new ServerException("The user " + user + " cannot be disabled: " + e.getMessage(), e);
        }
    }

    /** The users, as {@code name role municipality person enabled|disabled}. */
    public List<String> users() throws ServerException {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT NAME, ROLE, MUNICIPALITY, PERSON, DISABLED FROM SAMVERKA.USERS "
                        + "ORDER BY NAME")) {
            List<String> users = new ArrayList<>();
            while (rs.next()) {
                users.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)
                        + " " + (rs.getInt(5) == 0 ? "enabled" : "disabled"));
            }
            return users;
        } catch (SQLException e) {
            throw new ServerException("The users cannot be listed: " + e.getMessage(), e);
        }
    }

    /** Loads records into the county database as the county's own changes (the demo county, an import). */
    public int seed(List<se.samverka.model.SyncedObject> records) throws ServerException {
        try (Connection c = connect()) {
            return se.samverka.server.internal.SyncProcedure.seed(c, records);
        } catch (SQLException e) {
            throw new ServerException("The records cannot be loaded: " + e.getMessage(), e);
        }
    }

    /**
     * Whether a typed code is the verification code of a certificate in the county, with whose and which course it
     * is and whether it has expired on {@code today}. A certificate issued on a laptop offline is known here once that
     * laptop has synced.
     */
    public se.samverka.model.certificates.Verification verify(String code, java.time.LocalDate today)
            throws ServerException {
        try (Connection c = connect()) {
            return se.samverka.server.internal.CountySchema.verify(c, code, today);
        } catch (SQLException e) {
            throw new ServerException("The certificate cannot be looked up: " + e.getMessage(), e);
        }
    }

    /**
     * Takes an online backup of the county database (syncs may go on meanwhile) into a new folder under
     * {@code backups/} and returns it.
     */
    public Path backup() throws ServerException {
        Path target = folder.resolve("backups")
                .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")));
        try (Connection c = connect();
                PreparedStatement backup = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            Files.createDirectories(target);
            backup.setString(1, target.toAbsolutePath().toString());
            backup.execute();
            return target.resolve(ServerConfig.DATABASE);
        } catch (SQLException | IOException e) {
            throw new ServerException("The backup failed: " + e.getMessage(), e);
        }
    }

    private static void requireUser(Connection c, String user) throws SQLException {
        try (PreparedStatement find = c.prepareStatement("SELECT 1 FROM SAMVERKA.USERS WHERE NAME = ?")) {
            find.setString(1, user);
            try (ResultSet rs = find.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("No such user: " + user);
                }
            }
        }
    }

    private static void requireRecord(Connection c, String type, String id, String what) throws SQLException {
        if (id == null) {
            return;
        }
        try (PreparedStatement find = c.prepareStatement(
                "SELECT 1 FROM SAMVERKA.RECORDS WHERE ID = ? AND TYPE = ? AND DELETED = 0")) {
            find.setString(1, id);
            find.setString(2, type);
            try (ResultSet rs = find.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("No " + what + " with the id " + id + " in the county database");
                }
            }
        }
    }

    private static boolean hasCredentials(Connection c, String user) throws SQLException {
        try (PreparedStatement find = c.prepareStatement("SELECT 1 FROM SYS.SYSUSERS WHERE USERNAME = ?")) {
            find.setString(1, user);
            try (ResultSet rs = find.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Derby keeps unquoted user names in upper case; users sign in with the name in any case. */
    static String normalise(String name) {
        String trimmed = name.trim();
        if (!trimmed.matches("[A-Za-z][A-Za-z0-9_.]{0,59}")) {
            throw new IllegalArgumentException("A user name is letters, digits, _ and ., starting with a letter: "
                    + name);
        }
        String user = trimmed.toUpperCase(java.util.Locale.ROOT);
        if (user.equals(ServerConfig.OWNER) || user.equals("APP") || user.equals("PUBLIC") || user.startsWith("SYS")
                || user.equals("SQLJ") || user.equals("NULLID")) {
            // The owner's account and the names of Derby's own schemas and grantees.
            throw new IllegalArgumentException("The name " + name + " is reserved: choose another");
        }
        return user;
    }

    private static String quote(String user) {
        return '"' + user + '"';
    }
}
