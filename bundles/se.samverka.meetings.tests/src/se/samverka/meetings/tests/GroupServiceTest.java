package se.samverka.meetings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.samverka.meetings.GroupService;
import se.samverka.meetings.GroupService.Attendance;
import se.samverka.meetings.GroupService.GroupPage;
import se.samverka.meetings.GroupService.Mark;
import se.samverka.meetings.GroupService.MemberAttendance;
import se.samverka.meetings.MembershipException;
import se.samverka.meetings.MembershipException.Reason;
import se.samverka.meetings.internal.groups.GroupServiceComponent;
import se.samverka.model.CooperationGroup;
import se.samverka.model.GroupKind;
import se.samverka.model.Invitation;
import se.samverka.model.Meeting;
import se.samverka.model.MeetingStatus;
import se.samverka.model.Membership;
import se.samverka.model.MembershipRole;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;

/**
 * The group service on a real encrypted laptop database: memberships that may not overlap, role changes that keep
 * the history, and each member's attendance over a year with the flag for two absences in a row.
 */
class GroupServiceTest {

    private static final SamverkaFactory F = SamverkaFactory.eINSTANCE;

    private LocalStore store;
    private GroupService service;
    private CooperationGroup group;

    @BeforeEach
    void open() throws Exception {
        ServiceTracker<LocalStores, LocalStores> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(GroupServiceTest.class).getBundleContext(), LocalStores.class, null);
        tracker.open();
        LocalStores stores = tracker.waitForService(10_000);
        Path folder = Path.of(System.getProperty("samverka.test.work", "target/meetings-work"))
                .resolve("groups-" + UUID.randomUUID());
        Files.createDirectories(folder.getParent());
        store = stores.open(folder, "hemligt-lösenord".toCharArray(), "lansstyrelsen");
        service = new GroupServiceComponent(store);
        CooperationGroup made = service.newGroup();
        made.setName("Butiksgruppen");
        group = service.save(made);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aPersonCannotBeAMemberTwiceAtTheSameTime() throws Exception {
        Person anna = person("Anna", "Lind");
        Membership first = service.addMember(group.getId(), anna, MembershipRole.MEMBER, day(2025, 1, 1));

        MembershipException overlap = assertThrows(MembershipException.class,
                () -> service.addMember(group.getId(), anna, MembershipRole.CHAIR, day(2025, 6, 1)));
        assertEquals(Reason.OVERLAP, overlap.reason());
        assertEquals(first.getId(), overlap.conflict().getId());
        // An open-ended period starting before the existing one overlaps it too.
        assertEquals(Reason.OVERLAP, assertThrows(MembershipException.class,
                () -> service.addMember(group.getId(), anna, MembershipRole.MEMBER, day(2024, 1, 1))).reason());

        service.endMembership(first.getId(), day(2025, 3, 31));
        // The last day still belongs to the old membership; the day after is free.
        assertEquals(Reason.OVERLAP, assertThrows(MembershipException.class,
                () -> service.addMember(group.getId(), anna, MembershipRole.MEMBER, day(2025, 3, 31))).reason());
        Membership again = service.addMember(group.getId(), anna, MembershipRole.MEMBER, day(2025, 4, 1));
        assertNotNull(again.getId());

        // Another person may join on any day.
        service.addMember(group.getId(), person("Bo", "Ek"), MembershipRole.MEMBER, day(2025, 6, 1));
        assertEquals(2, service.membersOn(group.getId(), day(2025, 6, 1)).size());
        assertEquals(0, service.membersOn(group.getId(), day(2024, 12, 31)).size());
    }

    @Test
    void aMembershipCannotEndBeforeItBeganNorEndTwice() throws Exception {
        Membership m = service.addMember(group.getId(), person("Cilla", "Berg"), MembershipRole.MEMBER,
                day(2025, 5, 10));
        assertEquals(Reason.ENDS_BEFORE_START, assertThrows(MembershipException.class,
                () -> service.endMembership(m.getId(), day(2025, 5, 9))).reason());
        assertNull(store.find(Membership.class, m.getId()).orElseThrow().getValidTo(), "nothing written");
        // Ending on the first day is a one-day membership.
        service.endMembership(m.getId(), day(2025, 5, 10));
        assertEquals(Reason.ALREADY_ENDED, assertThrows(MembershipException.class,
                () -> service.endMembership(m.getId(), day(2025, 6, 1))).reason());
        assertEquals(1, service.membersOn(group.getId(), day(2025, 5, 10)).size());
        assertEquals(0, service.membersOn(group.getId(), day(2025, 5, 11)).size());
    }

