package se.samverka.meetings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.samverka.meetings.InvitationException;
import se.samverka.meetings.InvitationService;
import se.samverka.meetings.InvitationService.Invitee;
import se.samverka.meetings.InvitationService.InvitationPage;
import se.samverka.meetings.InvitationService.Summary;
import se.samverka.meetings.internal.invitations.InvitationServiceComponent;
import se.samverka.model.AgendaItem;
import se.samverka.model.CooperationGroup;
import se.samverka.model.GroupKind;
import se.samverka.model.Invitation;
import se.samverka.model.InvitationResponse;
import se.samverka.model.Meeting;
import se.samverka.model.MeetingStatus;
import se.samverka.model.Membership;
import se.samverka.model.MembershipRole;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.sync.Role;
import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;
import se.samverka.store.SyncPort;

/**
 * Invitations, replies and attendance on a real encrypted laptop database: who is invited on the meeting's day,
 * making them twice, guests for one agenda item, replies and the counts, attendance, and a coordinator who may
 * answer only their own invitation.
 */
class InvitationServiceTest {

    private static final SamverkaFactory F = SamverkaFactory.eINSTANCE;
    private static final LocalDate DAY = LocalDate.of(2027, 3, 10);

    private LocalStore store;
    private InvitationService service;
    private CooperationGroup group;
    private Organisation tierp;
    private Meeting meeting;

    @BeforeEach
    void open() throws Exception {
        ServiceTracker<LocalStores, LocalStores> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(InvitationServiceTest.class).getBundleContext(), LocalStores.class, null);
        tracker.open();
        LocalStores stores = tracker.waitForService(10_000);
        Path folder = Path.of(System.getProperty("samverka.test.work", "target/meetings-work"))
                .resolve("invitations-" + UUID.randomUUID());
        Files.createDirectories(folder.getParent());
        store = stores.open(folder, "hemligt-lösenord".toCharArray(), "lansstyrelsen");
        service = new InvitationServiceComponent(store);
        tierp = F.createOrganisation();
        tierp.setName("Tierps kommun");
        tierp.setKind(OrganisationKind.MUNICIPALITY);
        tierp = store.save(tierp);
        group = F.createCooperationGroup();
        group.setName("Länsnätverket");
        group.setKind(GroupKind.NETWORK);
        group = store.save(group);
        meeting = F.createMeeting();
        meeting.setTitle("Nätverksträff 1 2027");
        meeting.setCooperationGroup(group);
        meeting.setStatus(MeetingStatus.PLANNED);
        meeting.setMeetingDate(at(DAY, LocalTime.of(9, 0)));
        for (String title : List.of("Inledning", "Lägesbild från polisen", "Tema: Trygghetsvandringar")) {
            AgendaItem item = F.createAgendaItem();
            item.setTitle(title);
            item.setSeq(meeting.getAgendaItems().size() + 1);
            meeting.getAgendaItems().add(item);
        }
        meeting = store.save(meeting);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void membersWhoseMembershipCoversTheMeetingsDayAreInvitedAndThePlannedMeetingBecomesInvited()
            throws Exception {
        member("Anna", "Andersson", DAY.minusYears(2), null);
        member("Bo", "Berg", DAY.minusYears(1), DAY.minusDays(1)); // left the day before
        member("Cecilia", "Ceder", DAY.plusDays(1), null); // joins the day after
        member("David", "Dahl", DAY.minusMonths(6), DAY); // last day is the meeting's day
        member("Eva", "Ek", DAY, null); // first day is the meeting's day

        assertEquals(3, service.makeInvitations(meeting.getId()));

        InvitationPage page = service.page(meeting.getId()).orElseThrow();
        assertEquals(List.of("Anna Andersson", "David Dahl", "Eva Ek"), names(page));
        assertEquals(MeetingStatus.INVITED, page.status());
        assertEquals(MeetingStatus.INVITED, store.find(Meeting.class, meeting.getId()).orElseThrow().getStatus());
        assertTrue(page.invitees().stream().allMatch(i -> i.response() == InvitationResponse.NO_RESPONSE));
        assertEquals(new Summary(0, 0, 0, 3, 0, 0, List.of()), page.summary());
    }

