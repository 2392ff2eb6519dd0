package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.courses.AttendanceService;
import se.samverka.courses.AttendanceService.Participant;
import se.samverka.courses.internal.attendance.AttendanceServiceComponent;
import se.samverka.model.AttendanceKind;
import se.samverka.model.AttendanceMark;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.store.LocalStore;

/**
 * A trainer at the venue adds a walk-in who is not in the register: the new person, their enrolment and their mark
 * arrive at the county server (a trainer may create a person together with a new enrolment in an offering they
 * train, {@code SyncPolicies}), while a trainer still changes no existing person and creates none on its own or with
 * an enrolment in an offering they do not train.
 */
class WalkInSyncTest {

    private static County county;

    @BeforeAll
    static void startCounty() throws Exception {
        county = County.shared();
    }

    @Test
    void aTrainersWalkInPersonEnrolmentAndMarkAllArrive() throws Exception {
        try (LocalStore trainer = county.laptop("utbildare"); LocalStore office = county.laptop("lan1")) {
            county.sync(trainer, "utbildare");
            AttendanceService attendance = new AttendanceServiceComponent(trainer);
            CourseOffering offering = ownOffering(trainer);
            String day = offering.getSessionDays().get(offering.getSessionDays().size() - 1).getId();

            // "Ny person på plats …": a person of another municipality than any the trainer belongs to.
            Person made = attendance.newPerson("Märta", "Walkin-Öberg", otherMunicipality(trainer));
            Participant walkIn = attendance.addWalkIn(offering.getId(), made);
            attendance.mark(walkIn.enrolmentId(), day, AttendanceKind.PRESENT);
            county.sync(trainer, "utbildare");

            assertEquals(List.of(), trainer.sync().conflicts(), "nothing refused");
            assertEquals(0, trainer.sync().unsentChanges());
            county.sync(office, "lan1");
            Person arrived = office.find(Person.class, walkIn.personId()).orElseThrow();
            assertEquals("Walkin-Öberg", arrived.getLastName());
            assertEquals(county.otherMunicipality.getId(), arrived.getMunicipality().getId());
            Enrolment enrolment = office.find(Enrolment.class, walkIn.enrolmentId()).orElseThrow();
            assertTrue(enrolment.isWalkIn());
            assertEquals(EnrolmentStatus.ENROLLED, enrolment.getStatus());
            assertEquals(walkIn.personId(), enrolment.getPerson().getId());
            List<AttendanceMark> marks = office.findBy(AttendanceMark.class, Literals.ATTENDANCE_MARK__ENROLMENT,
                    walkIn.enrolmentId());
            assertEquals(1, marks.size());
            assertEquals(AttendanceKind.PRESENT, marks.get(0).getMark());

            // Made, not changed: the trainer's later edit of the walk-in is refused like any person's.
            Person renamed = trainer.find(Person.class, walkIn.personId()).orElseThrow();
            renamed.setLastName("Omdöpt");
            trainer.save(renamed);
            county.sync(trainer, "utbildare");
            assertRefused(trainer, walkIn.personId());
            assertEquals("Walkin-Öberg", trainer.find(Person.class, walkIn.personId()).orElseThrow().getLastName());
        }
    }

    @Test
    void aTrainersEditOfAnExistingPersonIsStillRefused() throws Exception {
        try (LocalStore trainer = county.laptop("utbildare"); LocalStore office = county.laptop("lan1")) {
            county.sync(trainer, "utbildare");
            Person someone = trainer.findAll(Person.class).stream()
                    .filter(p -> !p.getId().equals(county.trainer.getId()) && p.getMunicipality() != null)
                    .min(Comparator.comparing(Person::getId)).orElseThrow();
            String was = someone.getLastName();
            someone.setLastName(was + "-ändrad");
            trainer.save(someone);
            county.sync(trainer, "utbildare");

            assertRefused(trainer, someone.getId());
            assertEquals(was, trainer.find(Person.class, someone.getId()).orElseThrow().getLastName(),
                    "the server's person came back");
            county.sync(office, "lan1");
            assertEquals(was, office.find(Person.class, someone.getId()).orElseThrow().getLastName());
        }
    }

    @Test
    void aTrainerCreatesNoPersonWithoutAnEnrolmentInTheirOffering() throws Exception {
        try (LocalStore trainer = county.laptop("utbildare"); LocalStore office = county.laptop("lan1")) {
            county.sync(trainer, "utbildare");
            AttendanceService attendance = new AttendanceServiceComponent(trainer);
            // A person alone.
            Person alone = trainer.save(attendance.newPerson("Ensam", "Utan-Anmälan", otherMunicipality(trainer)));
            // A person with an enrolment in an offering the trainer does not train.
            Set<String> own = Set.copyOf(trainer.findAll(CourseOffering.class).stream()
                    .filter(o -> o.getTrainers().stream().anyMatch(t -> t.getId().equals(county.trainer.getId())))
                    .map(CourseOffering::getId).toList());
            CourseOffering other = trainer.findAll(CourseOffering.class).stream()
                    .filter(o -> !own.contains(o.getId())).min(Comparator.comparing(CourseOffering::getId))
                    .orElseThrow();
            Person elsewhere = attendance.newPerson("Annan", "Kursens-Deltagare", otherMunicipality(trainer));
            Enrolment enrolment = SamverkaFactory.eINSTANCE.createEnrolment();
            enrolment.setOffering(other);
            enrolment.setPerson(elsewhere);
            enrolment.setStatus(EnrolmentStatus.ENROLLED);
            enrolment.setWalkIn(true);
            List<?> saved = trainer.saveAll(List.of(elsewhere, enrolment));
            String elsewhereId = ((Person) saved.get(0)).getId();
            String enrolmentId = ((Enrolment) saved.get(1)).getId();
            county.sync(trainer, "utbildare");

            assertRefused(trainer, alone.getId());
            assertRefused(trainer, elsewhereId);
            assertRefused(trainer, enrolmentId);
            county.sync(office, "lan1");
            assertFalse(office.find(Person.class, alone.getId()).isPresent(), "the server did not take it");
            assertFalse(office.find(Person.class, elsewhereId).isPresent());
            assertFalse(office.find(Enrolment.class, enrolmentId).isPresent());
        }
    }

    /**
     * One of the offerings the trainer trains, with session days: the one that starts first (AttendanceSyncTest
     * takes the last), so the walk-in counts in no other test's grid.
     */
    private static CourseOffering ownOffering(LocalStore trainer) {
        return trainer.findAll(CourseOffering.class).stream()
                .filter(o -> o.getTrainers().stream().anyMatch(t -> t.getId().equals(county.trainer.getId())))
                .filter(o -> !o.getSessionDays().isEmpty())
                .min(Comparator.comparing(o -> o.getSessionDays().get(0).getSessionDate())).orElseThrow();
    }

    private static Organisation otherMunicipality(LocalStore laptop) {
        return laptop.find(Organisation.class, county.otherMunicipality.getId()).orElseThrow();
    }

    private static void assertRefused(LocalStore laptop, String recordId) {
        assertTrue(laptop.sync().conflicts().stream()
                .anyMatch(c -> c.recordId().equals(recordId) && c.reason().equals("REFUSED")),
                recordId + " refused: " + laptop.sync().conflicts());
    }
}
