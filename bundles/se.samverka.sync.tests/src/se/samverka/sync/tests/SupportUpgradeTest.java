package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.inventory.SupportService;
import se.samverka.inventory.internal.support.SupportServiceComponent;
import se.samverka.model.Meeting;
import se.samverka.model.MunicipalSupport;
import se.samverka.model.SupportRound;
import se.samverka.model.SupportStatus;
import se.samverka.server.ServerConfig;
import se.samverka.store.LocalStore;

/**
 * Model 2 (support to municipalities) meets databases made before it, with the product's own server process: a
 * county database of schema version 6 takes step 7 when the server starts (the support found by round and
 * municipality, filled from the supports it holds), and a laptop database made by the release d062c44 (model 1,
 * no support tables; the store tests' fixture) upgrades when it is opened, keeps its records and unsent changes,
 * then syncs: its changes go up, the county's support comes down, and an application made on it goes up too.
 */
class SupportUpgradeTest {

    /** The store tests' laptop database of release d062c44 (see its fixtures/README.md), kept as it was made. */
    private static final Path FIXTURE = Path.of("../se.samverka.store.tests/fixtures/laptop-d062c44.zip");
    private static final char[] FIXTURE_PASSWORD = "fixture-lösenord-1".toCharArray();
    private static final String FIXTURE_MEETING = "cba6f819-5f67-4f9b-bb6d-b9cae55d4d66";

    private static County county;

    @BeforeAll
    static void startCounty() throws Exception {
        county = County.shared();
    }

    @Test
    void aStep6CountyDatabaseAndAModel1LaptopUpgradeAndSyncSupport() throws Exception {
        ChildServer countyServer = new ChildServer(county, "support-upgrade");
        countyServer.start(0, true).kill();
        // Schema version 6 is version 7 without the support keys.
        asOwner(countyServer, "DROP TABLE SAMVERKA.SUPPORT_KEYS", "UPDATE SAMVERKA.SCHEMA_VERSION SET VERSION = 6");
        int supports = Integer.parseInt(asOwner(countyServer,
                "SELECT COUNT(*) FROM SAMVERKA.RECORDS WHERE TYPE = 'MunicipalSupport' AND DELETED = 0"));
        assertEquals(8, supports, "the demo county's 2020 round: four municipalities in each of two rounds");

        Path folder = unzipFixture();
        ChildProcess server = countyServer.start(1, false);
        try (LocalStore laptop = County.stores().open(folder, FIXTURE_PASSWORD, "anna")) {
            assertEquals(18, laptop.sync().unsentChanges(), "the unsent changes of the old laptop are kept");
            assertEquals(List.of(), laptop.findAll(MunicipalSupport.class), "its new table is there and empty");

            countyServer.client.sync(laptop, "lan", ChildServer.PASSWORD);
            assertEquals(0, laptop.sync().unsentChanges(), "its changes went up");
            assertEquals(List.of(), laptop.sync().conflicts());
            assertEquals(supports, laptop.findAll(MunicipalSupport.class).size(), "the county's support came down");
            assertEquals(2, laptop.findAll(SupportRound.class).size());
            assertTrue(laptop.find(Meeting.class, FIXTURE_MEETING).isPresent(), "its own records stay");

            SupportService service = new SupportServiceComponent(laptop);
            MunicipalSupport tierp = laptop.findAll(MunicipalSupport.class).stream()
                    .filter(s -> s.getMunicipality().getName().equals("Tierps kommun")).findFirst().orElseThrow();
            service.apply(tierp.getId(), LocalDate.of(2020, 5, 4), new BigDecimal("120000"));
            countyServer.client.sync(laptop, "lan", ChildServer.PASSWORD);
            assertEquals(0, laptop.sync().unsentChanges());
            assertEquals(List.of(), laptop.sync().conflicts());
        } finally {
            server.kill();
        }
        assertEquals("7", asOwner(countyServer, "SELECT MAX(VERSION) FROM SAMVERKA.SCHEMA_VERSION"));
        assertEquals(String.valueOf(supports), asOwner(countyServer, "SELECT COUNT(*) FROM SAMVERKA.SUPPORT_KEYS"),
                "step 7 found every support by its round and municipality");
        assertEquals("1", asOwner(countyServer, "SELECT COUNT(*) FROM SAMVERKA.RECORDS R JOIN SAMVERKA.SUPPORT_KEYS K "
                + "ON K.ID = R.ID WHERE R.TYPE = 'MunicipalSupport' AND R.VERSION = 2"),
                "the application made on the upgraded laptop is on the server");
    }

    private static String asOwner(ChildServer server, String... statements) throws Exception {
        return ChildServer.offline(server.databaseUrl(), ServerConfig.OWNER, County.OWNER_PASSWORD, statements);
    }

    private static Path unzipFixture() throws IOException {
        assertTrue(Files.isRegularFile(FIXTURE), FIXTURE.toAbsolutePath() + " (the store tests' fixture)");
        Path folder = county.folder().resolve("laptop-d062c44-" + UUID.randomUUID());
        try (InputStream file = Files.newInputStream(FIXTURE); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(folder), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        return folder;
    }
}