    @Test
    void aPersonMadeInPlaceIsSavedWithTheMembership() throws Exception {
        Person walkIn = F.createPerson();
        walkIn.setFirstName("Dragan");
        walkIn.setLastName("Nilsson");
        Membership m = service.addMember(group.getId(), walkIn, MembershipRole.ADJUNCT, day(2025, 2, 1));
        Person saved = store.find(Membership.class, m.getId()).orElseThrow().getPerson();
        assertNotNull(saved.getId());
        assertEquals("Nilsson", store.find(Person.class, saved.getId()).orElseThrow().getLastName());
    }

    @Test
    void aRoleChangeEndsTheOldMembershipAndKeepsWhoHeldWhichRoleWhen() throws Exception {
        LocalDate today = LocalDate.now();
        Person eva = person("Eva", "Holm");
        Membership member = service.addMember(group.getId(), eva, MembershipRole.MEMBER, today.minusYears(1));

        assertEquals(Reason.ENDS_BEFORE_START, assertThrows(MembershipException.class,
                () -> service.changeRole(member.getId(), MembershipRole.CHAIR, today.minusYears(2))).reason());
        Membership chair = service.changeRole(member.getId(), MembershipRole.CHAIR, today.minusMonths(2));

        assertEquals(MembershipRole.CHAIR, chair.getMemberRole());
        Membership old = store.find(Membership.class, member.getId()).orElseThrow();
        assertEquals(MembershipRole.MEMBER, old.getMemberRole());
        assertEquals(date(today.minusMonths(2).minusDays(1)), old.getValidTo());
        assertEquals(MembershipRole.MEMBER, only(service.membersOn(group.getId(), today.minusMonths(2).minusDays(1)))
                .getMemberRole());
        assertEquals(MembershipRole.CHAIR, only(service.membersOn(group.getId(), today.minusMonths(2)))
                .getMemberRole());

        GroupPage page = service.page(group.getId()).orElseThrow();
        assertEquals(List.of(chair.getId()), page.current().stream().map(Membership::getId).toList());
        assertEquals(List.of(member.getId()), page.former().stream().map(Membership::getId).toList());
        assertEquals(1, service.rows().stream().filter(r -> r.id().equals(group.getId())).findFirst().orElseThrow()
                .currentMembers());

        // On the membership's first day, the role is corrected in place: no one-day history.
        Membership corrected = service.changeRole(chair.getId(), MembershipRole.CONVENER, today.minusMonths(2));
        assertEquals(chair.getId(), corrected.getId());
        assertEquals(MembershipRole.CONVENER, corrected.getMemberRole());
        assertEquals(2, service.page(group.getId()).orElseThrow().current().size()
                + service.page(group.getId()).orElseThrow().former().size());
    }

