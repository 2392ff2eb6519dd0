package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverka.model.SyncedObject;
import se.samverka.store.LocalStore;
import se.samverka.store.SeedData;
import se.samverka.sync.SyncReport;

/**
 * The README's demo flow: the county server started with the demo county ({@code samverka-server start --demo}, the
 * product's command line in a JVM of its own, as {@code ./samverka server} runs it) and a laptop whose new database
 * was filled with the demo county as the client fills it at its first start with {@code -demo}. Nobody has edited
 * anything, so the laptop's first sync, which pushes all its records to a server that already has them, finds no
 * conflict. Two JVMs each generate the demo county, so the data must not depend on anything but the date.
 */
class DemoFlowTest {

    @Test
    void aLaptopStartedOnTheDemoCountySyncsWithTheDemoServerWithoutAConflict() throws Exception {
        ChildServer countyServer = new ChildServer(County.shared(), "demo-flow");
        LocalDate today = LocalDate.now();
        try (ChildProcess server = countyServer.start(0, true);
                LocalStore laptop = County.stores().open(countyServer.work.resolve("laptop"), County.PASSWORD,
                        "lan");
                LocalStore fresh = County.stores().open(countyServer.work.resolve("fresh-laptop"),
                        County.PASSWORD, "lan")) {
            assumeTrue(today.equals(LocalDate.now()), "the date changed while the server loaded the demo county");
            // As the client at its first start with -demo: the demo bundle's seed service, today's date.
            List<SyncedObject> demo = County.service(SeedData.class).records(today);
            laptop.saveAll(demo);

            SyncReport report = countyServer.client.sync(laptop, "lan", ChildServer.PASSWORD);
            System.out.println("First sync of a laptop started on the demo county: " + report);
            assertEquals(demo.size(), report.pushed(), "the laptop pushed its demo county");
            assertEquals(List.of(), laptop.sync().conflicts(), "conflicts");
            assertEquals(0, report.conflicts());
            assertEquals(0, laptop.sync().unsentChanges());

            // The server held the same records: a new laptop receives from it exactly what the demo laptop holds.
            countyServer.client.sync(fresh, "lan", ChildServer.PASSWORD);
            Map<String, Map<String, String>> received = withoutBookkeeping(County.snapshot(fresh));
            Map<String, Map<String, String>> own = withoutBookkeeping(County.snapshot(laptop));
            assertEquals(demo.size(), own.size());
            assertEquals(own.size(), received.size(), "records received from the server");
            assertEquals(List.of(), own.keySet().stream().filter(id -> !own.get(id).equals(received.get(id)))
                    .limit(5).toList(), "records that differ between the server's demo county and the laptop's");
        }
    }

    /** The states without who saved a record and when (each database saved its demo county itself). */
    private static Map<String, Map<String, String>> withoutBookkeeping(Map<String, Map<String, String>> states) {
        states.values().forEach(state -> state.keySet().removeAll(List.of("modifiedAt", "modifiedBy")));
        return states;
    }
}
