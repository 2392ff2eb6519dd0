package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.model.LocalProject;
import se.samverka.model.Person;
import se.samverka.store.LocalStore;
import se.samverka.sync.SyncClient;
import se.samverka.sync.SyncException;
import se.samverka.sync.SyncException.FileProblem;
import se.samverka.sync.SyncFiles;
import se.samverka.sync.SyncReport;
import se.samverka.sync.protocol.Messages.Request;
import se.samverka.sync.protocol.SyncFile;
import se.samverka.sync.protocol.Wire;

/**
 * Sync by file with a real county server: a laptop without a network exports its changes, a connected machine hands
 * the file in and writes the answer, the laptop reads the answer in; changed, foreign, stale and repeated files are
 * refused and change nothing.
 */
class FileSyncTest {

    private static County county;

    @BeforeAll
    static void startCounty() throws Exception {
        county = County.shared();
    }

    @Test
    void aRequestFileAndItsAnswerFileDoWhatAnOnlineSyncDoes() throws Exception {
        try (LocalStore venue = synced("lan1"); LocalStore office = synced("lan2")) {
            String projectId = county.data.projects.get(11).getId();
            LocalProject project = venue.find(LocalProject.class, projectId).orElseThrow();
            project.setDescription("Skrivet på kursgården utan nät");
            venue.save(project);
            // Meanwhile at the county office, online.
            Person person = office.find(Person.class, county.data.people.get(4).getId()).orElseThrow();
            person.setPhone("018-19 50 00");
            office.save(person);
            county.sync(office, "lan2");

            Path request = county.folder().resolve("kursgarden." + SyncFile.EXTENSION);
            SyncFile.Header exported = SyncFiles.export(venue, "lan1", request);
            assertEquals(1, exported.records());
            assertEquals(SyncFile.Kind.REQUEST, SyncFiles.describe(request).kind());
            byte[] file = Files.readAllBytes(request);
            Request inside = Wire.decodeRequest(SyncFile.open(file, venue.sync().fileKey()));
            assertEquals("Skrivet på kursgården utan nät", inside.pushes().get(0).state().get("description"));
            assertThrows(IllegalArgumentException.class, () -> SyncFile.open(file, SyncFile.newKey()),
                    "only the laptop's key (and the server's copy) opens the file");
            // Typed at the venue after the export: goes with the next sync, not lost by the answer.
            LocalProject later = venue.find(LocalProject.class, projectId).orElseThrow();
            later.setPartners("Polisen, Räddningstjänsten");
            venue.save(later);

            Path answer = SyncFiles.answerFor(request);
            SyncFile.Header answered = SyncFiles.handIn(new SyncClient(county.settings), request, answer,
                    County.PASSWORD, () -> false);
            assertEquals(SyncFile.Kind.ANSWER, answered.kind());
            assertEquals("kursgarden-svar." + SyncFile.EXTENSION, answer.getFileName().toString());
            county.sync(office, "lan2");
            assertEquals("Skrivet på kursgården utan nät",
                    office.find(LocalProject.class, projectId).orElseThrow().getDescription(),
                    "the server took the venue's edit from the file");

            SyncReport read = SyncFiles.readAnswer(venue, answer);
            assertTrue(read.received() >= 1, "the office's change came back: " + read);
            assertEquals("018-19 50 00", venue.find(Person.class, person.getId()).orElseThrow().getPhone());
            assertEquals("Polisen, Räddningstjänsten",
                    venue.find(LocalProject.class, projectId).orElseThrow().getPartners(),
                    "an edit made after the export stays");
            assertEquals(1, venue.sync().unsentChanges(), "only the edit made after the export is unsent");
            SyncException twice = assertThrows(SyncException.class, () -> SyncFiles.readAnswer(venue, answer));
            assertEquals(FileProblem.OUT_OF_DATE, twice.fileProblem());

            county.sync(venue, "lan1");
            county.sync(office, "lan2");
            LocalProject merged = office.find(LocalProject.class, projectId).orElseThrow();
            assertEquals("Skrivet på kursgården utan nät", merged.getDescription());
            assertEquals("Polisen, Räddningstjänsten", merged.getPartners());
            assertTrue(venue.sync().conflicts().isEmpty(), "no conflicts: " + venue.sync().conflicts());
            assertEquals(0, venue.sync().unsentChanges());
        }
    }

