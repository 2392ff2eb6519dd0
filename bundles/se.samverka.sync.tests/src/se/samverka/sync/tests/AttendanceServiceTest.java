package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import se.samverka.courses.AttendanceService;
import se.samverka.courses.AttendanceService.Cell;
import se.samverka.courses.AttendanceService.DayCounts;
import se.samverka.courses.AttendanceService.Grid;
import se.samverka.courses.AttendanceService.Participant;
import se.samverka.courses.CourseService;
import se.samverka.model.AttendanceKind;
import se.samverka.model.AttendanceMark;
import se.samverka.model.Course;
import se.samverka.model.CourseKind;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SessionDay;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;
import se.samverka.store.internal.probe.StoreProbe;
import se.samverka.store.internal.probe.StoreProbe.Counted;

/**
 * The attendance service as the window gets it: an OSGi service over the open laptop store (a real encrypted Derby
 * database), found once the store is registered, as the lifecycle does at sign-in.
 */
class AttendanceServiceTest {

    private static final SamverkaFactory MODEL = SamverkaFactory.eINSTANCE;

    private LocalStore store;
    private ServiceRegistration<LocalStore> registration;
    private AttendanceService attendance;
    private Organisation municipality;
    private Course course;
    private int people;

    @BeforeEach
    void open() throws Exception {
        store = County.stores().open(java.nio.file.Path.of("target/attendance-work", UUID.randomUUID().toString()),
                County.PASSWORD, "utbildare");
        registration = FrameworkUtil.getBundle(getClass()).getBundleContext().registerService(LocalStore.class,
                store, null);
        attendance = County.service(AttendanceService.class);
        Organisation county = store.save(organisation("Länsstyrelsen i Uppsala län", OrganisationKind.COUNTY_BOARD,
                null));
        municipality = store.save(organisation("Östhammars kommun", OrganisationKind.MUNICIPALITY, county));
        course = MODEL.createCourse();
        course.setName("Grundkurs i praktiskt brottsförebyggande arbete");
        course.setKind(CourseKind.BASIC_CRIME_PREVENTION);
        course = store.save(course);
    }

    @AfterEach
    void close() {
        registration.unregister();
        store.close();
    }

    @Test
    void theGridHoldsTheSeatedParticipantsByNameTheDaysInOrderAndTheirMarks() throws Exception {
        CourseOffering offering = offering(2, 3);
        List<Enrolment> enrolments = enrolments(offering);
        // One waitlisted and one cancelled: not at the venue, not in the grid.
        Enrolment waiting = MODEL.createEnrolment();
        waiting.setOffering(offering);
        waiting.setPerson(person("Väntande"));
        waiting.setStatus(EnrolmentStatus.WAITLISTED);
        waiting.setWaitlistPosition(1);
        Enrolment cancelled = MODEL.createEnrolment();
        cancelled.setOffering(offering);
        cancelled.setPerson(person("Avanmäld"));
        cancelled.setStatus(EnrolmentStatus.CANCELLED);
        store.saveAll(List.of(waiting, cancelled));
        Enrolment marked = enrolments.get(0);
        AttendanceMark mark = MODEL.createAttendanceMark();
        mark.setEnrolment(marked);
        mark.setSessionDay(marked.getOffering().getSessionDays().get(1));
        mark.setMark(AttendanceKind.LATE);
        mark.setMarkedAt(new Date());
        store.save(mark);

        Grid grid = attendance.grid(offering.getId());

        assertEquals(enrolments.stream().map(e -> "Deltagare " + e.getPerson().getLastName()).toList(),
                grid.participants().stream().map(Participant::name).toList(),
                "the seated only (not the waitlisted, not the cancelled), by last name");
        assertEquals(List.of(1, 2, 3), grid.days().stream().map(AttendanceService.Day::seq).toList());
        assertEquals(AttendanceKind.LATE, grid.mark(marked.getId(), grid.days().get(1).id()));
        assertEquals(new DayCounts(0, 1, 0, 0, 1), grid.counts(grid.days().get(1).id()));
        assertEquals(new DayCounts(0, 0, 0, 0, 2), grid.counts(grid.days().get(0).id()));
        assertEquals("Östhammars kommun", grid.participants().get(0).municipality());
    }

