package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.model.AttendanceKind;
import se.samverka.model.AttendanceMark;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.SamverkaFactory;
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
        county = County.shared();
    }

    @Test
    void firstSyncOfACountyLaptopLoadsTheWholeCounty() throws Exception {
        try (LocalStore laptop = county.laptop("lan1")) {
            SyncReport report = county.sync(laptop, "lan1");
            System.out.println("First sync of a county laptop (loopback): " + report);
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
            SyncReport report = county.sync(laptop, "samordnare");
            System.out.println("First sync of a municipality laptop (loopback): " + report);
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
    void aTrainerReceivesTheirOfferingsAndParticipantsMarksAttendanceAndCannotWriteElsewhere() throws Exception {
        Set<String> taught = county.data.offerings.stream().filter(o -> o.getTrainers().contains(county.trainer))
                .map(CourseOffering::getId).collect(Collectors.toSet());
        try (LocalStore laptop = county.laptop("utbildare"); LocalStore office = synced("lan1")) {
            county.sync(laptop, "utbildare");
            List<Enrolment> enrolments = laptop.findAll(Enrolment.class);
            assertEquals(county.data.enrolments.stream().filter(e -> taught.contains(e.getOffering().getId()))
                    .count(), enrolments.size(), "every enrolment of the offerings taught");
            assertTrue(enrolments.stream().allMatch(e -> taught.contains(e.getOffering().getId())));
            assertTrue(laptop.findAll(LocalProject.class).isEmpty(), "no municipality's projects");

            Enrolment enrolment = enrolments.stream().filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED
                    && !e.getOffering().getSessionDays().isEmpty()).findFirst().orElseThrow();
            String dayId = enrolment.getOffering().getSessionDays().get(
                    enrolment.getOffering().getSessionDays().size() - 1).getId();
            mark(laptop, enrolment.getId(), dayId, AttendanceKind.PRESENT, 5, "På plats hela dagen");
            LocalProject forged = SamverkaFactory.eINSTANCE.createLocalProject();
            forged.setMunicipality(laptop.find(se.samverka.model.Organisation.class,
                    county.municipality.getId()).orElseThrow());
            forged.setTitle("Ett projekt som en utbildare inte får lägga upp");
            forged = laptop.save(forged);
            SyncReport report = county.sync(laptop, "utbildare");
            assertEquals(1, report.conflicts(), "the project is refused");
            assertEquals("REFUSED", laptop.sync().conflicts().get(0).reason());

            county.sync(office, "lan1");
            String forgedId = forged.getId();
            assertFalse(office.find(LocalProject.class, forgedId).isPresent(), "the server did not take the project");
            assertTrue(office.findAll(AttendanceMark.class).stream()
                    .anyMatch(m -> m.getEnrolment().getId().equals(enrolment.getId())
                            && m.getSessionDay().getId().equals(dayId) && "På plats hela dagen".equals(m.getNote())),
                    "the trainer's attendance mark reached the county");
        }
    }

    @Test
    void editsOfDifferentFieldsOnTwoLaptopsMerge() throws Exception {
        try (LocalStore a = synced("lan1"); LocalStore b = synced("lan2")) {
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
        try (LocalStore a = synced("lan1"); LocalStore b = synced("lan2")) {
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
        try (LocalStore a = synced("lan1"); LocalStore b = synced("lan2")) {
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

    @Test
    void aSeatFreedOfflineGoesToTheFirstPromotionTheServerSeesAndTheSecondStaysOnTheWaitlist() throws Exception {
        try (LocalStore a = synced("lan1"); LocalStore b = synced("lan2")) {
            CourseOffering full = county.data.offerings.stream()
                    .filter(o -> county.data.enrolments.stream().anyMatch(
                            e -> e.getOffering() == o && e.getStatus() == EnrolmentStatus.WAITLISTED))
                    .findFirst().orElseThrow();
            List<Enrolment> onA = enrolments(a, full.getId());
            Enrolment seatHolder = onA.stream().filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED).findFirst()
                    .orElseThrow();
            List<Enrolment> waiting = onA.stream().filter(e -> e.getStatus() == EnrolmentStatus.WAITLISTED)
                    .sorted(java.util.Comparator.comparing(Enrolment::getWaitlistPosition)).toList();
            // On A (offline) someone cancels and the first on the waitlist is promoted into the seat.
            seatHolder.setStatus(EnrolmentStatus.CANCELLED);
            a.save(seatHolder);
            Enrolment first = waiting.get(0);
            promote(first);
            a.save(first);
            // On B (offline too) the second on the waitlist is promoted into the same seat.
            Enrolment second = b.find(Enrolment.class, waiting.get(1).getId()).orElseThrow();
            promote(second);
            b.save(second);

            county.sync(a, "lan1");
            county.sync(b, "lan2");
            county.sync(a, "lan1");
            for (LocalStore laptop : List.of(a, b)) {
                assertEquals(EnrolmentStatus.ENROLLED, laptop.find(Enrolment.class, first.getId()).orElseThrow()
                        .getStatus());
                assertEquals(EnrolmentStatus.WAITLISTED, laptop.find(Enrolment.class, second.getId())
                        .orElseThrow().getStatus(), "the server had no seat left for the second promotion");
            }
            SyncPort.Conflict noSeat = b.sync().conflicts().stream()
                    .filter(c -> c.recordId().equals(second.getId())).findFirst().orElseThrow();
            assertEquals("NO_SEAT", noSeat.reason());
            long seated = enrolments(a, full.getId()).stream().filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED
                    || e.getStatus() == EnrolmentStatus.COMPLETED || e.getStatus() == EnrolmentStatus.NO_SHOW)
                    .count();
            assertTrue(seated <= full.getCapacity(), seated + " seats taken of " + full.getCapacity());
        }
    }

    @Test
    void attendanceMarkedOnTwoLaptopsMergesIntoOneMark() throws Exception {
        try (LocalStore a = synced("lan1"); LocalStore b = synced("lan2")) {
            Enrolment enrolment = county.data.enrolments.stream()
                    .filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED
                            && !e.getOffering().getSessionDays().isEmpty()
                            && county.data.attendanceMarks.stream().noneMatch(m -> m.getEnrolment() == e))
                    .findFirst().orElseThrow();
            String dayId = enrolment.getOffering().getSessionDays().get(0).getId();
            AttendanceMark early = mark(a, enrolment.getId(), dayId, AttendanceKind.ABSENT, 1, "Ej på plats 9.00");
            AttendanceMark late = mark(b, enrolment.getId(), dayId, AttendanceKind.LATE, 2, "Kom 9.40");
            county.sync(a, "lan1");
            county.sync(b, "lan2");
            county.sync(a, "lan1");
            for (LocalStore laptop : List.of(a, b)) {
                List<AttendanceMark> marks = laptop.findAll(AttendanceMark.class).stream()
                        .filter(m -> m.getEnrolment().getId().equals(enrolment.getId())).toList();
                assertEquals(1, marks.size(), "one mark per participant and day");
                assertEquals(AttendanceKind.LATE, marks.get(0).getMark(), "the later mark's value");
                assertTrue(marks.get(0).getNote().contains("Ej på plats 9.00")
                        && marks.get(0).getNote().contains("Kom 9.40"), marks.get(0).getNote());
            }
            assertTrue(early.getId() != null && late.getId() != null);
        }
    }

    private static AttendanceMark mark(LocalStore laptop, String enrolmentId, String dayId, AttendanceKind kind,
            int minute, String note) throws Exception {
        Enrolment enrolment = laptop.find(Enrolment.class, enrolmentId).orElseThrow();
        AttendanceMark mark = SamverkaFactory.eINSTANCE.createAttendanceMark();
        mark.setEnrolment(enrolment);
        mark.setSessionDay(enrolment.getOffering().getSessionDays().stream().filter(d -> d.getId().equals(dayId))
                .findFirst().orElseThrow());
        mark.setMark(kind);
        mark.setMarkedAt(new java.util.Date(1_790_000_000_000L + minute * 60_000L));
        mark.setNote(note);
        return laptop.save(mark);
    }

    private static void promote(Enrolment enrolment) {
        enrolment.setStatus(EnrolmentStatus.ENROLLED);
        enrolment.eUnset(se.samverka.model.SamverkaPackage.Literals.ENROLMENT__WAITLIST_POSITION);
    }

    private static List<Enrolment> enrolments(LocalStore laptop, String offeringId) {
        return laptop.findAll(Enrolment.class).stream().filter(e -> e.getOffering().getId().equals(offeringId))
                .toList();
    }

    /** A county laptop after its first sync. */
    private static LocalStore synced(String user) throws Exception {
        LocalStore laptop = county.laptop(user);
        county.sync(laptop, user);
        return laptop;
    }
}