    @Test
    void aChangedRequestFileIsRefusedAndChangesNothing() throws Exception {
        try (LocalStore venue = synced("lan1"); LocalStore office = synced("lan2")) {
            String projectId = county.data.projects.get(12).getId();
            LocalProject project = venue.find(LocalProject.class, projectId).orElseThrow();
            String before = project.getTitle();
            project.setTitle("Ändrad titel från kursgården");
            venue.save(project);
            Path request = county.folder().resolve("andrad." + SyncFile.EXTENSION);
            SyncFiles.export(venue, "lan1", request);
            byte[] original = Files.readAllBytes(request);
            SyncClient client = new SyncClient(county.settings);

            // One bit of the encrypted content, one of the header (the laptop's change number), the file cut short.
            for (int at : List.of(original.length - 20, 65, -1)) {
                byte[] changed = at < 0 ? Arrays.copyOf(original, original.length - 7) : original.clone();
                if (at >= 0) {
                    changed[at] ^= 0x01;
                }
                Path tampered = county.folder().resolve("andrad-" + at + "." + SyncFile.EXTENSION);
                Files.write(tampered, changed);
                SyncException refused = assertThrows(SyncException.class, () -> SyncFiles.handIn(client, tampered,
                        SyncFiles.answerFor(tampered), County.PASSWORD, () -> false), "changed at " + at);
                assertEquals(SyncException.Reason.FILE, refused.reason(), refused.getMessage());
                assertEquals(FileProblem.CHANGED, refused.fileProblem(), refused.getMessage());
                assertFalse(Files.exists(SyncFiles.answerFor(tampered)), "no answer file for a refused request");
            }
            county.sync(office, "lan2");
            assertEquals(before, office.find(LocalProject.class, projectId).orElseThrow().getTitle(),
                    "the server did not take anything from a changed file");

            // Handed in by someone else: refused; the same file by its user is taken.
            SyncException otherUser = assertThrows(SyncException.class,
                    () -> new SyncClient(county.settings).forward(original, "lan2", County.PASSWORD, () -> false));
            assertEquals(FileProblem.OTHER_USER, otherUser.fileProblem());
            Path answer = SyncFiles.answerFor(request);
            SyncFiles.handIn(client, request, answer, County.PASSWORD, () -> false);

            // A changed answer is refused on the laptop, which stays as it was.
            byte[] answerBytes = Files.readAllBytes(answer);
            byte[] changedAnswer = answerBytes.clone();
            changedAnswer[changedAnswer.length - 5] ^= 0x40;
            Path tamperedAnswer = county.folder().resolve("andrad-svar-fel." + SyncFile.EXTENSION);
            Files.write(tamperedAnswer, changedAnswer);
            long checkpoint = venue.sync().checkpoint();
            SyncException refused = assertThrows(SyncException.class,
                    () -> SyncFiles.readAnswer(venue, tamperedAnswer));
            assertEquals(FileProblem.CHANGED, refused.fileProblem());
            assertEquals(checkpoint, venue.sync().checkpoint());
            assertEquals(1, venue.sync().unsentChanges());
            // The request again where the answer belongs, and the answer on another laptop: refused.
            assertEquals(FileProblem.WRONG_KIND,
                    assertThrows(SyncException.class, () -> SyncFiles.readAnswer(venue, request)).fileProblem());
            assertEquals(FileProblem.OTHER_LAPTOP,
                    assertThrows(SyncException.class, () -> SyncFiles.readAnswer(office, answer)).fileProblem());
            SyncFiles.readAnswer(venue, answer);
            assertEquals(0, venue.sync().unsentChanges());
            assertArrayEquals(answerBytes, Files.readAllBytes(answer));
        }
    }

    @Test
    void anOlderFileAfterANewerOneAndALaptopThatNeverSyncedOnlineAreRefused() throws Exception {
        try (LocalStore venue = synced("lan1"); LocalStore fresh = county.laptop("lan1")) {
            SyncException noKey = assertThrows(SyncException.class,
                    () -> SyncFiles.export(fresh, "lan1", county.folder().resolve("ny." + SyncFile.EXTENSION)));
            assertEquals(FileProblem.NO_KEY, noKey.fileProblem());

            LocalProject project = venue.find(LocalProject.class, county.data.projects.get(13).getId()).orElseThrow();
            project.setPartners("Första exporten");
            venue.save(project);
            Path first = county.folder().resolve("forsta." + SyncFile.EXTENSION);
            SyncFiles.export(venue, "lan1", first);
            Thread.sleep(5);
            project = venue.find(LocalProject.class, project.getId()).orElseThrow();
            project.setPartners("Andra exporten");
            venue.save(project);
            Path second = county.folder().resolve("andra." + SyncFile.EXTENSION);
            SyncFiles.export(venue, "lan1", second);
            SyncClient client = new SyncClient(county.settings);
            SyncFiles.handIn(client, second, SyncFiles.answerFor(second), County.PASSWORD, () -> false);
            SyncException older = assertThrows(SyncException.class, () -> SyncFiles.handIn(client, first,
                    SyncFiles.answerFor(first), County.PASSWORD, () -> false));
            assertEquals(FileProblem.OLDER, older.fileProblem());
            SyncFiles.readAnswer(venue, SyncFiles.answerFor(second));
            assertEquals("Andra exporten", venue.find(LocalProject.class, project.getId()).orElseThrow().getPartners());
            assertEquals(0, venue.sync().unsentChanges());
        }
    }

    private static LocalStore synced(String user) throws Exception {
        LocalStore laptop = county.laptop(user);
        county.sync(laptop, user);
        return laptop;
    }
}
