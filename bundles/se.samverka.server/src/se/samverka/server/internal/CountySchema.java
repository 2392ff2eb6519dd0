package se.samverka.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDataSource;

import se.samverka.server.ServerConfig;

/**
 * The county database: its storage and its schema, owned by {@link ServerConfig#OWNER}. Records are kept as their
 * sync state (the same form the laptops send) with the columns that decide who may see them; every version of a
 * record is kept in HISTORY, the base of the three-way merge.
 * <p>
 * What a user's password gives: a read-only connection (Derby's {@code derby.database.defaultConnectionMode}, with
 * the owner the only full-access user), so no user can create any object (table, view, schema, routine, type,
 * trigger, ...) or change any data, and EXECUTE on SAMVERKA.SYNC alone, which works on a connection of the owner's.
 * The database authenticates its users itself (NATIVE credentials, {@code derby.database.propertiesOnly}), so no
 * setting of the process can weaken it, and it is encrypted (AES-256) under the server's boot password.
 */
public final class CountySchema {

    /** Raised when a change of this schema needs a step for existing databases (see {@link #upgrade}). */
    public static final int VERSION = SupportKeys.SCHEMA_STEP;

    /** The sync routine as version 1 made it. */
    private static final String SYNC_PROCEDURE = "CREATE PROCEDURE SAMVERKA.SYNC(IN REQUEST BLOB(64M), "
            + "OUT RESPONSE BLOB(64M)) LANGUAGE JAVA PARAMETER STYLE JAVA MODIFIES SQL DATA "
            + "EXTERNAL NAME 'se.samverka.server.internal.SyncProcedure.sync' EXTERNAL SECURITY DEFINER";

    /** Derby's encryption of the county database's files (and so of its backups). */
    private static final String ENCRYPTION = "dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;"
            + "encryptionKeyLength=256";

    private CountySchema() {
    }

