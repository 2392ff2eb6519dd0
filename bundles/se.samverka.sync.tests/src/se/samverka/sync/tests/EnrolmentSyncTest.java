package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.courses.EnrolmentException;
import se.samverka.courses.EnrolmentService;
import se.samverka.courses.EnrolmentService.Enroller;
import se.samverka.courses.EnrolmentService.Participant;
import se.samverka.courses.internal.enrolment.EnrolmentServiceComponent;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.sync.Role;
import se.samverka.store.LocalStore;
import se.samverka.store.SyncPort;

/**
 * The enrolment service's steps taken offline, against the real county server: a promotion is provisional until the
 * server confirms it, a promotion the server refuses comes back as a place on the waitlist, and a coordinator is told
 * before the sync what the server would refuse.
 */
class EnrolmentSyncTest {

    private static County county;

    @BeforeAll
    static void startCounty() throws Exception {
        county = County.shared();
    }

    @Test
    void anOfflinePromotionIsProvisionalUntilTheServerConfirmsIt() throws Exception {
        try (LocalStore laptop = synced("lan1")) {
            EnrolmentService service = new EnrolmentServiceComponent(laptop);
            CourseOffering offering = fullOffering(laptop, service, 0);
            county.sync(laptop, "lan1");
            assertTrue(participants(service, offering).stream().noneMatch(Participant::provisional),
                    "every seat confirmed by the server");

            List<Participant> before = participants(service, offering);
            service.changeStatus(before.get(0).enrolment().getId(), EnrolmentStatus.CANCELLED);
            String first = firstWaiting(before);
            Participant promoted = participant(service, offering, first);
            assertEquals(EnrolmentStatus.ENROLLED, promoted.status());
            assertTrue(promoted.provisional(), "offline the seat is the laptop's guess");

            county.sync(laptop, "lan1");
            Participant confirmed = participant(service, offering, first);
            assertEquals(EnrolmentStatus.ENROLLED, confirmed.status());
            assertFalse(confirmed.provisional(), "confirmed by the server");
            assertTrue(laptop.sync().conflicts().stream().noneMatch(c -> c.recordId().equals(first)));
        }
    }

    @Test
    void aPromotionTheServerRefusesPutsThePersonBackOnTheWaitlist() throws Exception {
        try (LocalStore a = synced("lan1"); LocalStore b = synced("lan2")) {
            EnrolmentService onA = new EnrolmentServiceComponent(a);
            EnrolmentService onB = new EnrolmentServiceComponent(b);
            CourseOffering offering = fullOffering(a, onA, 1);
            county.sync(a, "lan1");
            county.sync(b, "lan2");
            List<Participant> was = participants(onB, offering);
            String seatHolder = was.get(0).enrolment().getId();
            List<String> waiting = was.stream().filter(p -> p.status() == EnrolmentStatus.WAITLISTED)
                    .map(p -> p.enrolment().getId()).toList();

            // The same cancellation reaches both offices; B had moved the second on the waitlist to the top.
            onA.changeStatus(seatHolder, EnrolmentStatus.CANCELLED);
            onB.move(waiting.get(1), -1);
            onB.changeStatus(seatHolder, EnrolmentStatus.CANCELLED);
            assertTrue(participant(onB, offering, waiting.get(1)).provisional());

            county.sync(a, "lan1");
            county.sync(b, "lan2");
            Participant refused = participant(onB, offering, waiting.get(1));
            assertEquals(EnrolmentStatus.WAITLISTED, refused.status(), "the server gave the seat to A's promotion");
            assertFalse(refused.provisional());
            assertEquals(EnrolmentStatus.ENROLLED, participant(onB, offering, waiting.get(0)).status());
            SyncPort.Conflict noSeat = b.sync().conflicts().stream()
                    .filter(c -> c.recordId().equals(waiting.get(1)) && c.reason().equals("NO_SEAT")).findFirst()
                    .orElseThrow();
            assertEquals("ENROLLED", noSeat.other());
            county.sync(a, "lan1");
            assertEquals(offering.getCapacity(), onA.page(offering.getId()).orElseThrow().seated());
        }
    }