    @Test
    void aMarkIsKeptAtOnceAndAChangeOrAClearReplacesIt() throws Exception {
        CourseOffering offering = offering(3, 2);
        Grid grid = attendance.grid(offering.getId());
        String who = grid.participants().get(0).enrolmentId();
        String day = grid.days().get(0).id();

        assertEquals(singleton(new Cell(who, day), null), attendance.mark(who, day, AttendanceKind.PRESENT));
        assertEquals(AttendanceKind.PRESENT, attendance.grid(offering.getId()).mark(who, day), "kept at once");
        assertEquals(0, attendance.mark(who, day, AttendanceKind.PRESENT).size(), "the same mark again: no change");
        assertEquals(singleton(new Cell(who, day), AttendanceKind.PRESENT),
                attendance.mark(who, day, AttendanceKind.ABSENT));
        assertEquals(1, marksOf(who).size(), "one mark per participant and day");
        assertEquals(AttendanceKind.ABSENT, marksOf(who).get(0).getMark());
        assertTrue(store.changes().stream().anyMatch(c -> c.objectId().equals(marksOf(who).get(0).getId())),
                "the mark is in the change log, to sync");

        assertEquals(singleton(new Cell(who, day), AttendanceKind.ABSENT), attendance.clear(who, day));
        assertNull(attendance.grid(offering.getId()).mark(who, day));
        assertEquals(0, marksOf(who).size());
        assertEquals(new DayCounts(0, 0, 0, 0, 3), attendance.grid(offering.getId()).counts(day));
    }

    @Test
    void allPresentMarksOnlyThoseWithoutAMarkAndItsUndoClearsThemAgain() throws Exception {
        CourseOffering offering = offering(5, 2);
        Grid grid = attendance.grid(offering.getId());
        String day = grid.days().get(1).id();
        String late = grid.participants().get(1).enrolmentId();
        String excused = grid.participants().get(3).enrolmentId();
        attendance.mark(late, day, AttendanceKind.LATE);
        attendance.mark(excused, day, AttendanceKind.EXCUSED);

        Map<Cell, AttendanceKind> before = attendance.markAll(offering.getId(), day, AttendanceKind.PRESENT);

        assertEquals(3, before.size(), "the three without a mark");
        assertTrue(before.values().stream().allMatch(kind -> kind == null));
        Grid after = attendance.grid(offering.getId());
        assertEquals(new DayCounts(3, 1, 1, 0, 0), after.counts(day));
        assertEquals(AttendanceKind.LATE, after.mark(late, day), "a mark already set stays");
        assertEquals(new DayCounts(0, 0, 0, 0, 5), after.counts(grid.days().get(0).id()), "the other day untouched");

        // Undo: what the cells held before, written back as marks.
        attendance.set(before);
        assertEquals(new DayCounts(0, 1, 1, 0, 3), attendance.grid(offering.getId()).counts(day));
        // Undo of a change: the earlier kind back.
        Map<Cell, AttendanceKind> changed = attendance.mark(late, day, AttendanceKind.PRESENT);
        attendance.set(changed);
        assertEquals(AttendanceKind.LATE, attendance.grid(offering.getId()).mark(late, day));
    }

    @Test
    void aWalkInJoinsAFullOfferingEnrolledWithoutASeatAndOnlyOnce() throws Exception {
        CourseOffering offering = offering(3, 2);
        assertEquals(3, offering.getCapacity(), "full");
        Person guest = person("Gäst");

        Participant walkIn = attendance.addWalkIn(offering.getId(), guest);
        Participant again = attendance.addWalkIn(offering.getId(), guest);

        assertTrue(walkIn.walkIn());
        assertEquals(EnrolmentStatus.ENROLLED, walkIn.status());
        assertEquals(walkIn, again, "not added twice");
        List<Enrolment> ofGuest = store.findBy(Enrolment.class,
                se.samverka.model.SamverkaPackage.Literals.ENROLMENT__PERSON, guest.getId());
        assertEquals(1, ofGuest.size());
        assertTrue(ofGuest.get(0).isWalkIn());
        Grid grid = attendance.grid(offering.getId());
        assertEquals(4, grid.participants().size());
        attendance.mark(walkIn.enrolmentId(), grid.days().get(0).id(), AttendanceKind.PRESENT);
        assertEquals(1, attendance.grid(offering.getId()).counts(grid.days().get(0).id()).present());

        // A new person made in place, with their organisation's municipality.
        Organisation school = store.save(organisation("Österbyskolan", OrganisationKind.OTHER, municipality));
        Person made = attendance.newPerson("  Åsa ", "Öberg", school);
        Participant newcomer = attendance.addWalkIn(offering.getId(), made);
        assertEquals("Åsa Öberg", newcomer.name());
        assertEquals("Österbyskolan", newcomer.organisation());
        assertEquals("Östhammars kommun", newcomer.municipality());
        assertTrue(store.find(Person.class, newcomer.personId()).isPresent(), "the person is saved with it");
        assertEquals(5, attendance.grid(offering.getId()).participants().size());
        assertEquals(3, County.service(CourseService.class).enrolmentCounts().get(offering.getId()).enrolled(),
                "the offering's seats: the walk-ins take none");
    }