    /**
     * Creates the county database (encrypted) or opens an existing one, encrypting it first if it is not (a database
     * of an earlier version), and brings its schema up to {@link #VERSION}. {@code owner} connects as the owner with
     * the boot password among its connection attributes; {@code folder} is where the database's files are. Returns
     * with the database booted under its final settings.
     */
    public static void createOrUpgrade(EmbeddedDataSource owner, Path folder) throws SQLException {
        EmbeddedDataSource create = copy(owner);
        boolean made = !Files.isDirectory(folder);
        if (made) {
            create.setCreateDatabase("create");
        }
        if (made || !encrypted(folder)) {
            // Derby makes the database encrypted, or encrypts an existing one in place, when it boots with these.
            create.setConnectionAttributes(owner.getConnectionAttributes() + ";" + ENCRYPTION);
        }
        try (Connection c = create.getConnection()) {
            if (made) {
                try (Statement s = c.createStatement()) {
                    // Storing the owner's credentials turns Derby's NATIVE authentication on for this database.
                    try (ResultSet rs = s.executeQuery("SELECT 1 FROM SYS.SYSUSERS WHERE USERNAME = '"
                            + ServerConfig.OWNER + "'")) {
                        if (!rs.next()) {
                            try (PreparedStatement user = c.prepareStatement(
                                    "CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) {
                                user.setString(1, ServerConfig.OWNER);
                                user.setString(2, owner.getPassword());
                                user.execute();
                            }
                        }
                    }
                    setProperty(c, "derby.database.sqlAuthorization", "true");
                }
            }
        }
        if (made) {
            // SQL authorization takes effect when the database boots again.
            shutdownDatabase(owner);
        }
        boolean reboot;
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            if (!hasTable(c, "SCHEMA_VERSION")) {
                c.setAutoCommit(false);
                s.execute("CREATE TABLE SAMVERKA.RECORDS (ID VARCHAR(36) NOT NULL PRIMARY KEY, "
                        + "TYPE VARCHAR(60) NOT NULL, VERSION BIGINT NOT NULL, SEQ BIGINT NOT NULL, "
                        + "DELETED SMALLINT NOT NULL, MUNICIPALITY VARCHAR(36), GRP VARCHAR(36), "
                        + "OFFERING VARCHAR(36), TRAINERS VARCHAR(2000), STATE BLOB(64M) NOT NULL, "
                        + "CHANGED_BY VARCHAR(128), CHANGED_AT TIMESTAMP)");
                s.execute("CREATE INDEX SAMVERKA.RECORDS_SEQ ON SAMVERKA.RECORDS(SEQ)");
                s.execute("CREATE INDEX SAMVERKA.RECORDS_MUNICIPALITY ON SAMVERKA.RECORDS(MUNICIPALITY)");
                s.execute("CREATE INDEX SAMVERKA.RECORDS_GRP ON SAMVERKA.RECORDS(GRP)");
                s.execute("CREATE INDEX SAMVERKA.RECORDS_OFFERING ON SAMVERKA.RECORDS(OFFERING)");
                s.execute("CREATE TABLE SAMVERKA.HISTORY (ID VARCHAR(36) NOT NULL, VERSION BIGINT NOT NULL, "
                        + "STATE BLOB(64M) NOT NULL, CHANGED_BY VARCHAR(128), REPLICA VARCHAR(36), "
                        + "CHANGED_AT TIMESTAMP, PRIMARY KEY (ID, VERSION))");
                s.execute("CREATE TABLE SAMVERKA.CONFLICTS (ID VARCHAR(36) NOT NULL PRIMARY KEY, "
                        + "RECORD_TYPE VARCHAR(60), RECORD_ID VARCHAR(36), FIELD VARCHAR(300), "
                        + "KEPT CLOB(16M), OTHER CLOB(16M), OTHER_AUTHOR VARCHAR(128), REPLICA VARCHAR(36), "
                        + "REASON VARCHAR(40), FOUND_AT TIMESTAMP)");
                s.execute("CREATE INDEX SAMVERKA.CONFLICTS_RECORD ON SAMVERKA.CONFLICTS(RECORD_ID, FIELD)");
                s.execute("CREATE TABLE SAMVERKA.USERS (NAME VARCHAR(128) NOT NULL PRIMARY KEY, "
                        + "ROLE VARCHAR(20) NOT NULL, MUNICIPALITY VARCHAR(36), PERSON VARCHAR(36), "
                        + "DISABLED SMALLINT NOT NULL, CREATED_AT TIMESTAMP)");
                s.execute("CREATE TABLE SAMVERKA.SYNC_LOG (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                        + "USER_NAME VARCHAR(128), REPLICA VARCHAR(36), PUSHED INT, SENT INT, CONFLICTS INT, "
                        + "SYNCED_AT TIMESTAMP)");
                s.execute("CREATE SEQUENCE SAMVERKA.CHANGES AS BIGINT START WITH 1");
                s.execute(SYNC_PROCEDURE);
                s.execute("CREATE TABLE SAMVERKA.SCHEMA_VERSION (VERSION INT NOT NULL)");
                s.execute("INSERT INTO SAMVERKA.SCHEMA_VERSION VALUES (1)");
                c.commit();
            }
            reboot = upgrade(c);
        }
        if (reboot) {
            // Authentication and access settings take effect when the database boots again.
            shutdownDatabase(owner);
        }
        try (Connection c = owner.getConnection()) {
            requireLockedDown(c);
        }
    }