    @Test
    void aCoordinatorIsToldBeforeTheSyncThatTheServerRefusesAnotherMunicipalitysPerson() throws Exception {
        try (LocalStore laptop = county.laptop("samordnare"); LocalStore office = synced("lan1")) {
            county.sync(laptop, "samordnare");
            EnrolmentService service = new EnrolmentServiceComponent(laptop);
            Enroller coordinator = new Enroller(Role.COORDINATOR, county.municipality.getId());
            CourseOffering offering = laptop.findAll(CourseOffering.class).get(0);
            Person outsider = laptop.findAll(Person.class).stream().filter(p -> p.getMunicipality() != null
                    && !p.getMunicipality().getId().equals(county.municipality.getId())).findFirst().orElseThrow();
            Person own = laptop.findAll(Person.class).stream().filter(p -> p.getMunicipality() != null
                    && p.getMunicipality().getId().equals(county.municipality.getId())
                    && service.refusal(offering.getId(), p, coordinator) == null).findFirst().orElseThrow();

            assertEquals(EnrolmentException.Reason.OTHER_MUNICIPALITY,
                    service.refusal(offering.getId(), outsider, coordinator));
            assertThrows(EnrolmentException.class, () -> service.enrol(offering.getId(), outsider, coordinator, true));
            assertNull(service.refusal(offering.getId(), own, coordinator));

            // What the service says is what the server does: the same enrolment saved past the service is refused.
            Enrolment forged = SamverkaFactory.eINSTANCE.createEnrolment();
            forged.setOffering(offering);
            forged.setPerson(outsider);
            forged.setStatus(EnrolmentStatus.WAITLISTED);
            forged.setWaitlistPosition(99);
            forged = laptop.save(forged);
            county.sync(laptop, "samordnare");
            String forgedId = forged.getId();
            assertTrue(laptop.sync().conflicts().stream()
                    .anyMatch(c -> c.recordId().equals(forgedId) && c.reason().equals("REFUSED")));
            county.sync(office, "lan1");
            assertFalse(office.find(Enrolment.class, forgedId).isPresent(), "the server did not take it");
        }
    }

    /**
     * One of the demo county's coming offerings (not the full one, which SyncTest uses; each test its own, so that no
     * record is added to the shared county) made full on this laptop: its seats are those enrolled, and those who
     * asked are put on the waitlist.
     */
    private static CourseOffering fullOffering(LocalStore laptop, EnrolmentService service, int which)
            throws Exception {
        List<CourseOffering> coming = county.data.offerings.stream()
                .filter(o -> o.getStatus() == se.samverka.model.OfferingStatus.PUBLISHED)
                .filter(o -> county.data.enrolments.stream().noneMatch(
                        e -> e.getOffering() == o && e.getStatus() == EnrolmentStatus.WAITLISTED))
                .filter(o -> county.data.enrolments.stream().filter(
                        e -> e.getOffering() == o && e.getStatus() == EnrolmentStatus.REQUESTED).count() >= 2)
                .sorted(java.util.Comparator.comparing(CourseOffering::getId)).toList();
        CourseOffering offering = laptop.find(CourseOffering.class, coming.get(which).getId()).orElseThrow();
        List<Enrolment> enrolments = laptop.findBy(Enrolment.class,
                se.samverka.model.SamverkaPackage.Literals.ENROLMENT__OFFERING, offering.getId());
        offering.setCapacity((int) enrolments.stream().filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED)
                .count());
        offering = laptop.save(offering);
        for (Enrolment asked : enrolments.stream().filter(e -> e.getStatus() == EnrolmentStatus.REQUESTED)
                .sorted(java.util.Comparator.comparing(Enrolment::getId)).toList()) {
            service.changeStatus(asked.getId(), EnrolmentStatus.WAITLISTED);
        }
        assertEquals(2, service.page(offering.getId()).orElseThrow().waitlisted());
        return offering;
    }

    private static List<Participant> participants(EnrolmentService service, CourseOffering offering) {
        return service.page(offering.getId()).orElseThrow().participants();
    }

    private static Participant participant(EnrolmentService service, CourseOffering offering, String enrolmentId) {
        return participants(service, offering).stream().filter(p -> p.enrolment().getId().equals(enrolmentId))
                .findFirst().orElseThrow();
    }

    private static String firstWaiting(List<Participant> participants) {
        return participants.stream().filter(p -> p.status() == EnrolmentStatus.WAITLISTED).findFirst().orElseThrow()
                .enrolment().getId();
    }

    private static LocalStore synced(String user) throws Exception {
        LocalStore laptop = county.laptop(user);
        county.sync(laptop, user);
        return laptop;
    }
}
