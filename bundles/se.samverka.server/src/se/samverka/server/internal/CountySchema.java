package se.samverka.server.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.apache.derby.jdbc.EmbeddedDataSource;

import se.samverka.server.ServerConfig;

/**
 * The county database's schema, owned by {@link ServerConfig#OWNER}. Records are kept as their sync state (the
 * same form the laptops send) with the columns that decide who may see them; every version of a record is kept in
 * HISTORY, the base of the three-way merge. Users get no rights to these tables: only EXECUTE on SAMVERKA.SYNC.
 */
public final class CountySchema {

    /** Raised when a change of this schema needs a step for existing databases (see {@link #upgrade}). */
    public static final int VERSION = 2;

    private CountySchema() {
    }

    public static void createOrUpgrade(EmbeddedDataSource owner) throws SQLException {
        EmbeddedDataSource create = new EmbeddedDataSource();
        create.setDatabaseName(owner.getDatabaseName());
        create.setUser(owner.getUser());
        create.setPassword(owner.getPassword());
        create.setCreateDatabase("create");
        boolean made;
        try (Connection c = create.getConnection()) {
            made = c.getWarnings() == null && !hasTable(c, "SCHEMA_VERSION");
            if (made) {
                try (Statement s = c.createStatement()) {
                    // With NATIVE authentication, making the credentials database stores its owner's credentials;
                    // elsewhere the owner's are stored first.
                    try (ResultSet rs = s.executeQuery("SELECT 1 FROM SYS.SYSUSERS WHERE USERNAME = '"
                            + ServerConfig.OWNER + "'")) {
                        if (!rs.next()) {
                            s.execute("CALL SYSCS_UTIL.SYSCS_CREATE_USER('" + ServerConfig.OWNER + "', '"
                                    + owner.getPassword().replace("'", "''") + "')");
                        }
                    }
                    s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.sqlAuthorization', "
                            + "'true')");
                    s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY("
                            + "'derby.database.propertiesOnly', 'false')");
                }
            }
        }
        if (made) {
            // SQL authorization takes effect when the database boots again.
            EmbeddedDataSource shutdown = new EmbeddedDataSource();
            shutdown.setDatabaseName(owner.getDatabaseName());
            shutdown.setUser(owner.getUser());
            shutdown.setPassword(owner.getPassword());
            shutdown.setShutdownDatabase("shutdown");
            try (Connection ignored = shutdown.getConnection()) {
                // a clean shutdown is reported as an exception
            } catch (SQLException expected) {
                // 08006
            }
        }
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
                s.execute("CREATE PROCEDURE SAMVERKA.SYNC(IN REQUEST BLOB(64M), OUT RESPONSE BLOB(64M)) "
                        + "LANGUAGE JAVA PARAMETER STYLE JAVA MODIFIES SQL DATA "
                        + "EXTERNAL NAME 'se.samverka.server.internal.SyncProcedure.sync' "
                        + "EXTERNAL SECURITY DEFINER");
                s.execute("CREATE TABLE SAMVERKA.SCHEMA_VERSION (VERSION INT NOT NULL)");
                s.execute("INSERT INTO SAMVERKA.SCHEMA_VERSION VALUES (1)");
                c.commit();
            }
            upgrade(c);
        }
    }

    /** Brings a database made by an earlier version up to {@link #VERSION}, one step per version, each one commit. */
    private static void upgrade(Connection c) throws SQLException {
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
        }
        c.setAutoCommit(true);
    }

    private static boolean hasTable(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, ServerConfig.OWNER, table, null)) {
            return rs.next();
        }
    }
}