    @Test
    void attendanceOverAYearFlagsTwoAbsencesInARow() throws Exception {
        Person steady = person("Stina", "Alm");
        Person lateTwo = person("Lars", "Björk");
        Person firstTwo = person("Fia", "Carlsson");
        Person apart = person("Per", "Dahl");
        Person silent = person("Sara", "Ek");
        for (Person p : List.of(steady, lateTwo, firstTwo, apart, silent)) {
            service.addMember(group.getId(), p, MembershipRole.MEMBER, day(2024, 1, 1));
        }
        Person guest = person("Gunnar", "Gäst");
        Meeting before = meeting("December 2024", day(2024, 12, 5), MeetingStatus.HELD);
        Meeting feb = meeting("Februari", day(2025, 2, 6), MeetingStatus.HELD);
        Meeting may = meeting("Maj", day(2025, 5, 8), MeetingStatus.MINUTES_APPROVED);
        meeting("Inställt", day(2025, 6, 12), MeetingStatus.CANCELLED);
        Meeting sep = meeting("September", day(2025, 9, 11), MeetingStatus.HELD);
        Meeting nov = meeting("November", day(2025, 11, 13), MeetingStatus.HELD);
        Meeting dec = meeting("December", day(2025, 12, 11), MeetingStatus.INVITED);
        List<Invitation> invitations = new ArrayList<>();
        // steady: present, absent, present, absent — never two in a row.
        invite(invitations, steady, feb, true, may, false, sep, true, nov, false, dec, false);
        // lateTwo: the two held meetings at the end of the year; the one not yet held does not count.
        invite(invitations, lateTwo, feb, true, may, true, sep, false, nov, false, dec, false);
        // firstTwo: the first two of the year; absent at the last meeting of 2024 too, which is another year.
        invite(invitations, firstTwo, before, false, feb, false, may, false, sep, true, nov, true);
        // apart: absent, not invited, present, absent — a meeting not invited to neither breaks nor makes a run.
        invite(invitations, apart, feb, false, sep, true, nov, false);
        // A guest for one agenda item is no member.
        Invitation g = invitation(guest, may, true);
        g.setGuest(true);
        invitations.add(g);
        store.saveAll(invitations);

        Attendance year = service.attendance(group.getId(), 2025);

        assertEquals(List.of("Februari", "Maj", "September", "November", "December"),
                year.meetings().stream().map(m -> m.title()).toList());
        assertEquals(List.of("Alm", "Björk", "Carlsson", "Dahl", "Ek"),
                year.members().stream().map(m -> m.person().getLastName()).toList());
        MemberAttendance s = year.members().get(0);
        assertEquals(List.of(Mark.PRESENT, Mark.ABSENT, Mark.PRESENT, Mark.ABSENT, Mark.NOT_RECORDED), s.marks());
        assertEquals(5, s.invited());
        assertEquals(2, s.present());
        assertEquals(2, s.absent());
        assertEquals(1, s.notRecorded());
        assertFalse(s.flagged());
        assertTrue(year.members().get(1).flagged(), "absent at the last two held meetings");
        MemberAttendance f = year.members().get(2);
        assertTrue(f.flagged(), "absent at the first two meetings of the year");
        assertEquals(2, f.absent());
        MemberAttendance a = year.members().get(3);
        assertEquals(List.of(Mark.ABSENT, Mark.NOT_INVITED, Mark.PRESENT, Mark.ABSENT, Mark.NOT_INVITED),
                a.marks());
        assertFalse(a.flagged());
        MemberAttendance e = year.members().get(4);
        assertEquals(0, e.invited(), "a member never invited is listed, with nothing to count");
        assertFalse(e.flagged());

        // The year before: one meeting, Fia absent once, not flagged.
        Attendance earlier = service.attendance(group.getId(), 2024);
        assertEquals(1, earlier.meetings().size());
        assertFalse(earlier.members().stream().anyMatch(MemberAttendance::flagged));
        assertSame(Mark.ABSENT, earlier.members().stream().filter(m -> m.person().getLastName().equals("Carlsson"))
                .findFirst().orElseThrow().marks().get(0));
    }

    private void invite(List<Invitation> into, Person person, Object... meetingsAndAttended) {
        for (int i = 0; i < meetingsAndAttended.length; i += 2) {
            into.add(invitation(person, (Meeting) meetingsAndAttended[i], (Boolean) meetingsAndAttended[i + 1]));
        }
    }

    private static Invitation invitation(Person person, Meeting meeting, boolean attended) {
        Invitation invitation = F.createInvitation();
        invitation.setPerson(person);
        invitation.setMeeting(meeting);
        invitation.setAttended(attended);
        return invitation;
    }

    private Meeting meeting(String title, LocalDate day, MeetingStatus status) throws Exception {
        Meeting meeting = F.createMeeting();
        meeting.setTitle(title);
        meeting.setCooperationGroup(group);
        meeting.setMeetingDate(Date.from(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant()));
        meeting.setStatus(status);
        return store.save(meeting);
    }

    private Person person(String first, String last) throws Exception {
        Person person = F.createPerson();
        person.setFirstName(first);
        person.setLastName(last);
        return store.save(person);
    }

    private static Membership only(List<Membership> memberships) {
        assertEquals(1, memberships.size());
        return memberships.get(0);
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
