package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.model.LocalProject;
import se.samverka.model.MunicipalRecord;
import se.samverka.model.MunicipalRecordKind;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage;
import se.samverka.model.sync.ModelVersion;
import se.samverka.store.LocalStore;
import se.samverka.store.SyncPort;
import se.samverka.sync.SyncClient;
import se.samverka.sync.SyncException;
import se.samverka.sync.SyncFiles;
import se.samverka.sync.protocol.Messages;
import se.samverka.sync.protocol.Messages.FieldConflict;
import se.samverka.sync.protocol.Messages.Push;
import se.samverka.sync.protocol.Messages.Record;
import se.samverka.sync.protocol.Messages.Request;
import se.samverka.sync.protocol.Messages.Response;
import se.samverka.sync.protocol.SyncFile;
import se.samverka.sync.protocol.Wire;

/**
 * Laptops of another model than the server's, against the real county server: a laptop of the previous model (a
 * field and a class fewer, made here through the client's model seam) erases and deletes nothing it cannot see, and
 * receives it all once it is updated; a laptop older than the server accepts is told to update; a laptop of the
 * release before model versions syncs in its own format; a record of a class the server does not know is refused,
 * not deleted.
 */
class ModelVersionsTest {

    /** The previous model: LocalProject without its partners, and no municipal records (lägesbild, action plan …). */
    private static final ModelVersion PREVIOUS = ModelVersion.current()
            .withoutField(SamverkaPackage.Literals.LOCAL_PROJECT.getName(),
                    SamverkaPackage.Literals.LOCAL_PROJECT__PARTNERS.getName())
            .withoutClass(SamverkaPackage.Literals.MUNICIPAL_RECORD.getName());

    private static County county;

    @BeforeAll
    static void startCounty() throws Exception {
        county = County.shared();
    }

    @Test
    void aLaptopOfThePreviousModelLosesNothingItCannotSeeAndReceivesItOnceUpdated() throws Exception {
        SyncClient older = new SyncClient(county.settings, PREVIOUS);
        try (LocalStore current = county.laptop("lan1"); LocalStore old = county.laptop("lan2")) {
            county.sync(current, "lan1");
            older.sync(old, "lan2", County.PASSWORD);
            assertTrue(old.findAll(MunicipalRecord.class).isEmpty(), "no record of a class the laptop lacks");
            assertTrue(old.findAll(LocalProject.class).stream().allMatch(p -> p.getPartners() == null),
                    "no value of a field the laptop lacks");
            assertFalse(old.findAll(LocalProject.class).isEmpty());

            // The current laptop sets the field the older one lacks and makes a record of the class it lacks.
            String id = county.data.projects.get(5).getId();
            LocalProject onCurrent = current.find(LocalProject.class, id).orElseThrow();
            onCurrent.setPartners("Polisen, Räddningstjänsten (ny modell)");
            current.save(onCurrent);
            MunicipalRecord picture = SamverkaFactory.eINSTANCE.createMunicipalRecord();
            picture.setMunicipality(current.find(Organisation.class, onCurrent.getMunicipality().getId())
                    .orElseThrow());
            picture.setKind(MunicipalRecordKind.SITUATION_PICTURE);
            picture.setTitle("Lägesbild 2027 (ny modell)");
            String pictureId = current.save(picture).getId();
            county.sync(current, "lan1");

            // The older laptop edits other fields of the same record, and syncs.
            older.sync(old, "lan2", County.PASSWORD);
            LocalProject onOld = old.find(LocalProject.class, id).orElseThrow();
            assertNull(onOld.getPartners());
            onOld.setTitle("Trygg i centrum (äldre dator)");
            onOld.setDescription("Beskrivet på den äldre datorn");
            old.save(onOld);
            older.sync(old, "lan2", County.PASSWORD);
            assertEquals(0, old.sync().unsentChanges());
            assertEquals(List.of(), old.sync().conflicts(), "nothing for a person to decide");
            assertTrue(old.find(MunicipalRecord.class, pictureId).isEmpty());

            // Nothing is lost on the current laptop nor on the server.
            county.sync(current, "lan1");
            LocalProject merged = current.find(LocalProject.class, id).orElseThrow();
            assertEquals("Polisen, Räddningstjänsten (ny modell)", merged.getPartners(), "the field stays");
            assertEquals("Trygg i centrum (äldre dator)", merged.getTitle(), "the older laptop's edit arrives");
            assertEquals("Beskrivet på den äldre datorn", merged.getDescription());
            MunicipalRecord kept = current.find(MunicipalRecord.class, pictureId).orElseThrow();
            assertFalse(kept.isDeleted(), "the record of the class the older laptop lacks is not deleted");
            try (LocalStore fresh = county.laptop("lan1")) {
                county.sync(fresh, "lan1");
                assertEquals(County.snapshot(current), County.snapshot(fresh), "the server has what the laptop has");

                // Updated, the older laptop receives at its next sync what it could not hold before.
                county.sync(old, "lan2");
                assertEquals(County.snapshot(fresh), County.snapshot(old), "the updated laptop has it all");
                assertEquals("Polisen, Räddningstjänsten (ny modell)",
                        old.find(LocalProject.class, id).orElseThrow().getPartners());
                assertEquals(county.data.municipalRecords.size() + 1, old.findAll(MunicipalRecord.class).size());
                assertEquals(0, county.sync(old, "lan2").received(), "and only once");
            }
        }
    }