    /**
     * Brings a database made by an earlier version up to {@link #VERSION}, one step per version, each one commit;
     * true when a step changed settings that take effect at the next boot.
     */
    private static boolean upgrade(Connection c) throws SQLException {
        c.setAutoCommit(false);
        int version;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(VERSION) FROM SAMVERKA.SCHEMA_VERSION")) {
            rs.next();
            version = rs.getInt(1);
        }
        if (version > VERSION) {
            throw new SQLException("The county database was made by a newer version of Samverka (schema " + version
                    + "; this version knows " + VERSION + ")", "XJ040");
        }
        try (Statement s = c.createStatement()) {
            if (version < 2) {
                // Sync by file: each laptop's key, and the newest file it handed in.
                s.execute("CREATE TABLE SAMVERKA.REPLICAS (REPLICA VARCHAR(36) NOT NULL, "
                        + "USER_NAME VARCHAR(128) NOT NULL, FILE_KEY VARCHAR(64) NOT NULL, LAST_FILE BIGINT NOT NULL, "
                        + "CREATED_AT TIMESTAMP, PRIMARY KEY (REPLICA, USER_NAME))");
                s.execute("UPDATE SAMVERKA.SCHEMA_VERSION SET VERSION = 2");
                c.commit();
            }
            boolean reboot = false;
            if (version < 3) {
                lockDown(c);
                s.execute("UPDATE SAMVERKA.SCHEMA_VERSION SET VERSION = 3");
                c.commit();
                reboot = true;
            }
            if (version < 4) {
                // Model versions: the model each laptop database last spoke (LaptopModel).
                if (!hasTable(c, "REPLICA_MODELS")) {
                    s.execute(LaptopModel.TABLE);
                }
                s.execute("UPDATE SAMVERKA.SCHEMA_VERSION SET VERSION = 4");
                c.commit();
            }
            if (version < Keys.SCHEMA_STEP) {
                // Records found by indexed keys; scopes that follow references; what each laptop reached.
                Keys.addToSchema(c);
                s.execute("UPDATE SAMVERKA.SCHEMA_VERSION SET VERSION = " + Keys.SCHEMA_STEP);
                c.commit();
            }
            if (version < CertificateCodes.SCHEMA_STEP) {
                // Certificates found by their verification code.
                CertificateCodes.addToSchema(c);
                s.execute("UPDATE SAMVERKA.SCHEMA_VERSION SET VERSION = " + CertificateCodes.SCHEMA_STEP);
                c.commit();
            }
            if (version < SupportKeys.SCHEMA_STEP) {
                // Support to municipalities found by round and municipality (model 2).
                SupportKeys.addToSchema(c);
                s.execute("UPDATE SAMVERKA.SCHEMA_VERSION SET VERSION = " + SupportKeys.SCHEMA_STEP);
                c.commit();
            }
            c.setAutoCommit(true);
            return reboot;
        }
    }

    /** A certificate found by its verification code ({@link CertificateCodes#verify}), read as the owner. */
    public static se.samverka.model.certificates.Verification verify(Connection c, String code,
            java.time.LocalDate today) throws SQLException {
        return CertificateCodes.verify(c, code, today);
    }

    /**
     * A user's password gives nothing but the sync: the database authenticates by its own credentials whatever the
     * process's settings; what users made in schemas of their own (earlier versions let them: tables, routines
     * bound to any Java method, ...) is removed; and every account but the owner connects read-only, which refuses
     * all DDL and all changes of data, while calling the sync procedure stays allowed.
     */
    private static void lockDown(Connection c) throws SQLException {
        if (!nativeAuthentication(c)) {
            setProperty(c, "derby.authentication.provider", "NATIVE::LOCAL");
        }
        removeUsersObjects(c);
        // The routine itself only reads on the caller's connection (who is calling); it writes on a connection of
        // the owner's (SyncProcedure), so it can be called from a read-only connection once it says so.
        List<String> users = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT NAME FROM SAMVERKA.USERS")) {
            while (rs.next()) {
                users.add(rs.getString(1));
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP PROCEDURE SAMVERKA.SYNC");
            s.execute(SYNC_PROCEDURE.replace("MODIFIES SQL DATA", "READS SQL DATA"));
            for (String user : users) {
                s.execute("GRANT EXECUTE ON PROCEDURE SAMVERKA.SYNC TO " + quoted(user));
            }
        }
        setProperty(c, "derby.database.fullAccessUsers", ServerConfig.OWNER);
        setProperty(c, "derby.database.defaultConnectionMode", "readOnlyAccess");
        setProperty(c, "derby.database.propertiesOnly", "true");
    }

    /** Refuses to serve a database that is not as {@link #lockDown} leaves it. */
    private static void requireLockedDown(Connection c) throws SQLException {
        if (!nativeAuthentication(c)
                || !"readOnlyAccess".equals(property(c, "derby.database.defaultConnectionMode"))
                || !ServerConfig.OWNER.equals(property(c, "derby.database.fullAccessUsers"))
                || !"true".equals(property(c, "derby.database.propertiesOnly"))
                || !"true".equals(property(c, "derby.database.sqlAuthorization"))) {
            throw new SQLException("The county database is not protected as this version of Samverka requires "
                    + "(authentication " + property(c, "derby.authentication.provider") + ")", "XJ040");
        }
    }

    /** Whether the database authenticates its users by Derby's NATIVE credentials. */
    private static boolean nativeAuthentication(Connection c) throws SQLException {
        String provider = property(c, "derby.authentication.provider");
        return provider != null && provider.toUpperCase(java.util.Locale.ROOT).startsWith("NATIVE");
    }

    /**
     * Drops every object in the schemas that are not the owner's, and those schemas. Objects can depend on each
     * other (a view on a table, a table on a type), so statements that fail are tried again as long as others
     * succeed.
     */
    private static void removeUsersObjects(Connection c) throws SQLException {
        List<String> drops = new ArrayList<>();
        List<String> schemas = new ArrayList<>();
        try (PreparedStatement find = c.prepareStatement("SELECT SCHEMAID, SCHEMANAME FROM SYS.SYSSCHEMAS "
                + "WHERE AUTHORIZATIONID <> ?")) {
            find.setString(1, ServerConfig.OWNER);
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    String schema = quoted(rs.getString(2));
                    addDrops(c, drops, schema, id, "SELECT TRIGGERNAME, 'TRIGGER' FROM SYS.SYSTRIGGERS "
                            + "WHERE SCHEMAID = ?");
                    addDrops(c, drops, schema, id, "SELECT TABLENAME, CASE TABLETYPE WHEN 'V' THEN 'VIEW' "
                            + "ELSE 'TABLE' END FROM SYS.SYSTABLES WHERE SCHEMAID = ? AND TABLETYPE IN ('T', 'V')");
                    addDrops(c, drops, schema, id, "SELECT ALIAS, CASE ALIASTYPE WHEN 'F' THEN 'FUNCTION' "
                            + "WHEN 'P' THEN 'PROCEDURE' WHEN 'S' THEN 'SYNONYM' WHEN 'A' THEN 'TYPE' "
                            + "ELSE 'DERBY AGGREGATE' END FROM SYS.SYSALIASES WHERE SCHEMAID = ?");
                    addDrops(c, drops, schema, id, "SELECT SEQUENCENAME, 'SEQUENCE' FROM SYS.SYSSEQUENCES "
                            + "WHERE SCHEMAID = ?");
                    if (!"APP".equals(rs.getString(2))) {
                        schemas.add("DROP SCHEMA " + schema + " RESTRICT");
                    }
                }
            }
        }
        dropAll(c, drops);
        dropAll(c, schemas);
    }

    /** The kinds of object whose DROP statement Derby wants with RESTRICT. */
    private static final java.util.Set<String> DROPPED_RESTRICT = java.util.Set.of("TYPE", "DERBY AGGREGATE",
            "SEQUENCE");

    private static void addDrops(Connection c, List<String> drops, String schema, String schemaId, String query)
            throws SQLException {
        try (PreparedStatement find = c.prepareStatement(query)) {
            find.setString(1, schemaId);
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString(2);
                    drops.add("DROP " + kind + " " + schema + "." + quoted(rs.getString(1))
                            + (DROPPED_RESTRICT.contains(kind) ? " RESTRICT" : ""));
                }
            }
        }
    }

    private static void dropAll(Connection c, List<String> drops) throws SQLException {
        List<String> left = new ArrayList<>(drops);
        while (!left.isEmpty()) {
            List<String> failed = new ArrayList<>();
            SQLException last = null;
            for (String drop : left) {
                try (Statement s = c.createStatement()) {
                    s.execute(drop);
                } catch (SQLException e) {
                    failed.add(drop);
                    last = e;
                }
            }
            if (failed.size() == left.size()) {
                throw new SQLException("Objects made by users cannot be removed: " + failed, last);
            }
            left = failed;
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String property(Connection c, String name) throws SQLException {
        try (PreparedStatement get = c.prepareStatement(
                "VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY(?)")) {
            get.setString(1, name);
            try (ResultSet rs = get.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void setProperty(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement set = c.prepareStatement("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) {
            set.setString(1, name);
            set.setString(2, value);
            set.execute();
        }
    }

    /** True when the database in {@code folder} is encrypted (Derby notes it in the database's service file). */
    private static boolean encrypted(Path folder) throws SQLException {
        Properties service = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve("service.properties"))) {
            service.load(in);
        } catch (IOException e) {
            throw new SQLException("The county database in " + folder + " cannot be read: " + e.getMessage(),
                    "XJ040", e);
        }
        return "true".equals(service.getProperty("dataEncryption"));
    }

    private static EmbeddedDataSource copy(EmbeddedDataSource owner) {
        EmbeddedDataSource copy = new EmbeddedDataSource();
        copy.setDatabaseName(owner.getDatabaseName());
        copy.setUser(owner.getUser());
        copy.setPassword(owner.getPassword());
        copy.setConnectionAttributes(owner.getConnectionAttributes());
        return copy;
    }

    /** Shuts the database down cleanly (the owner's data source, with the boot password for the next boot). */
    public static void shutdownDatabase(EmbeddedDataSource owner) {
        EmbeddedDataSource shutdown = copy(owner);
        shutdown.setShutdownDatabase("shutdown");
        try (Connection ignored = shutdown.getConnection()) {
            // a clean shutdown is reported as an exception
        } catch (SQLException expected) {
            // 08006
        }
    }

    private static boolean hasTable(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, ServerConfig.OWNER, table, null)) {
            return rs.next();
        }
    }
}
