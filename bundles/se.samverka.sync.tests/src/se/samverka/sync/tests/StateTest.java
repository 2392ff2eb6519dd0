package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import se.samverka.demo.CountyData;
import se.samverka.demo.DemoCounty;
import se.samverka.model.SyncedObject;
import se.samverka.store.LocalStore;
import se.samverka.sync.protocol.RecordState;

/**
 * A record's sync state is the same whether it was made in memory (the demo county, an import) or read back from
 * a laptop's database: otherwise every record a laptop sends would look changed to the server.
 */
class StateTest {

    @Test
    void everyRecordHasTheSameStateInMemoryAndReadBackFromALaptop() throws Exception {
        County county = County.shared();
        try (LocalStore laptop = county.laptop("lan1")) {
            CountyData made = DemoCounty.generate(County.TODAY);
            laptop.saveAll(made.all());
            List<String> differences = new ArrayList<>();
            for (SyncedObject record : made.all()) {
                @SuppressWarnings("unchecked")
                Class<SyncedObject> type = (Class<SyncedObject>) record.eClass().getInstanceClass();
                SyncedObject stored = laptop.find(type, record.getId()).orElseThrow();
                Map<String, String> expected = RecordState.of(record);
                Map<String, String> actual = RecordState.of(stored);
                if (!expected.equals(actual)) {
                    Map<String, String> diff = new TreeMap<>();
                    expected.forEach((k, v) -> {
                        if (!v.equals(actual.get(k))) {
                            diff.put(k, v + " ≠ " + actual.get(k));
                        }
                    });
                    actual.keySet().stream().filter(k -> !expected.containsKey(k))
                            .forEach(k -> diff.put(k, "(none) ≠ " + actual.get(k)));
                    differences.add(record.eClass().getName() + " " + diff);
                }
            }
            assertEquals(List.of(), differences.subList(0, Math.min(8, differences.size())),
                    differences.size() + " records differ");
        }
    }
}