    @Test
    void makingTheInvitationsAgainAddsNoOneButAMemberWhoJoinedSince() throws Exception {
        member("Anna", "Andersson", DAY.minusYears(2), null);
        member("Bo", "Berg", DAY.minusYears(2), null);
        assertEquals(2, service.makeInvitations(meeting.getId()));
        int changes = store.changes().size();

        assertEquals(0, service.makeInvitations(meeting.getId()));
        assertEquals(changes, store.changes().size(), "nothing written the second time");
        assertEquals(2, service.page(meeting.getId()).orElseThrow().invitees().size());

        member("Cecilia", "Ceder", DAY.minusWeeks(1), null);
        assertEquals(1, service.makeInvitations(meeting.getId()));
        assertEquals(List.of("Anna Andersson", "Bo Berg", "Cecilia Ceder"),
                names(service.page(meeting.getId()).orElseThrow()));
    }

    @Test
    void aHeldMeetingKeepsItsStatusWhenInvitationsAreMade() throws Exception {
        meeting.setStatus(MeetingStatus.HELD);
        meeting = store.save(meeting);
        member("Anna", "Andersson", DAY.minusYears(2), null);
        assertEquals(1, service.makeInvitations(meeting.getId()));
        assertEquals(MeetingStatus.HELD, store.find(Meeting.class, meeting.getId()).orElseThrow().getStatus());
    }

    @Test
    void aGuestIsInvitedToOneAgendaItemAndAPersonMadeInPlaceIsSavedWithTheInvitation() throws Exception {
        Person anna = member("Anna", "Andersson", DAY.minusYears(2), null);
        service.makeInvitations(meeting.getId());
        AgendaItem theme = meeting.getAgendaItems().get(2);
        Organisation brottsofferjouren = F.createOrganisation();
        brottsofferjouren.setName("Brottsofferjouren Uppsala län");
        brottsofferjouren.setKind(OrganisationKind.PARTNER);
        brottsofferjouren = store.save(brottsofferjouren);
        Person guest = F.createPerson();
        guest.setFirstName("Gunnel");
        guest.setLastName("Gäst");
        guest.setOrganisation(brottsofferjouren);

        Invitation invitation = service.inviteGuest(meeting.getId(), theme.getId(), guest);

        assertNotNull(invitation.getPerson().getId(), "the person made in place is saved");
        assertTrue(invitation.isGuest());
        Invitee shown = service.page(meeting.getId()).orElseThrow().invitees().get(1);
        assertEquals("Gunnel Gäst", shown.name());
        assertEquals("Brottsofferjouren Uppsala län", shown.organisation());
        assertTrue(shown.guest());
        assertEquals("Tema: Trygghetsvandringar", shown.agendaItem());

        Person saved = invitation.getPerson();
        InvitationException twice = assertThrows(InvitationException.class,
                () -> service.inviteGuest(meeting.getId(), theme.getId(), saved));
        assertEquals(InvitationException.Reason.ALREADY_INVITED, twice.reason());
        InvitationException member = assertThrows(InvitationException.class,
                () -> service.inviteGuest(meeting.getId(), theme.getId(), anna));
        assertEquals(InvitationException.Reason.ALREADY_INVITED, member.reason(), "invited to the whole meeting");
        // The guest of one item is invited to another item as well; making the invitations adds no one.
        service.inviteGuest(meeting.getId(), meeting.getAgendaItems().get(1).getId(), saved);
        assertEquals(0, service.makeInvitations(meeting.getId()));
        assertEquals(3, service.page(meeting.getId()).orElseThrow().invitees().size());
    }