    @Test
    void anUpdatedLaptopWhoseFirstAnswerWasLostStillReceivesItAndErasesNothing() throws Exception {
        try (LocalStore old = county.laptop("lan2"); LocalStore current = county.laptop("lan1")) {
            new SyncClient(county.settings, PREVIOUS).sync(old, "lan2", County.PASSWORD);
            county.sync(current, "lan1");
            // A project with partners that no other test of the shared county has deleted.
            LocalProject project = current.findAll(LocalProject.class).stream()
                    .filter(p -> p.getPartners() != null && !p.getPartners().isEmpty()).findFirst().orElseThrow();
            String id = project.getId();
            String partners = project.getPartners();

            // Updated, the laptop syncs; the server takes the call, but the answer never reaches the laptop.
            call("lan2", Wire.encode(new Request(old.sync().replicaId(), old.sync().checkpoint(), List.of())));
            // Edited meanwhile, the project goes with the next sync without the field it never received.
            LocalProject onOld = old.find(LocalProject.class, id).orElseThrow();
            onOld.setTitle("Trygghetsvandring (efter uppdateringen)");
            old.save(onOld);
            county.sync(old, "lan2");

            assertEquals(partners, old.find(LocalProject.class, id).orElseThrow().getPartners(),
                    "what the lost answer brought comes again");
            county.sync(current, "lan1");
            assertEquals(partners, current.find(LocalProject.class, id).orElseThrow().getPartners(), "not erased");
            assertEquals("Trygghetsvandring (efter uppdateringen)",
                    current.find(LocalProject.class, id).orElseThrow().getTitle());
            assertEquals(current.findAll(MunicipalRecord.class).size(), old.findAll(MunicipalRecord.class).size());
            assertEquals(County.snapshot(current), County.snapshot(old));
        }
    }

    /**
     * An answer with a record of a class this laptop does not have (from a server of a newer model) is taken in
     * without it, read in from a file as a venue would; before, the whole sync failed on it.
     */
    @Test
    void aRecordOfAClassTheLaptopDoesNotKnowDoesNotFailItsSync() throws Exception {
        try (LocalStore laptop = county.laptop("lan1")) {
            county.sync(laptop, "lan1");
            SyncPort port = laptop.sync();
            String person = UUID.randomUUID().toString();
            String unknown = UUID.randomUUID().toString();
            Response answer = new Response(port.checkpoint() + 1, Map.of(), List.of(
                    new Record("Trygghetsvandring", unknown, 1, Map.of("title", "Kvällsvandring")),
                    new Record("Person", person, 1, Map.of("firstName", "Ny", "lastName", "Deltagare"))),
                    List.of(new FieldConflict(UUID.randomUUID().toString(), "Trygghetsvandring", unknown, "title",
                            "a", "b", "LAN1", "BOTH_EDITED", 0)),
                    port.fileKey());
            Path file = county.folder().resolve("svar-" + unknown + "." + SyncFile.EXTENSION);
            Files.write(file, SyncFile.seal(new SyncFile.Header(SyncFile.Kind.ANSWER, "lan1", port.replicaId(),
                    port.checkpoint(), 0, System.currentTimeMillis(), 2), Wire.encode(answer), port.fileKey()));
            SyncFiles.readAnswer(laptop, file);
            assertEquals("Deltagare", laptop.find(Person.class, person).orElseThrow().getLastName());
            assertEquals(answer.checkpoint(), laptop.sync().checkpoint(), "the answer is taken in");
            assertEquals(List.of(), laptop.sync().conflicts(), "no conflict about a record the laptop cannot show");
        }
    }

