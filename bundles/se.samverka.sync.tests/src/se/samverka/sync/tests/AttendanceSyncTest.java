package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.courses.AttendanceService;
import se.samverka.courses.AttendanceService.Grid;
import se.samverka.courses.AttendanceService.Participant;
import se.samverka.courses.internal.attendance.AttendanceServiceComponent;
import se.samverka.model.AttendanceKind;
import se.samverka.model.AttendanceMark;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.OfferingStatus;
import se.samverka.model.Person;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.model.sync.Role;
import se.samverka.store.LocalStore;

/**
 * Attendance at the venue on two trainers' laptops, offline, then synced with a real county server: marks of
 * different participants of the same day both stay; two marks of the same participant and day merge into one, the
 * later mark's value (the server's {@code Marks}); a mark made and cleared before the sync does not override another
 * laptop's; a walk-in added to a full offering keeps their place (the server's
 * {@code Seats} gives a walk-in no seat and refuses them none).
 */
class AttendanceSyncTest {

    private static County county;

    @BeforeAll
    static void startCounty() throws Exception {
        county = County.shared();
    }

    @Test
    void twoTrainersMarkTheSameDayOnTheirLaptopsAndBothKeepTheirMarksAfterSync() throws Exception {
        String offeringId;
        Set<String> seated;
        String userA = "utbildare_a" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        String userB = "utbildare_b" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        try (LocalStore office = county.laptop("lan1")) {
            county.sync(office, "lan1");
            // A coming offering (the last such): the county
            // gives it a second trainer and makes it full.
            CourseOffering offering = office.findAll(CourseOffering.class).stream()
                    .filter(o -> o.getStatus() == OfferingStatus.PUBLISHED && o.getSessionDays().size() >= 2)
                    // Other tests of the shared county enrol, complete and waitlist in the coming offerings: any
                    // with four in a seat will do (the waitlisted are no participants of the grid).
                    .filter(o -> enrolments(office, o.getId()).stream()
                            .filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED
                                    || e.getStatus() == EnrolmentStatus.COMPLETED
                                    || e.getStatus() == EnrolmentStatus.NO_SHOW)
                            .count() >= 4)
                    .max(Comparator.comparing(o -> o.getSessionDays().get(0).getSessionDate())).orElseThrow();
            offeringId = offering.getId();
            seated = enrolments(office, offeringId).stream().filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED
                    || e.getStatus() == EnrolmentStatus.COMPLETED || e.getStatus() == EnrolmentStatus.NO_SHOW)
                    .map(Enrolment::getId).collect(Collectors.toSet());
            Set<String> trainers = offering.getTrainers().stream().map(Person::getId).collect(Collectors.toSet());
            Person second = office.findAll(Person.class).stream().filter(p -> !trainers.contains(p.getId()))
                    .max(Comparator.comparing(Person::getId)).orElseThrow();
            offering.getTrainers().add(second);
            offering.setCapacity(seated.size());
            office.save(offering);
            county.sync(office, "lan1");
            county.server.admin().createUser(userA, County.PASSWORD, Role.TRAINER, null,
                    offering.getTrainers().get(0).getId());
            county.server.admin().createUser(userB, County.PASSWORD, Role.TRAINER, null, second.getId());
        }
        try (LocalStore a = county.laptop(userA); LocalStore b = county.laptop(userB)) {
            county.sync(a, userA);
            county.sync(b, userB);
            AttendanceService onA = new AttendanceServiceComponent(a);
            AttendanceService onB = new AttendanceServiceComponent(b);
            Grid grid = onA.grid(offeringId);
            assertEquals(seated.size(), grid.participants().size(), "the trainer's laptop has the offering's people");
            assertEquals(grid, onB.grid(offeringId), "both trainers see the same grid");
            String day = grid.days().get(0).id();
            assertEquals(grid.participants().size(), grid.counts(day).unmarked(), "nobody marked yet on day 1");
            String x = grid.participants().get(0).enrolmentId();
            String y = grid.participants().get(1).enrolmentId();
            String z = grid.participants().get(2).enrolmentId();
            String w = grid.participants().get(3).enrolmentId();
            Set<String> enrolled = enrolments(a, offeringId).stream().map(e -> e.getPerson().getId())
                    .collect(Collectors.toSet());
            Person walkInPerson = a.findAll(Person.class).stream().filter(p -> !enrolled.contains(p.getId()))
                    .min(Comparator.comparing(Person::getId)).orElseThrow();

            // Offline at the venue: A marks X, Z and W, and takes a walk-in; B, a moment later, Y and Z, and marks W
            // but clears that mark again (an undo) before the sync.
            onA.mark(x, day, AttendanceKind.PRESENT);
            onA.mark(z, day, AttendanceKind.ABSENT);
            onA.mark(w, day, AttendanceKind.ABSENT);
            Participant walkIn = onA.addWalkIn(offeringId, walkInPerson);
            onA.mark(walkIn.enrolmentId(), day, AttendanceKind.PRESENT);
            Thread.sleep(20);
            onB.mark(y, day, AttendanceKind.LATE);
            onB.mark(z, day, AttendanceKind.PRESENT);
            onB.mark(w, day, AttendanceKind.PRESENT);
            onB.clear(w, day);

            county.sync(a, userA);
            county.sync(b, userB);
            county.sync(a, userA);

            for (LocalStore laptop : List.of(a, b)) {
                assertEquals(List.of(), laptop.sync().conflicts(), "nothing refused, no seat taken back");
                Grid merged = new AttendanceServiceComponent(laptop).grid(offeringId);
                assertEquals(AttendanceKind.PRESENT, merged.mark(x, day), "A's mark of X");
                assertEquals(AttendanceKind.LATE, merged.mark(y, day), "B's mark of Y");
                assertEquals(AttendanceKind.PRESENT, merged.mark(z, day), "Z marked on both: the later mark (B's)");
                assertEquals(AttendanceKind.ABSENT, merged.mark(w, day), "B's cleared mark of W does not override A's");
                Participant arrived = merged.participants().stream()
                        .filter(p -> p.enrolmentId().equals(walkIn.enrolmentId())).findFirst().orElseThrow();
                assertTrue(arrived.walkIn());
                assertEquals(EnrolmentStatus.ENROLLED, arrived.status(),
                        "the walk-in stays enrolled in the full offering");
                assertEquals(AttendanceKind.PRESENT, merged.mark(walkIn.enrolmentId(), day));
                assertEquals(new AttendanceService.DayCounts(3, 1, 0, 1, seated.size() - 4), merged.counts(day));
                List<AttendanceMark> ofZ = laptop.findBy(AttendanceMark.class, Literals.ATTENDANCE_MARK__ENROLMENT, z)
                        .stream().filter(m -> m.getSessionDay().getId().equals(day)).toList();
                assertEquals(1, ofZ.size(), "one mark per participant and day");
                assertEquals(0, laptop.sync().unsentChanges());
            }
        }
    }

    private static List<Enrolment> enrolments(LocalStore laptop, String offeringId) {
        return laptop.findBy(Enrolment.class, Literals.ENROLMENT__OFFERING, offeringId);
    }
}