    @Test
    void repliesAndAttendanceAreCountedWithTheApologiesNotes() throws Exception {
        for (String name : List.of("Anna", "Bo", "Cecilia", "David", "Eva")) {
            member(name, "Medlem", DAY.minusYears(1), null);
        }
        service.makeInvitations(meeting.getId());
        List<Invitee> invitees = service.page(meeting.getId()).orElseThrow().invitees();

        service.reply(invitees.get(0).invitationId(), InvitationResponse.ACCEPTED, "ignored");
        service.reply(invitees.get(1).invitationId(), InvitationResponse.ACCEPTED, null);
        service.reply(invitees.get(2).invitationId(), InvitationResponse.APOLOGY, "  Krockar med kommunstyrelsen ");
        service.reply(invitees.get(3).invitationId(), InvitationResponse.DECLINED, "");

        InvitationPage page = service.page(meeting.getId()).orElseThrow();
        assertEquals(new Summary(2, 1, 1, 1, 0, 0, List.of("Cecilia Medlem: Krockar med kommunstyrelsen")),
                page.summary());
        assertNull(page.invitees().get(0).note(), "a note is kept with an apology or a refusal only");
        assertEquals("Krockar med kommunstyrelsen", page.invitees().get(2).note());

        service.markAttendance(invitees.get(0).invitationId(), true);
        service.markAttendance(invitees.get(4).invitationId(), true);
        assertEquals(2, service.page(meeting.getId()).orElseThrow().summary().present());
        assertEquals(3, service.page(meeting.getId()).orElseThrow().summary().absent());
        service.markAttendance(invitees.get(4).invitationId(), false);
        assertEquals(1, service.page(meeting.getId()).orElseThrow().summary().present());

        assertEquals(4, service.markAllPresent(meeting.getId()));
        Summary all = service.page(meeting.getId()).orElseThrow().summary();
        assertEquals(5, all.present());
        assertEquals(0, all.absent());
    }

    @Test
    void aCoordinatorAnswersOnlyTheirOwnInvitationOfflineAndMakesNone() throws Exception {
        Person anna = member("Anna", "Andersson", DAY.minusYears(2), null);
        member("Bo", "Berg", DAY.minusYears(2), null);
        service.makeInvitations(meeting.getId());
        List<Invitee> invitees = service.page(meeting.getId()).orElseThrow().invitees();
        // As after a sync that said the user is Anna, Tierp's coordinator.
        long lastChange = store.changes().get(store.changes().size() - 1).seq();
        store.sync().apply(new SyncPort.Incoming(lastChange, List.of(), Map.of(), List.of(), 1, null, List.of(),
                new SyncPort.User(Role.COORDINATOR, anna.getId(), tierp.getId())));
        assertEquals(new InvitationService.Replier(Role.COORDINATOR, anna.getId()), service.replier());

        List<Invitee> shown = service.page(meeting.getId()).orElseThrow().invitees();
        assertTrue(shown.get(0).mayReply(), "her own");
        assertFalse(shown.get(1).mayReply(), "someone else's");

        service.reply(invitees.get(0).invitationId(), InvitationResponse.APOLOGY, "Sjuk");
        InvitationException refused = assertThrows(InvitationException.class,
                () -> service.reply(invitees.get(1).invitationId(), InvitationResponse.ACCEPTED, null));
        assertEquals(InvitationException.Reason.NOT_OWN_INVITATION, refused.reason());
        assertEquals(InvitationResponse.NO_RESPONSE,
                store.find(Invitation.class, invitees.get(1).invitationId()).orElseThrow().getResponse());
        assertEquals(InvitationException.Reason.COUNTY_ONLY,
                assertThrows(InvitationException.class, () -> service.makeInvitations(meeting.getId())).reason());
        assertEquals(InvitationException.Reason.COUNTY_ONLY, assertThrows(InvitationException.class,
                () -> service.markAttendance(invitees.get(0).invitationId(), true)).reason());
        assertEquals(1, store.sync().unsentChanges(), "only her reply waits for the sync");
    }

    private Person member(String first, String last, LocalDate from, LocalDate to) throws Exception {
        Person person = F.createPerson();
        person.setFirstName(first);
        person.setLastName(last);
        person.setMunicipality(tierp);
        person = store.save(person);
        Membership membership = F.createMembership();
        membership.setCooperationGroup(group);
        membership.setPerson(person);
        membership.setMemberRole(MembershipRole.MEMBER);
        membership.setValidFrom(at(from, LocalTime.MIDNIGHT));
        membership.setValidTo(to == null ? null : at(to, LocalTime.MIDNIGHT));
        store.save(membership);
        return person;
    }

    private static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(ZoneId.systemDefault()).toInstant());
    }

    private static List<String> names(InvitationPage page) {
        return page.invitees().stream().map(Invitee::name).toList();
    }
}
