package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.meetings.InvitationService;
import se.samverka.meetings.InvitationService.Invitee;
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
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.sync.Role;
import se.samverka.store.LocalStore;

/**
 * Invitations against the real county server: a coordinator's reply given offline and county staff's edit of the
 * same meeting both arrive; a coordinator does not receive another group's meeting; the server refuses a
 * coordinator's change of someone else's invitation, and of anything but the reply of their own, even from a laptop
 * that bypasses the service.
 */
class InvitationSyncTest {

    private static final SamverkaFactory MAKE = SamverkaFactory.eINSTANCE;
    private static County county;

    @BeforeAll
    static void startCounty() throws Exception {
        county = County.shared();
    }

    @Test
    void aCoordinatorsOfflineReplyAndCountyStaffsEditOfTheMeetingBothArriveAndOthersInvitationsAreRefused()
            throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        try (LocalStore office = county.laptop("lan1")) {
            county.sync(office, "lan1");
            // A group of its own (the county is shared by the test run): Tierp's coordinator and another member.
            Person coordinator = office.save(person("Sara", "Samordnare " + tag, county.municipality));
            Person colleague = office.save(person("Olof", "Kollega " + tag, county.otherMunicipality));
            CooperationGroup group = office.save(group("Inbjudningsgruppen " + tag));
            office.saveAll(List.of(membership(office, coordinator, group), membership(office, colleague, group)));
            Meeting meeting = office.save(meeting(office, group, "Möte " + tag));
            // Another group without anyone of the coordinator's municipality.
            CooperationGroup other = office.save(group("Andra gruppen " + tag));
            office.save(membership(office, colleague, other));
            Meeting othersMeeting = office.save(meeting(office, other, "Annat möte " + tag));
            InvitationService countyStaff = new InvitationServiceComponent(office);
            assertEquals(2, countyStaff.makeInvitations(meeting.getId()));
            assertEquals(1, countyStaff.makeInvitations(othersMeeting.getId()));
            county.sync(office, "lan1");
            assertEquals(List.of(), office.sync().conflicts());

            String user = "inbjuden_" + tag;
            county.server.admin().createUser(user, County.PASSWORD, Role.COORDINATOR, county.municipality.getId(),
                    coordinator.getId());
            try (LocalStore laptop = county.laptop(user)) {
                county.sync(laptop, user);
                assertTrue(laptop.find(Meeting.class, meeting.getId()).isPresent(), "her group's meeting");
                assertTrue(laptop.find(Meeting.class, othersMeeting.getId()).isEmpty(), "not another group's");
                InvitationService mine = new InvitationServiceComponent(laptop);
                List<Invitee> invitees = mine.page(meeting.getId()).orElseThrow().invitees();
                assertEquals(2, invitees.size(), "she sees who else is invited");
                Invitee own = invitees.stream().filter(i -> i.personId().equals(coordinator.getId())).findFirst()
                        .orElseThrow();
                Invitee colleagues = invitees.stream().filter(i -> !i.personId().equals(coordinator.getId()))
                        .findFirst().orElseThrow();
                assertTrue(own.mayReply());
                assertFalse(colleagues.mayReply());

                // Offline on both sides: her apology; county staff write the item's text and note the colleague.
                mine.reply(own.invitationId(), InvitationResponse.APOLOGY, "Krockar med kommunstyrelsen");
                Meeting edited = office.find(Meeting.class, meeting.getId()).orElseThrow();
                edited.getAgendaItems().get(0).setDescription("Polisen redovisade lägesbilden för hösten.");
                office.save(edited);
                countyStaff.reply(colleagues.invitationId(), InvitationResponse.ACCEPTED, null);

                county.sync(laptop, user);
                county.sync(office, "lan1");
                county.sync(laptop, user);

                Invitation reply = office.find(Invitation.class, own.invitationId()).orElseThrow();
                assertEquals(InvitationResponse.APOLOGY, reply.getResponse(), "her reply reached the county");
                assertEquals("Krockar med kommunstyrelsen", reply.getResponseNote());
                assertEquals("Polisen redovisade lägesbilden för hösten.", laptop.find(Meeting.class,
                        meeting.getId()).orElseThrow().getAgendaItems().get(0).getDescription(),
                        "county staff's edit reached her");
                assertEquals(InvitationResponse.ACCEPTED,
                        laptop.find(Invitation.class, colleagues.invitationId()).orElseThrow().getResponse());
                assertEquals(List.of(), laptop.sync().conflicts());
                assertEquals(List.of(), office.sync().conflicts());

                // A laptop that bypasses the service: her colleague's reply and her own attendance are refused.
                Invitation notHers = laptop.find(Invitation.class, colleagues.invitationId()).orElseThrow();
                notHers.setResponse(InvitationResponse.DECLINED);
                notHers.setResponseNote("Avbokad av någon annan");
                laptop.save(notHers);
                Invitation present = laptop.find(Invitation.class, own.invitationId()).orElseThrow();
                present.setAttended(true);
                laptop.save(present);
                county.sync(laptop, user);

                for (String id : List.of(colleagues.invitationId(), own.invitationId())) {
                    assertTrue(laptop.sync().conflicts().stream()
                            .anyMatch(c -> c.recordId().equals(id) && c.reason().equals("REFUSED")),
                            id + " refused: " + laptop.sync().conflicts());
                }
                assertEquals(InvitationResponse.ACCEPTED,
                        laptop.find(Invitation.class, colleagues.invitationId()).orElseThrow().getResponse(),
                        "the laptop takes back the county's version");
                county.sync(office, "lan1");
                Invitation atCounty = office.find(Invitation.class, colleagues.invitationId()).orElseThrow();
                assertEquals(InvitationResponse.ACCEPTED, atCounty.getResponse());
                assertEquals(null, atCounty.getResponseNote());
                assertFalse(office.find(Invitation.class, own.invitationId()).orElseThrow().isAttended());
            }
        }
    }

    private static Person person(String first, String last, Organisation municipality) {
        Person person = MAKE.createPerson();
        person.setFirstName(first);
        person.setLastName(last);
        person.setMunicipality(municipality);
        return person;
    }

    private static CooperationGroup group(String name) {
        CooperationGroup group = MAKE.createCooperationGroup();
        group.setName(name);
        group.setKind(GroupKind.WORKING_GROUP);
        return group;
    }

    private static Membership membership(LocalStore office, Person person, CooperationGroup group) {
        Membership membership = MAKE.createMembership();
        membership.setPerson(office.find(Person.class, person.getId()).orElseThrow());
        membership.setCooperationGroup(office.find(CooperationGroup.class, group.getId()).orElseThrow());
        membership.setMemberRole(MembershipRole.MEMBER);
        membership.setValidFrom(date(County.TODAY.minusYears(1)));
        return membership;
    }

    private static Meeting meeting(LocalStore office, CooperationGroup group, String title) {
        Meeting meeting = MAKE.createMeeting();
        meeting.setCooperationGroup(office.find(CooperationGroup.class, group.getId()).orElseThrow());
        meeting.setTitle(title);
        meeting.setStatus(MeetingStatus.PLANNED);
        meeting.setMeetingDate(date(County.TODAY.plusMonths(1)));
        AgendaItem item = MAKE.createAgendaItem();
        item.setSeq(1);
        item.setTitle("Lägesbild från polisen");
        meeting.getAgendaItems().add(item);
        return meeting;
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant());
    }
}