    @Test
    void theServersAnswerLeavesOutWhatTheLaptopsModelLacks() throws Exception {
        Response response = Wire.decodeResponse(call(Wire.encode(new Request(UUID.randomUUID().toString(), 0,
                List.of(), PREVIOUS))));
        assertTrue(response.records().stream().anyMatch(r -> r.type().equals("LocalProject")
                && r.state().containsKey("title")));
        assertTrue(response.records().stream().noneMatch(r -> r.type().equals("MunicipalRecord")),
                "no record of a class the laptop lacks");
        assertTrue(response.records().stream().noneMatch(r -> r.state().containsKey("partners")),
                "no value of a field the laptop lacks");
    }

    @Test
    void aLaptopTooOldForTheServerIsToldToUpdateAndKeepsItsChanges() throws Exception {
        try (LocalStore laptop = county.laptop("lan1")) {
            county.sync(laptop, "lan1");
            LocalProject project = laptop.find(LocalProject.class, county.data.projects.get(2).getId()).orElseThrow();
            project.setTitle("Ändrad på en för gammal dator");
            laptop.save(project);
            SyncClient tooOld = new SyncClient(county.settings, ModelVersion.current().numbered(0));
            SyncException refused = assertThrows(SyncException.class,
                    () -> tooOld.sync(laptop, "lan1", County.PASSWORD));
            assertEquals(SyncException.Reason.OUTDATED, refused.reason());
            assertTrue(refused.getMessage().contains("update Samverka"), refused.getMessage());
            assertEquals(1, laptop.sync().unsentChanges(), "the change waits for the updated laptop");
            county.sync(laptop, "lan1");
            assertEquals(0, laptop.sync().unsentChanges());
        }
    }

    @Test
    void aLaptopOfTheReleaseBeforeModelVersionsIsAnsweredInItsOwnFormat() throws Exception {
        byte[] answer = call(Wire.encode(new Request(UUID.randomUUID().toString(), 0, List.of()),
                Messages.OLDEST_FORMAT));
        assertEquals(Messages.OLDEST_FORMAT, Wire.format(answer), "the release before reads only its own format");
        Response response = Wire.decodeResponse(answer);
        // Model 1 has no support to municipalities (model 2): the whole county it can hold, as before.
        long held = county.data.all().stream()
                .filter(r -> ModelVersion.released(ModelVersion.FIRST).knows(r.eClass().getName())).count();
        assertTrue(held < county.data.all().size(), "the demo county has records of model 2");
        assertTrue(response.records().size() >= held, "the whole county, as before");
        assertTrue(response.records().stream().noneMatch(r -> r.type().equals("MunicipalSupport")),
                "nothing the release before cannot hold");
    }

    @Test
    void aRecordOfAClassTheServerDoesNotKnowIsRefusedNotDeleted() throws Exception {
        String id = UUID.randomUUID().toString();
        Request request = new Request(UUID.randomUUID().toString(), Long.MAX_VALUE / 2,
                List.of(new Push("Trygghetsvandring", id, 0, Map.of("title", "Kvällsvandring i centrum"))));
        Response response = Wire.decodeResponse(call(Wire.encode(request)));
        assertEquals(1, response.conflicts().size());
        assertEquals("UNKNOWN_TYPE", response.conflicts().get(0).reason());
        assertEquals(id, response.conflicts().get(0).recordId());
        assertTrue(response.records().stream().noneMatch(r -> r.id().equals(id)), "no tombstone for it");
        assertEquals(ModelVersion.CURRENT, response.model(), "the answer says which model the server speaks");
    }

    /** The sync procedure called as a county user, with a request as bytes; the answer as bytes. */
    private static byte[] call(byte[] request) throws SQLException {
        return call("lan1", request);
    }

    private static byte[] call(String user, byte[] request) throws SQLException {
        try (Connection raw = SyncClient.dataSource(county.settings).getConnection(user,
                new String(County.PASSWORD)); CallableStatement call = raw.prepareCall("CALL SAMVERKA.SYNC(?, ?)")) {
            call.setBytes(1, request);
            call.registerOutParameter(2, Types.BLOB);
            call.execute();
            Blob blob = call.getBlob(2);
            return blob.getBytes(1, (int) blob.length());
        }
    }
}