    @Test
    void theGridCostsTheSameFewStatementsForTenOrThirtyParticipantsOnThreeDays() throws Exception {
        CourseOffering small = offering(10, 3);
        CourseOffering large = offering(30, 3);
        for (CourseOffering offering : List.of(small, large)) {
            Grid grid = attendance.grid(offering.getId());
            attendance.markAll(offering.getId(), grid.days().get(0).id(), AttendanceKind.PRESENT);
            attendance.markAll(offering.getId(), grid.days().get(1).id(), AttendanceKind.LATE);
        }

        Counted<Grid> ten = StoreProbe.count(store, () -> attendance.grid(small.getId()));
        Counted<Grid> thirty = StoreProbe.count(store, () -> attendance.grid(large.getId()));

        System.out.printf("Attendance grid: %d statements with 10 participants x 3 days, %d with 30 x 3%n",
                ten.statements(), thirty.statements());
        assertEquals(ten.statements(), thirty.statements(), "statements grow with the participants: " + thirty.sql());
        assertTrue(thirty.statements() <= 40, thirty.statements() + " statements: " + thirty.sql());
        assertEquals(30, thirty.value().participants().size());
        assertEquals(60, thirty.value().marks().size());
        assertEquals(new DayCounts(0, 30, 0, 0, 0), thirty.value().counts(thirty.value().days().get(1).id()));
    }

    private static Map<Cell, AttendanceKind> singleton(Cell cell, AttendanceKind kind) {
        Map<Cell, AttendanceKind> map = new LinkedHashMap<>();
        map.put(cell, kind);
        return map;
    }

    private List<AttendanceMark> marksOf(String enrolmentId) {
        return store.findBy(AttendanceMark.class,
                se.samverka.model.SamverkaPackage.Literals.ATTENDANCE_MARK__ENROLMENT, enrolmentId);
    }

    /** An offering full with {@code participants} enrolled, on {@code days} days. */
    private CourseOffering offering(int participants, int days) throws StoreException {
        CourseOffering offering = MODEL.createCourseOffering();
        offering.setCourse(course);
        offering.setTitle("Grundkurs Östhammar " + participants);
        offering.setCapacity(participants);
        offering.getTrainers().add(person("Utbildare"));
        for (int day = days; day >= 1; day--) {
            SessionDay sessionDay = MODEL.createSessionDay();
            sessionDay.setSeq(day);
            sessionDay.setSessionDate(new Date(1_795_000_000_000L + day * 86_400_000L));
            offering.getSessionDays().add(sessionDay);
        }
        CourseOffering saved = store.save(offering);
        List<Enrolment> enrolments = new ArrayList<>();
        for (int i = 1; i <= participants; i++) {
            Enrolment enrolment = MODEL.createEnrolment();
            enrolment.setOffering(saved);
            enrolment.setPerson(person("Deltagare"));
            enrolment.setStatus(EnrolmentStatus.ENROLLED);
            enrolments.add(enrolment);
        }
        store.saveAll(enrolments);
        return saved;
    }

    private List<Enrolment> enrolments(CourseOffering offering) {
        return new ArrayList<>(store.findBy(Enrolment.class,
                se.samverka.model.SamverkaPackage.Literals.ENROLMENT__OFFERING, offering.getId()).stream()
                .sorted(java.util.Comparator.comparing(e -> e.getPerson().getLastName())).toList());
    }

    private Person person(String firstName) throws StoreException {
        Person person = MODEL.createPerson();
        person.setFirstName(firstName);
        person.setLastName("Nr " + (char) ('a' + people++ % 26) + people);
        person.setMunicipality(municipality);
        return store.save(person);
    }

    private static Organisation organisation(String name, OrganisationKind kind, Organisation parent) {
        Organisation organisation = MODEL.createOrganisation();
        organisation.setName(name);
        organisation.setKind(kind);
        organisation.setParent(parent);
        return organisation;
    }
}
