package se.samverka.courses.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.samverka.courses.EnrolmentException;
import se.samverka.courses.EnrolmentService;
import se.samverka.courses.EnrolmentService.CompletionPlan;
import se.samverka.courses.EnrolmentService.Enroller;
import se.samverka.courses.EnrolmentService.OfferingPage;
import se.samverka.courses.EnrolmentService.Participant;
import se.samverka.courses.internal.enrolment.EnrolmentServiceComponent;
import se.samverka.model.AttendanceKind;
import se.samverka.model.AttendanceMark;
import se.samverka.model.Course;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SessionDay;
import se.samverka.model.sync.Role;
import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;

/**
 * The enrolment service on a real encrypted laptop database: seats and the waitlist, promotion on cancellation,
 * the waitlist's order, a coordinator's municipality, the deadline, completion from the marks, the absence flag and
 * the copy for next term.
 */
class EnrolmentServiceTest {

    private static final SamverkaFactory F = SamverkaFactory.eINSTANCE;

    private LocalStore store;
    private EnrolmentService service;
    private Organisation tierp;
    private Organisation heby;
    private CourseOffering offering;

    @BeforeEach
    void open() throws Exception {
        ServiceTracker<LocalStores, LocalStores> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(EnrolmentServiceTest.class).getBundleContext(), LocalStores.class, null);
        tracker.open();
        LocalStores stores = tracker.waitForService(10_000);
        Path folder = Path.of(System.getProperty("samverka.test.work", "target/courses-work"))
                .resolve("enrolment-" + UUID.randomUUID());
        Files.createDirectories(folder.getParent());
        store = stores.open(folder, "hemligt-lösenord".toCharArray(), "kursadmin");
        service = new EnrolmentServiceComponent(store);
        tierp = store.save(municipality("Tierp"));
        heby = store.save(municipality("Heby"));
        offering = store.save(offering(2, 2, null));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void enrolsUntilFullThenOntoTheWaitlistInOrder() throws Exception {
        List<Enrolment> made = enrolAll("Cilla", "Björn", "Örjan", "Ärla");
        assertEquals(List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITLISTED,
                EnrolmentStatus.WAITLISTED), made.stream().map(Enrolment::getStatus).toList());
        assertEquals(1, made.get(2).getWaitlistPosition());
        assertEquals(2, made.get(3).getWaitlistPosition());
        OfferingPage page = service.page(offering.getId()).orElseThrow();
        assertEquals(2, page.seated());
        assertEquals(2, page.waitlisted());
        assertEquals(List.of("Björn", "Cilla", "Örjan", "Ärla"),
                page.participants().stream().map(p -> p.person().getFirstName()).toList(),
                "seated by name, then the waitlist in its order");
    }

    @Test
    void aCancellationPromotesTheFirstOnTheWaitlistProvisionallyInOneStep() throws Exception {
        List<Enrolment> made = enrolAll("Åsa", "Björn", "Örjan", "Ärla");
        // As after a sync: everything so far accepted by the server.
        List<se.samverka.store.Change> log = store.changes();
        store.sync().apply(new se.samverka.store.SyncPort.Incoming(log.get(log.size() - 1).seq(), List.of(),
                java.util.Map.of(), List.of(), 1, null));
        List<Enrolment> changed = service.changeStatus(made.get(0).getId(), EnrolmentStatus.CANCELLED);
        assertEquals(2, changed.size());
        Enrolment promoted = store.find(Enrolment.class, made.get(2).getId()).orElseThrow();
        assertEquals(EnrolmentStatus.ENROLLED, promoted.getStatus());
        assertEquals(0, promoted.getWaitlistPosition(), "off the waitlist");
        OfferingPage page = service.page(offering.getId()).orElseThrow();
        Participant shown = page.participants().stream().filter(p -> p.enrolment().getId().equals(promoted.getId()))
                .findFirst().orElseThrow();
        assertTrue(shown.provisional(), "a seat taken on the laptop waits for the server");
        assertEquals(1, page.waitlisted());
        assertEquals(2, page.seated());
        // Sync pushes the seat given up before the promotion into it, so the server finds the seat free.
        List<String> pushed = store.sync().outbox().stream().map(o -> o.record().getId()).toList();
        assertEquals(2, pushed.size(), pushed + " of " + store.changes().stream()
                .map(c -> c.seq() + c.kind().name() + c.objectId() + c.fields()).toList() + " cancelled "
                + made.get(0).getId() + " promoted " + promoted.getId());
        assertTrue(pushed.indexOf(made.get(0).getId()) < pushed.indexOf(promoted.getId()), pushed.toString());
    }

    @Test
    void theWaitlistOrderCanBeChangedAndThePromotionFollowsIt() throws Exception {
        List<Enrolment> made = enrolAll("Åsa", "Björn", "Örjan", "Ärla", "Gun");
        service.move(made.get(4).getId(), -2);
        assertEquals(List.of("Gun", "Örjan", "Ärla"), service.page(offering.getId()).orElseThrow().participants()
                .stream().filter(p -> p.status() == EnrolmentStatus.WAITLISTED).map(p -> p.person().getFirstName())
                .toList());
        assertThrows(EnrolmentException.class, () -> service.move(made.get(4).getId(), -1), "already first");
        service.changeStatus(made.get(1).getId(), EnrolmentStatus.CANCELLED);
        assertEquals(EnrolmentStatus.ENROLLED,
                store.find(Enrolment.class, made.get(4).getId()).orElseThrow().getStatus());
    }

    @Test
    void onlyTheAllowedTransitionsAreOfferedAndTaken() throws Exception {
        List<Enrolment> made = enrolAll("Åsa", "Björn", "Örjan");
        Enrolment waiting = made.get(2);
        assertEquals(java.util.Set.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.CANCELLED), service.actions(waiting));
        EnrolmentException e = assertThrows(EnrolmentException.class,
                () -> service.changeStatus(waiting.getId(), EnrolmentStatus.COMPLETED));
        assertEquals(EnrolmentException.Reason.NOT_ALLOWED, e.reason());
        EnrolmentException full = assertThrows(EnrolmentException.class,
                () -> service.changeStatus(waiting.getId(), EnrolmentStatus.ENROLLED));
        assertEquals(EnrolmentException.Reason.NO_SEAT, full.reason(), "no seat free: stays on the waitlist");
        assertEquals(EnrolmentStatus.WAITLISTED, store.find(Enrolment.class, waiting.getId()).orElseThrow()
                .getStatus());
    }

    @Test
    void aCoordinatorIsToldBeforeTheSyncThatAnotherMunicipalitysPersonCannotBeEnrolled() throws Exception {
        Person fromHeby = store.save(person("Hans", heby, null));
        Enroller tierpsCoordinator = new Enroller(Role.COORDINATOR, tierp.getId());
        assertEquals(EnrolmentException.Reason.OTHER_MUNICIPALITY,
                service.refusal(offering.getId(), fromHeby, tierpsCoordinator));
        EnrolmentException e = assertThrows(EnrolmentException.class,
                () -> service.enrol(offering.getId(), fromHeby, tierpsCoordinator, false));
        assertEquals(EnrolmentException.Reason.OTHER_MUNICIPALITY, e.reason());
        assertTrue(store.findAll(Enrolment.class).isEmpty(), "nothing saved");
        Person fromTierp = store.save(person("Tora", tierp, null));
        assertNull(service.refusal(offering.getId(), fromTierp, tierpsCoordinator));
        service.enrol(offering.getId(), fromTierp, tierpsCoordinator, false);
        assertEquals(EnrolmentException.Reason.ALREADY_ENROLLED,
                service.refusal(offering.getId(), fromTierp, tierpsCoordinator));
    }

    @Test
    void enrolmentAfterTheDeadlineNeedsTheUsersConfirmation() throws Exception {
        CourseOffering late = store.save(offering(5, 1, LocalDate.now().minusDays(1)));
        Person person = store.save(person("Sen", tierp, null));
        assertTrue(service.pastDeadline(late));
        EnrolmentException e = assertThrows(EnrolmentException.class,
                () -> service.enrol(late.getId(), person, Enroller.COUNTY, false));
        assertEquals(EnrolmentException.Reason.DEADLINE_PASSED, e.reason());
        assertTrue(store.findAll(Enrolment.class).isEmpty());
        assertEquals(EnrolmentStatus.ENROLLED, service.enrol(late.getId(), person, Enroller.COUNTY, true).getStatus());
        assertFalse(service.pastDeadline(offering));
    }

    @Test
    void aPersonMadeInPlaceIsSavedWithTheEnrolmentOrNotAtAll() throws Exception {
        Person bad = person("Ny", tierp, "inte-en-adress");
        assertThrows(EnrolmentException.class, () -> service.enrol(offering.getId(), bad, Enroller.COUNTY, false));
        assertEquals(0, store.findAll(Person.class).size(), "neither the person nor the enrolment");
        assertTrue(store.findAll(Enrolment.class).isEmpty());
        Person good = person("Ny", tierp, "ny.person@tierp.se");
        Enrolment enrolment = service.enrol(offering.getId(), good, Enroller.COUNTY, false);
        assertEquals("ny.person@tierp.se", store.find(Person.class, enrolment.getPerson().getId()).orElseThrow()
                .getEmail());
    }

    @Test
    void raisingTheCapacityGivesTheFreeSeatsToTheWaitlistInOrder() throws Exception {
        List<Enrolment> made = enrolAll("Åsa", "Björn", "Örjan", "Ärla", "Gun");
        CourseOffering bigger = store.find(CourseOffering.class, offering.getId()).orElseThrow();
        bigger.setCapacity(4);
        store.save(bigger);
        List<Enrolment> promoted = service.fillFreeSeats(offering.getId());
        assertEquals(List.of(made.get(2).getId(), made.get(3).getId()),
                promoted.stream().map(Enrolment::getId).toList());
        assertEquals(EnrolmentStatus.WAITLISTED,
                store.find(Enrolment.class, made.get(4).getId()).orElseThrow().getStatus());
    }

    @Test
    void completionGivesCompletedToThosePresentOrLateOnEveryDayAndNoShowToTheOthers() throws Exception {
        List<Enrolment> made = enrolAll("Åsa", "Björn");
        CourseOffering read = store.find(CourseOffering.class, offering.getId()).orElseThrow();
        SessionDay first = read.getSessionDays().get(0);
        SessionDay second = read.getSessionDays().get(1);
        mark(made.get(0), first, AttendanceKind.PRESENT);
        mark(made.get(0), second, AttendanceKind.LATE);
        mark(made.get(1), first, AttendanceKind.PRESENT);
        mark(made.get(1), second, AttendanceKind.EXCUSED);
        CompletionPlan plan = service.completionPlan(offering.getId());
        assertEquals(2, plan.sessionDays());
        assertEquals(1, plan.completing());
        service.complete(offering.getId());
        assertEquals(EnrolmentStatus.COMPLETED, store.find(Enrolment.class, made.get(0).getId()).orElseThrow()
                .getStatus());
        assertEquals(EnrolmentStatus.NO_SHOW, store.find(Enrolment.class, made.get(1).getId()).orElseThrow()
                .getStatus());
        assertEquals(2, service.page(offering.getId()).orElseThrow().seated(), "a no-show held a seat");
    }

    @Test
    void aPersonAbsentOrNotShownUpInTwoOfferingsIsFlagged() throws Exception {
        Person often = store.save(person("Ofta", tierp, null));
        Person once = store.save(person("Engång", tierp, null));
        CourseOffering other = store.save(offering(5, 1, null));
        Enrolment a = service.enrol(offering.getId(), often, Enroller.COUNTY, false);
        Enrolment b = service.enrol(other.getId(), often, Enroller.COUNTY, false);
        Enrolment c = service.enrol(other.getId(), once, Enroller.COUNTY, false);
        mark(a, store.find(CourseOffering.class, offering.getId()).orElseThrow().getSessionDays().get(0),
                AttendanceKind.ABSENT);
        service.changeStatus(b.getId(), EnrolmentStatus.NO_SHOW);
        service.changeStatus(c.getId(), EnrolmentStatus.NO_SHOW);
        assertEquals(java.util.Set.of(often.getId()), service.flagged(List.of(often.getId(), once.getId())));
        assertTrue(service.page(other.getId()).orElseThrow().participants().stream()
                .filter(p -> p.person().getId().equals(often.getId())).findFirst().orElseThrow().flagged());
    }

    @Test
    void aCopyForNextTermHasTheDaysHalfAYearLaterAndNoEnrolments() throws Exception {
        enrolAll("Åsa");
        CourseOffering copy = service.copy(offering.getId());
        assertEquals(offering.getTitle(), copy.getTitle());
        assertEquals(2, copy.getSessionDays().size());
        LocalDate was = day(offering.getSessionDays().get(0).getSessionDate());
        assertEquals(was.plusWeeks(26), day(copy.getSessionDays().get(0).getSessionDate()));
        assertEquals(was.getDayOfWeek(), day(copy.getSessionDays().get(0).getSessionDate()).getDayOfWeek());
        assertTrue(service.page(copy.getId()).orElseThrow().participants().isEmpty());
        assertEquals(1, service.page(offering.getId()).orElseThrow().participants().size());
    }

    private List<Enrolment> enrolAll(String... firstNames) throws Exception {
        List<Enrolment> made = new java.util.ArrayList<>();
        for (String name : firstNames) {
            made.add(service.enrol(offering.getId(), store.save(person(name, tierp, null)), Enroller.COUNTY, false));
        }
        return made;
    }

    private void mark(Enrolment enrolment, SessionDay day, AttendanceKind kind) throws Exception {
        AttendanceMark mark = F.createAttendanceMark();
        mark.setEnrolment(store.find(Enrolment.class, enrolment.getId()).orElseThrow());
        mark.setSessionDay(day);
        mark.setMark(kind);
        mark.setMarkedAt(new Date());
        store.save(mark);
    }

    private static Organisation municipality(String name) {
        Organisation o = F.createOrganisation();
        o.setName(name + " kommun");
        o.setKind(OrganisationKind.MUNICIPALITY);
        return o;
    }

    private Person person(String firstName, Organisation municipality, String email) {
        Person p = F.createPerson();
        p.setFirstName(firstName);
        p.setLastName("Testsson");
        p.setOrganisation(municipality);
        p.setMunicipality(municipality);
        p.setEmail(email);
        return p;
    }

    private CourseOffering offering(int capacity, int days, LocalDate deadline) throws Exception {
        Course course = F.createCourse();
        course.setName("Grundkurs i praktiskt brottsförebyggande arbete");
        course = store.save(course);
        CourseOffering o = F.createCourseOffering();
        o.setCourse(course);
        o.setTitle("Grundkurs våren");
        o.setCapacity(capacity);
        o.setEnrolmentDeadline(deadline == null ? null : date(deadline));
        for (int i = 0; i < days; i++) {
            SessionDay day = F.createSessionDay();
            day.setSeq(i + 1);
            day.setSessionDate(date(LocalDate.of(2027, 3, 9).plusDays(i)));
            o.getSessionDays().add(day);
        }
        return o;
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static LocalDate day(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
