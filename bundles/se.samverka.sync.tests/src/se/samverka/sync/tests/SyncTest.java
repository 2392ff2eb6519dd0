package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.model.Enrolment;
import se.samverka.model.LocalProject;
import se.samverka.model.Person;
import se.samverka.store.LocalStore;
import se.samverka.store.SyncPort;
import se.samverka.sync.SyncReport;

/** Laptops sync with a real county server on loopback: first sync, merges, conflicts, deletes, scope. */
class SyncTest {

    private static County county;

    @BeforeAll
    static void startCounty() throws Exception {
        county = new County("sync");
    }

    @AfterAll
    static void stopCounty() {
        county.close();
    }

    @Test
    void firstSyncOfACountyLaptopLoadsTheWholeCounty() throws Exception {
        try (LocalStore laptop = county.laptop("lan1")) {
            SyncReport report = county.sync(laptop, "lan1");
            assertEquals(county.data.all().size(), report.received());
            assertEquals(county.data.projects.size(), laptop.findAll(LocalProject.class).size());
            assertEquals(county.data.enrolments.size(), laptop.findAll(Enrolment.class).size());
            assertEquals(0, laptop.sync().unsentChanges(), "what came from the server is not sent back");
            SyncReport again = county.sync(laptop, "lan1");
            assertEquals(0, again.received(), "nothing changed since");
        }
    }

    @Test
    void aCoordinatorReceivesTheirMunicipalityAndNoOtherMunicipalitysPersonalData() throws Exception {
        try (LocalStore laptop = county.laptop("samordnare")) {
            county.sync(laptop, "samordnare");
            List<LocalProject> projects = laptop.findAll(LocalProject.class);
            long expected = county.data.projects.stream()
                    .filter(p -> p.getMunicipality() == county.municipality).count();
            assertTrue(expected > 0);
            assertEquals(expected, projects.size());
            assertTrue(projects.stream().allMatch(p -> p.getMunicipality().getId().equals(county.municipality.getId())));
            for (Enrolment enrolment : laptop.findAll(Enrolment.class)) {
                assertEquals(county.municipality.getId(), enrolment.getPerson().getMunicipality().getId(),
                        "an enrolment of another municipality's person");
            }
            Set<String> otherPeople = county.data.people.stream()
                    .filter(p -> p.getMunicipality() == county.otherMunicipality).map(Person::getId)
                    .collect(Collectors.toSet());
            long received = laptop.findAll(Person.class).stream().filter(p -> otherPeople.contains(p.getId()))
                    .count();
            assertTrue(received < otherPeople.size() / 2,
                    "only people referred to by shared records arrive: " + received + " of " + otherPeople.size());
        }
    }

    @Test
    void editsOfDifferentFieldsOnTwoLaptopsMerge() throws Exception {
        try (LocalStore a = county.laptop("lan1"); LocalStore b = county.laptop("lan2")) {
            county.sync(a, "lan1");
            county.sync(b, "lan2");
            String id = county.data.projects.get(3).getId();
            LocalProject onA = a.find(LocalProject.class, id).orElseThrow();
            onA.setTitle("Trygg i centrum (A)");
            a.save(onA);
            LocalProject onB = b.find(LocalProject.class, id).orElseThrow();
            onB.setPartners("Polisen, Fastighetsägarna (B)");
            b.save(onB);
            county.sync(a, "lan1");
            county.sync(b, "lan2");
            county.sync(a, "lan1");
            for (LocalStore laptop : List.of(a, b)) {
                LocalProject merged = laptop.find(LocalProject.class, id).orElseThrow();
                assertEquals("Trygg i centrum (A)", merged.getTitle());
                assertEquals("Polisen, Fastighetsägarna (B)", merged.getPartners());
                assertEquals(0, laptop.sync().unsentChanges());
            }
            assertTrue(a.sync().conflicts().isEmpty());
            assertTrue(b.sync().conflicts().isEmpty());
        }
    }

    @Test
    void twoEditsOfOneTextKeepBothVersionsInAConflict() throws Exception {
        try (LocalStore a = county.laptop("lan1"); LocalStore b = county.laptop("lan2")) {
            county.sync(a, "lan1");
            county.sync(b, "lan2");
            String id = county.data.projects.get(5).getId();
            LocalProject onA = a.find(LocalProject.class, id).orElseThrow();
            onA.setDescription("Beskrivning skriven på A");
            a.save(onA);
            LocalProject onB = b.find(LocalProject.class, id).orElseThrow();
            onB.setDescription("Beskrivning skriven på B");
            b.save(onB);
            county.sync(a, "lan1");
            SyncReport second = county.sync(b, "lan2");
            assertEquals(1, second.conflicts());
            SyncPort.Conflict conflict = b.sync().conflicts().get(0);
            assertEquals(id, conflict.recordId());
            assertEquals("description", conflict.field());
            assertEquals("Beskrivning skriven på A", conflict.kept());
            assertEquals("Beskrivning skriven på B", conflict.other());
            assertEquals("BOTH_EDITED", conflict.reason());
            assertEquals("Beskrivning skriven på A", b.find(LocalProject.class, id).orElseThrow().getDescription());

            // Resolving: the person picks B's text, which is saved and synced as an ordinary edit.
            LocalProject chosen = b.find(LocalProject.class, id).orElseThrow();
            chosen.setDescription(conflict.other());
            b.save(chosen);
            b.sync().resolve(conflict.id());
            county.sync(b, "lan2");
            county.sync(a, "lan1");
            assertEquals("Beskrivning skriven på B", a.find(LocalProject.class, id).orElseThrow().getDescription());
            assertTrue(b.sync().conflicts().isEmpty());
        }
    }

    @Test
    void aDeleteReachesTheOtherLaptopAsATombstone() throws Exception {
        try (LocalStore a = county.laptop("lan1"); LocalStore b = county.laptop("lan2")) {
            county.sync(a, "lan1");
            county.sync(b, "lan2");
            String id = county.data.projects.get(7).getId();
            a.delete(a.find(LocalProject.class, id).orElseThrow());
            county.sync(a, "lan1");
            county.sync(b, "lan2");
            assertFalse(b.find(LocalProject.class, id).isPresent());
        }
    }

    @Test
    void aCoordinatorCannotSignInWithAWrongPassword() throws Exception {
        try (LocalStore laptop = county.laptop("samordnare")) {
            se.samverka.sync.SyncException e = assertThrows(se.samverka.sync.SyncException.class,
                    () -> new se.samverka.sync.SyncClient(county.settings).sync(laptop, "samordnare",
                            "fel-lösenord".toCharArray()));
            assertEquals(se.samverka.sync.SyncException.Reason.SIGN_IN, e.reason());
        }
    }
}
