package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.derby.client.BasicClientDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.model.LocalProject;
import se.samverka.server.ServerConfig;
import se.samverka.store.LocalStore;

/**
 * What a user's password gives on the county server, tried as an attacker would with the server's own network
 * client: nothing but the sync. Each demo user (county, coordinator, trainer) tries every kind of DDL, the system
 * procedures and tables a user might try, direct reads and writes of every table, a routine bound to
 * {@code System.exit}, and connections that make, boot or shut down databases; everything is refused and the
 * server still syncs afterwards. The server is the product, started by its own command line in a process of its own
 * ({@link ChildServer}), so that it runs exactly as it does for a county.
 */
class ServerLockdownTest {

    /** What Derby answers when it refuses: read-only connection, no permission, owner only, not authenticated. */
    private static final Set<String> REFUSALS = Set.of("25502", "25503", "42500", "42502", "42504", "4251D",
            "08004");

    private static final List<String> USERS = List.of("lan", "samordnare", "utbildare");

    private static County county;
    private static ChildServer countyServer;
    private static ChildProcess server;

    @BeforeAll
    static void startServer() throws Exception {
        county = County.shared();
        countyServer = new ChildServer(county, "lockdown");
        server = countyServer.start(0, true);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.kill();
        }
    }

    private static BasicClientDataSource network() {
        return countyServer.dataSource();
    }

    /** Every statement a user's password might run: none may do anything. */
    private static List<String> attempts(String user) throws SQLException {
        String own = user.toUpperCase(java.util.Locale.ROOT);
        List<String> attempts = new ArrayList<>(List.of(
                // Every kind of DDL, in the user's own schema, in the owner's and in a new one.
                "CREATE TABLE T1(X INT)", "CREATE TABLE " + own + ".T2(X INT)", "CREATE TABLE SAMVERKA.T3(X INT)",
                "CREATE VIEW V1 AS SELECT TABLENAME FROM SYS.SYSTABLES", "CREATE SCHEMA " + own,
                "CREATE SCHEMA ANNAN", "CREATE SEQUENCE S1", "CREATE SYNONYM SYN1 FOR SAMVERKA.RECORDS",
                "CREATE ROLE R1", "CREATE TYPE TY1 EXTERNAL NAME 'java.util.ArrayList' LANGUAGE JAVA",
                "CREATE DERBY AGGREGATE AG1 FOR INT EXTERNAL NAME 'java.lang.Object'",
                "CREATE FUNCTION GETPROP(N VARCHAR(200)) RETURNS VARCHAR(2000) PARAMETER STYLE JAVA NO SQL "
                        + "LANGUAGE JAVA EXTERNAL NAME 'java.lang.System.getProperty'",
                "CREATE PROCEDURE SETPROP(IN N VARCHAR(200), IN V VARCHAR(200)) PARAMETER STYLE JAVA NO SQL "
                        + "LANGUAGE JAVA EXTERNAL NAME 'java.lang.System.setProperty'",
                "CREATE PROCEDURE BYE(IN C INT) PARAMETER STYLE JAVA NO SQL LANGUAGE JAVA "
                        + "EXTERNAL NAME 'java.lang.System.exit'",
                "CREATE FUNCTION XV(F VARCHAR(200), R VARCHAR(200), C VARCHAR(200) ...) RETURNS TABLE "
                        + "(A VARCHAR(200)) LANGUAGE JAVA PARAMETER STYLE DERBY_JDBC_RESULT_SET READS SQL DATA "
                        + "EXTERNAL NAME 'org.apache.derby.vti.XmlVTI.xmlVTI'",
                "CREATE TRIGGER TR1 AFTER INSERT ON SAMVERKA.RECORDS FOR EACH ROW VALUES 1",
                "CREATE INDEX I1 ON SAMVERKA.RECORDS(TYPE)",
                "ALTER TABLE SAMVERKA.RECORDS ADD COLUMN X INT", "DROP TABLE SAMVERKA.RECORDS",
                "DROP PROCEDURE SAMVERKA.SYNC", "RENAME TABLE SAMVERKA.USERS TO U2",
                "GRANT SELECT ON SAMVERKA.RECORDS TO PUBLIC", "GRANT EXECUTE ON PROCEDURE SAMVERKA.SYNC TO PUBLIC",
                "DECLARE GLOBAL TEMPORARY TABLE TT(X INT) NOT LOGGED",
                // System procedures: import and export, backup, properties, users, jars, statistics, tools.
                "CALL SYSCS_UTIL.SYSCS_EXPORT_TABLE('SAMVERKA','RECORDS','/tmp/samverka-export.csv',null,null,null)",
                "CALL SYSCS_UTIL.SYSCS_EXPORT_QUERY('SELECT * FROM SAMVERKA.USERS','/tmp/samverka-q.csv',null,"
                        + "null,null)",
                "CALL SYSCS_UTIL.SYSCS_IMPORT_TABLE('SAMVERKA','USERS','/etc/hostname',null,null,null,0)",
                "CALL SYSCS_UTIL.SYSCS_IMPORT_DATA_LOBS_FROM_EXTFILE(null,'USERS',null,null,'/etc/hostname',null,"
                        + "null,null,0)",
                "CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE('/tmp/samverka-backup')",
                "CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE_NOWAIT('/tmp/samverka-backup')",
                "CALL SYSCS_UTIL.SYSCS_FREEZE_DATABASE()", "CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()",
                "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.defaultConnectionMode','fullAccess')",
                "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.sqlAuthorization','false')",
                "VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('derby.database.fullAccessUsers')",
                "CALL SYSCS_UTIL.SYSCS_SET_USER_ACCESS('" + own + "','FULLACCESS')",
                "CALL SYSCS_UTIL.SYSCS_CREATE_USER('INKRAKTARE','hemligt-123')",
                "CALL SYSCS_UTIL.SYSCS_RESET_PASSWORD('SAMVERKA','hemligt-123')",
                "CALL SYSCS_UTIL.SYSCS_DROP_USER('SAMVERKA')", "CALL SYSCS_UTIL.SYSCS_MODIFY_PASSWORD('hemligt-123')",
                "CALL SQLJ.INSTALL_JAR('file:/etc/hostname','APP.J',0)",
                "CALL SQLJ.REPLACE_JAR('file:/etc/hostname','APP.J')",
                "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.classpath','APP.J')",
                "CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('SAMVERKA','RECORDS',null)",
                "CALL SYSCS_UTIL.SYSCS_DROP_STATISTICS('SAMVERKA','RECORDS',null)",
                "CALL SYSCS_UTIL.SYSCS_COMPRESS_TABLE('SAMVERKA','RECORDS',1)",
                "CALL SYSCS_UTIL.SYSCS_INPLACE_COMPRESS_TABLE('SAMVERKA','RECORDS',1,1,1)",
                "VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE('SAMVERKA','RECORDS')",
                "CALL SYSCS_UTIL.SYSCS_SET_XPLAIN_SCHEMA('XPL')", "CALL SYSCS_UTIL.SYSCS_EMPTY_STATEMENT_CACHE()",
                "CALL SYSCS_UTIL.SYSCS_INVALIDATE_STORED_STATEMENTS()",
                "CALL SYSCS_UTIL.SYSCS_REGISTER_TOOL('luceneSupport',true)",
                "CALL SYSCS_UTIL.SYSCS_REGISTER_TOOL('databaseMetaData',true)",
                "CALL SYSCS_UTIL.SYSCS_DISABLE_LOG_ARCHIVE_MODE(0)",
                // Diagnostic tables that show other sessions' statements or the server's log.
                "SELECT * FROM SYSCS_DIAG.STATEMENT_CACHE", "SELECT * FROM SYSCS_DIAG.TRANSACTION_TABLE",
                "SELECT * FROM TABLE(SYSCS_DIAG.ERROR_LOG_READER()) X",
                "SELECT * FROM TABLE(SYSCS_DIAG.STATEMENT_DURATION()) X", "SELECT * FROM SYS.SYSUSERS"));
        // Direct reads and writes of every table of the county database.
        try (Connection owner = network().getConnection(ServerConfig.OWNER, County.OWNER_PASSWORD);
                Statement s = owner.createStatement();
                ResultSet rs = s.executeQuery("SELECT T.TABLENAME, (SELECT MIN(C.COLUMNNAME) FROM SYS.SYSCOLUMNS C "
                        + "WHERE C.REFERENCEID = T.TABLEID) FROM SYS.SYSTABLES T JOIN SYS.SYSSCHEMAS S "
                        + "ON S.SCHEMAID = T.SCHEMAID WHERE S.SCHEMANAME = 'SAMVERKA' AND T.TABLETYPE = 'T'")) {
            int tables = 0;
            while (rs.next()) {
                String table = "SAMVERKA." + rs.getString(1);
                String column = rs.getString(2);
                attempts.addAll(List.of("SELECT * FROM " + table, "SELECT COUNT(*) FROM " + table,
                        "DELETE FROM " + table, "UPDATE " + table + " SET " + column + " = " + column,
                        "INSERT INTO " + table + " (" + column + ") SELECT " + column + " FROM " + table,
                        "LOCK TABLE " + table
                                + " IN EXCLUSIVE MODE"));
                tables++;
            }
            assertTrue(tables >= 7, tables + " tables");
        }
        return attempts;
    }

    @Test
    void noUserCanCreateAnythingRunJavaReachATableOrStopTheServer() throws Exception {
        Map<String, List<String>> notRefused = new java.util.TreeMap<>();
        for (String user : USERS) {
            List<String> ran = new ArrayList<>();
            try (Connection raw = network().getConnection(user, new String(ChildServer.PASSWORD))) {
                for (String sql : attempts(user)) {
                    try (Statement s = raw.createStatement()) {
                        s.execute(sql);
                        ran.add(sql);
                    } catch (SQLException e) {
                        if (!REFUSALS.contains(e.getSQLState())) {
                            ran.add(sql + " -> " + e.getSQLState() + " " + e.getMessage());
                        }
                    }
                }
                // The routine bound to System.exit was never made: calling it stops nothing.
                try (Statement s = raw.createStatement()) {
                    s.execute("CALL BYE(0)");
                    ran.add("CALL BYE(0)");
                } catch (SQLException e) {
                    if (!Set.of("42Y03", "42Y07").contains(e.getSQLState())) {
                        ran.add("CALL BYE(0) -> " + e.getSQLState() + " " + e.getMessage());
                    }
                }
            }
            if (!ran.isEmpty()) {
                notRefused.put(user, ran);
            }
            assertTrue(server.alive(), "the server still runs after " + user);
            try (Connection again = network().getConnection(user, new String(ChildServer.PASSWORD));
                    Statement s = again.createStatement(); ResultSet rs = s.executeQuery("VALUES 1")) {
                assertTrue(rs.next(), "the server still answers " + user);
            }
        }
        assertEquals(Map.of(), notRefused, "statements not refused");
        // And the users whose laptops hold a part of the county still sync it.
        for (String user : List.of("samordnare", "utbildare")) {
            try (LocalStore laptop = County.stores().open(countyServer.work.resolve("laptop-" + user),
                    County.PASSWORD, user)) {
                countyServer.client.sync(laptop, user, ChildServer.PASSWORD);
                assertFalse(laptop.findAll(se.samverka.model.Person.class).isEmpty(), user + " synced");
            }
        }
    }

    @Test
    void noUserCanMakeBootOrShutDownADatabase() throws Exception {
        Path elsewhere = countyServer.work.resolve("made-by-a-user");
        Map<String, String> urls = Map.of("evil", "create=true", "memory:evil", "create=true",
                elsewhere.toString(), "create=true", "", "shutdown=true", ServerConfig.DATABASE, "shutdown=true");
        for (String user : USERS) {
            for (Map.Entry<String, String> url : urls.entrySet()) {
                BasicClientDataSource source = network();
                source.setDatabaseName(url.getKey());
                source.setConnectionAttributes(url.getValue());
                try (Connection made = source.getConnection(user, new String(ChildServer.PASSWORD))) {
                    throw new AssertionError(user + " connected to " + url);
                } catch (SQLException refused) {
                    assertFalse(refused.getSQLState().startsWith("XJ015"), "the engine was shut down by " + user);
                }
            }
            try (Connection again = network().getConnection(user, new String(ChildServer.PASSWORD));
                    Statement s = again.createStatement(); ResultSet rs = s.executeQuery("VALUES 1")) {
                assertTrue(rs.next(), "the county database still answers after " + user);
            }
        }
        assertFalse(Files.exists(elsewhere), "no database was made");
        assertFalse(Files.exists(countyServer.folder.resolve("evil")), "no database was made");
    }

    /**
     * The county database and its backups hold no plaintext personal data: none of the demo county's names is in
     * their files, neither as text nor inside the compressed record states (which {@link DemoNames} opens).
     */
    @Test
    void theCountyDatabaseAndItsBackupsHoldNoNames() throws Exception {
        ChildProcess backup = countyServer.command("lockdown-backup", "backup");
        assertEquals(0, backup.waitFor(120_000), backup.output());
        Path copy = Path.of(backup.await("Säkerhetskopia: ", 1_000).substring("Säkerhetskopia: ".length()));
        Set<String> names = DemoNames.of(county.data);
        assertTrue(names.size() > 50, names.size() + " names");
        assertEquals(new TreeSet<>(), DemoNames.foundIn(countyServer.folder.resolve(ServerConfig.DATABASE), names));
        assertEquals(new TreeSet<>(), DemoNames.foundIn(copy, names));
    }

    /**
     * A county database as the previous release left it (unencrypted, users with full access who could make
     * objects of their own, one of them a function bound to {@code System.getProperty}) is encrypted and locked
     * down when the new server starts on it: the user's function is gone, the user can make nothing more, syncs work,
     * and the files no longer hold names they held before.
     */
    @Test
    void aServerOfTheEarlierVersionIsEncryptedAndLockedDownWhenItStarts() throws Exception {
        ChildServer old = new ChildServer(county, "earlier-version");
        old.start(0, true).kill();
        Path database = old.folder.resolve(ServerConfig.DATABASE);
        String url = "jdbc:derby:" + database.toAbsolutePath();
        ChildServer.offline(old.databaseUrl(), ServerConfig.OWNER, County.OWNER_PASSWORD, ChildServer.BEFORE_KEYS);
        ChildServer.offline(old.databaseUrl() + ";decryptDatabase=true", ServerConfig.OWNER,
                County.OWNER_PASSWORD,
                "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.defaultConnectionMode', 'fullAccess')",
                "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.fullAccessUsers', NULL)",
                "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.propertiesOnly', 'false')",
                "UPDATE SAMVERKA.SCHEMA_VERSION SET VERSION = 2");
        ChildServer.offline(url, "SAMORDNARE", new String(ChildServer.PASSWORD),
                "CREATE FUNCTION GETPROP(N VARCHAR(200)) RETURNS VARCHAR(2000) PARAMETER STYLE JAVA NO SQL "
                        + "LANGUAGE JAVA EXTERNAL NAME 'java.lang.System.getProperty'",
                "CREATE TABLE LOOT(X VARCHAR(100))", "CREATE VIEW LOOT_VIEW AS SELECT X FROM LOOT");
        assertEquals("java.home", ChildServer.offline(url, "SAMORDNARE", new String(ChildServer.PASSWORD),
                "VALUES CASE WHEN SAMORDNARE.GETPROP('java.home') IS NULL THEN 'none' ELSE 'java.home' END"),
                "the earlier version let a user run Java");
        Set<String> names = DemoNames.of(county.data);
        assertFalse(DemoNames.foundIn(database, names).isEmpty(), "the unencrypted database shows names");

        ChildProcess upgraded = old.start(1, false);
        try (Connection raw = old.dataSource().getConnection("samordnare", new String(ChildServer.PASSWORD));
                Statement s = raw.createStatement()) {
            for (String sql : List.of("VALUES SAMORDNARE.GETPROP('java.home')", "SELECT * FROM SAMORDNARE.LOOT",
                    "CREATE TABLE LOOT2(X INT)")) {
                SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                        () -> s.execute(sql), sql);
                assertTrue(Set.of("42Y03", "42Y07", "42X05", "25503").contains(refused.getSQLState()),
                        sql + ": " + refused.getSQLState() + " " + refused.getMessage());
            }
            try (LocalStore laptop = County.stores().open(old.work.resolve("laptop"), County.PASSWORD,
                    "samordnare")) {
                old.client.sync(laptop, "samordnare", ChildServer.PASSWORD);
                assertFalse(laptop.findAll(LocalProject.class).isEmpty());
            }
        } finally {
            upgraded.kill();
        }
        assertEquals(new TreeSet<>(), DemoNames.foundIn(database, names), "names left in the encrypted database");
        assertTrue(Files.readString(database.resolve("service.properties")).contains("dataEncryption=true"));
    }
}
