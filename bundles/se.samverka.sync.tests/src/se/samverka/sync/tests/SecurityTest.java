package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.derby.client.BasicClientDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.model.LocalProject;
import se.samverka.model.sync.Role;
import se.samverka.store.LocalStore;
import se.samverka.sync.SyncClient;
import se.samverka.sync.SyncException;
import se.samverka.sync.protocol.Messages;
import se.samverka.sync.protocol.RecordState;
import se.samverka.sync.protocol.Wire;

/**
 * The server decides what each user may read and change, also for someone who bypasses Samverka with a raw JDBC
 * tool and a coordinator's credentials; wrong passwords, disabled users and connections without TLS are refused.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class SecurityTest {

    private static County county;

    @BeforeAll
    static void startCounty() throws Exception {
        county = County.shared();
    }

    private static Connection asCoordinator() throws SQLException {
        return SyncClient.dataSource(county.settings).getConnection("samordnare", new String(County.PASSWORD));
    }

    @Test
    void aCoordinatorsRawConnectionCannotReadOrChangeTheTables() throws Exception {
        try (Connection raw = asCoordinator(); Statement s = raw.createStatement()) {
            for (String sql : List.of("SELECT * FROM SAMVERKA.RECORDS", "SELECT STATE FROM SAMVERKA.HISTORY",
                    "SELECT * FROM SAMVERKA.USERS", "SELECT * FROM SAMVERKA.CONFLICTS",
                    "UPDATE SAMVERKA.RECORDS SET DELETED = 1",
                    "DELETE FROM SAMVERKA.HISTORY",
                    "INSERT INTO SAMVERKA.USERS(NAME, ROLE, DISABLED) VALUES ('X', 'COUNTY', 0)",
                    "CALL SYSCS_UTIL.SYSCS_CREATE_USER('INKRAKTARE', 'hemligt-123')",
                    "CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE('/tmp')",
                    "GRANT SELECT ON SAMVERKA.RECORDS TO SAMORDNARE",
                    "CREATE TABLE SAMVERKA.EXTRA(X INT)")) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertTrue(refused.getSQLState().startsWith("42") || refused.getSQLState().startsWith("2850")
                        || refused.getSQLState().startsWith("2550"),
                        sql + ": " + refused.getSQLState() + " " + refused.getMessage());
            }
        }
    }

    @Test
    void aCoordinatorCallingTheSyncProcedureDirectlyGetsOnlyTheirScopeAndChangesNothingOutsideIt()
            throws Exception {
        LocalProject foreign = county.data.projects.stream()
                .filter(p -> p.getMunicipality() != county.municipality).findFirst().orElseThrow();
        // The title the county has now: other tests of the shared county may have renamed the project since it was
        // made (ModelVersionsTest renames one on a laptop and syncs it; which project depends on the rows' order).
        String title;
        try (LocalStore laptop = county.laptop("lan1")) {
            county.sync(laptop, "lan1");
            title = laptop.find(LocalProject.class, foreign.getId()).orElseThrow().getTitle();
        }
        Map<String, String> forged = new TreeMap<>(RecordState.of(foreign));
        forged.put("title", "Ändrad av fel kommun");
        Messages.Response response = call(new Messages.Request("rå-jdbc", 0,
                List.of(new Messages.Push("LocalProject", foreign.getId(), 1, forged))));

        assertEquals("REFUSED", response.conflicts().get(0).reason());
        for (Messages.Record record : response.records()) {
            if (record.type().equals("LocalProject") || record.type().equals("Budget")
                    || record.type().equals("MunicipalRecord")) {
                if (record.id().equals(foreign.getId())) {
                    assertEquals(title, record.state().get("title"), "sent back unchanged");
                    continue;
                }
                String municipality = record.type().equals("Budget") ? projectMunicipality(record)
                        : record.state().get("municipality");
                assertEquals(county.municipality.getId(), municipality, record.type() + " " + record.id());
            }
        }
        // The county sees the project unchanged.
        try (LocalStore laptop = county.laptop("lan1")) {
            county.sync(laptop, "lan1");
            assertEquals(title, laptop.find(LocalProject.class, foreign.getId()).orElseThrow().getTitle());
        }
    }

    private static String projectMunicipality(Messages.Record budget) {
        String project = budget.state().get("project");
        return county.data.projects.stream().filter(p -> p.getId().equals(project)).findFirst().orElseThrow()
                .getMunicipality().getId();
    }

    private static Messages.Response call(Messages.Request request) throws SQLException {
        try (Connection raw = asCoordinator();
                CallableStatement call = raw.prepareCall("CALL SAMVERKA.SYNC(?, ?)")) {
            call.setBytes(1, Wire.encode(request));
            call.registerOutParameter(2, Types.BLOB);
            call.execute();
            Blob blob = call.getBlob(2);
            return Wire.decodeResponse(blob.getBytes(1, (int) blob.length()));
        }
    }

    /** No secret of the server can be read by code in its process through the system properties. */
    @Test
    void noSecretOfTheServerIsASystemProperty() {
        for (Map.Entry<Object, Object> property : System.getProperties().entrySet()) {
            String value = String.valueOf(property.getValue());
            for (String secret : List.of(County.OWNER_PASSWORD, County.KEY_PASSWORD, County.BOOT_PASSWORD)) {
                assertFalse(value.contains(secret), property.getKey() + " holds a secret of the server");
            }
            assertFalse(String.valueOf(property.getKey()).startsWith("javax.net.ssl.keyStore"),
                    property.getKey() + " is set");
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThrows(SQLException.class, () -> SyncClient.dataSource(county.settings)
                .getConnection("samordnare", "fel-lösenord").close());
    }

    @Test
    void aDisabledUserIsRefusedAndAResetPasswordEnablesThemAgain() throws Exception {
        county.server.admin().createUser("vikarie", County.PASSWORD, Role.COUNTY, null, null);
        try (LocalStore laptop = county.laptop("vikarie")) {
            county.sync(laptop, "vikarie");
            county.server.admin().disableUser("vikarie");
            SyncException refused = assertThrows(SyncException.class, () -> county.sync(laptop, "vikarie"));
            assertEquals(SyncException.Reason.SIGN_IN, refused.reason());
            assertTrue(county.server.admin().users().contains("VIKARIE COUNTY null null disabled"), county.server.admin().users()
                    .toString());

            char[] fresh = "nytt-lösenord-1".toCharArray();
            county.server.admin().resetPassword("vikarie", fresh);
            new SyncClient(county.settings).sync(laptop, "vikarie", fresh);
            assertThrows(SQLException.class, () -> SyncClient.dataSource(county.settings)
                    .getConnection("vikarie", new String(County.PASSWORD)).close(), "the old password is gone");
        }
    }

    @Test
    void aConnectionWithoutTlsIsRefused() {
        BasicClientDataSource plain = new BasicClientDataSource();
        plain.setServerName(county.settings.host());
        plain.setPortNumber(county.settings.port());
        plain.setDatabaseName(county.settings.database());
        SQLException refused = assertThrows(SQLException.class,
                () -> plain.getConnection("samordnare", new String(County.PASSWORD)).close());
        assertFalse(refused.getMessage().isEmpty());
    }

    /**
     * Runs first, on purpose: booting a second database (the copy) in the server's Derby engine once made the sync
     * procedure run its statements with the caller's rights (refusing every sync) while it relied on definer's
     * rights for its own queries; the tests after this one show that syncs still work.
     */
    @Test
    @org.junit.jupiter.api.Order(0)
    void anOnlineBackupHoldsTheWholeCountyAndOpensAsADatabase() throws Exception {
        java.nio.file.Path backup = county.server.admin().backup();
        org.apache.derby.jdbc.EmbeddedDataSource copy = new org.apache.derby.jdbc.EmbeddedDataSource();
        copy.setDatabaseName(backup.toAbsolutePath().toString());
        copy.setConnectionAttributes("bootPassword=" + County.BOOT_PASSWORD);
        try (Connection c = copy.getConnection("SAMVERKA", County.OWNER_PASSWORD);
                Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM SAMVERKA.RECORDS")) {
            rs.next();
            assertTrue(rs.getInt(1) >= county.data.all().size(), rs.getInt(1) + " records in the backup");
        } finally {
            copy.setShutdownDatabase("shutdown");
            try (Connection ignored = copy.getConnection("SAMVERKA", County.OWNER_PASSWORD)) {
                // shut down
            } catch (SQLException expected) {
                // 08006
            }
        }
    }
}
