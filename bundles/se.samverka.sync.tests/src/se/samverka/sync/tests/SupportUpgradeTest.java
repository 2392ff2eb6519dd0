package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

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

        Path folder = LaptopFixture.unzip(county);
        ChildProcess server = countyServer.start(1, false);
        try (LocalStore laptop = County.stores().open(folder, LaptopFixture.PASSWORD, LaptopFixture.USER)) {
            assertEquals(18, laptop.sync().unsentChanges(), "the unsent changes of the old laptop are kept");
            assertEquals(List.of(), laptop.findAll(MunicipalSupport.class), "its new table is there and empty");

            countyServer.client.sync(laptop, "lan", ChildServer.PASSWORD);
            assertEquals(0, laptop.sync().unsentChanges(), "its changes went up");
            assertEquals(List.of(), laptop.sync().conflicts());
            assertEquals(supports, laptop.findAll(MunicipalSupport.class).size(), "the county's support came down");
            assertEquals(2, laptop.findAll(SupportRound.class).size());
            assertTrue(laptop.find(Meeting.class, LaptopFixture.MEETING).isPresent(), "its own records stay");

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
}
