package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.meetings.ActionItemService;
import se.samverka.meetings.MeetingMinutes;
import se.samverka.meetings.MyActions;
import se.samverka.meetings.internal.actions.ActionItemServiceComponent;
import se.samverka.model.ActionItem;
import se.samverka.model.ActionItemStatus;
import se.samverka.model.AgendaItem;
import se.samverka.model.Meeting;
import se.samverka.model.Membership;
import se.samverka.model.Person;
import se.samverka.model.sync.Role;
import se.samverka.store.LocalStore;

/**
 * Action items against the real county server: an item closed offline by its owner on a coordinator's laptop
 * reaches the county, and county staff's minutes written meanwhile on the same meeting arrive too.
 */
class ActionItemSyncTest {

    /** A coordinator of this test's own, who is a person in the register (the shared {@code samordnare} is not). */
    private static final String OWNER = "samordnare_atgarder";

    private static County county;
    private static Person owner;
    private static Meeting meeting;

    @BeforeAll
    static void startCounty() throws Exception {
        county = County.shared();
        // A held meeting with an agenda, of a group with a member of the coordinator's municipality (so the
        // coordinator's laptop reaches it); that member signs in as the coordinator.
        Date today = Date.from(County.TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant());
        for (Meeting candidate : county.data.meetings.stream()
                .filter(m -> m.getMeetingDate() != null && m.getMeetingDate().before(today)
                        && !m.getAgendaItems().isEmpty() && m.getCooperationGroup() != null)
                .sorted(Comparator.comparing(Meeting::getId)).toList()) {
            Person member = county.data.memberships.stream()
                    .filter(ms -> ms.getCooperationGroup() == candidate.getCooperationGroup())
                    .map(Membership::getPerson)
                    .filter(p -> p.getMunicipality() != null
                            && p.getMunicipality().getId().equals(county.municipality.getId()))
                    .findFirst().orElse(null);
            if (member != null) {
                meeting = candidate;
                owner = member;
                break;
            }
        }
        county.server.admin().createUser(OWNER, County.PASSWORD, Role.COORDINATOR, county.municipality.getId(),
                owner.getId());
    }

    @Test
    void anItemClosedOfflineByItsOwnerAndCountyMinutesOnTheSameMeetingBothArrive() throws Exception {
        try (LocalStore office = synced("lan1"); LocalStore laptop = synced(OWNER)) {
            ActionItemService atOffice = new ActionItemServiceComponent(office);
            ActionItemService onLaptop = new ActionItemServiceComponent(laptop);
            Meeting atTheOffice = office.find(Meeting.class, meeting.getId()).orElseThrow();
            AgendaItem point = MeetingMinutes.agenda(atTheOffice).get(0);
            Person ownerThere = office.find(Person.class, owner.getId()).orElseThrow();
            ActionItem made = atOffice.add(meeting.getId(), point.getId(), "Skicka kommunens lägesbild till länet",
                    ownerThere, Date.from(County.TODAY.plusDays(14).atStartOfDay(ZoneId.systemDefault()).toInstant()));
            county.sync(office, "lan1");
            county.sync(laptop, OWNER);
            MyActions mine = onLaptop.myActions();
            assertEquals(owner.getId(), mine.personId(), "the server said who the coordinator is");
            assertTrue(ids(mine).contains(made.getId()), "the item reached its owner's laptop");
            assertFalse(onLaptop.mayPlan(), "a coordinator does not write meetings");

            // Offline on both sides: the owner closes the item, county staff write the item's minutes.
            Date done = Date.from(County.TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant());
            onLaptop.close(made.getId(), done, "Skickad den 23 november");
            Meeting edited = office.find(Meeting.class, meeting.getId()).orElseThrow();
            MeetingMinutes.setMinutes(edited, MeetingMinutes.agenda(edited).get(0),
                    "Kommunerna redogjorde för sina lägesbilder.");
            office.save(edited);
            assertFalse(ids(onLaptop.myActions()).contains(made.getId()), "closed on the laptop at once");

            county.sync(laptop, OWNER);
            county.sync(office, "lan1");
            assertTrue(laptop.sync().conflicts().stream().noneMatch(c -> c.recordId().equals(made.getId())),
                    "the owner may close their item: " + laptop.sync().conflicts());
            assertTrue(office.sync().conflicts().stream().noneMatch(c -> c.recordId().equals(meeting.getId())));

            try (LocalStore elsewhere = synced("lan2")) {
                ActionItem closed = elsewhere.find(ActionItem.class, made.getId()).orElseThrow();
                assertEquals(ActionItemStatus.DONE, closed.getStatus(), "the closure reached the county");
                assertEquals(done.getTime(), closed.getCompletedAt().getTime());
                assertEquals("Skickad den 23 november", closed.getFollowUpNote());
                Meeting there = elsewhere.find(Meeting.class, meeting.getId()).orElseThrow();
                assertEquals("Kommunerna redogjorde för sina lägesbilder.",
                        MeetingMinutes.minutes(there, MeetingMinutes.agenda(there).get(0)), "the minutes too");
            }
            ActionItem atOfficeNow = office.find(ActionItem.class, made.getId()).orElseThrow();
            assertEquals(ActionItemStatus.DONE, atOfficeNow.getStatus());
            county.sync(laptop, OWNER);
            Meeting onTheLaptop = laptop.find(Meeting.class, meeting.getId()).orElseThrow();
            assertEquals("Kommunerna redogjorde för sina lägesbilder.",
                    MeetingMinutes.minutes(onTheLaptop, MeetingMinutes.agenda(onTheLaptop).get(0)),
                    "the county's minutes reach the coordinator");
        }
    }

    @Test
    void twoLaptopsThatBothMakeTheFollowUpItemOfflineGiveTheNextMeetingOne() throws Exception {
        try (LocalStore one = synced("lan1"); LocalStore two = synced("lan2")) {
            ActionItemService onOne = new ActionItemServiceComponent(one);
            ActionItemService onTwo = new ActionItemServiceComponent(two);
            // A held meeting of a group whose next meeting has no follow-up item yet, nor open items to list.
            Date today = Date.from(County.TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant());
            Meeting held = null;
            String next = null;
            for (Meeting candidate : one.findAll(Meeting.class).stream()
                    .filter(m -> m.getMeetingDate() != null && m.getMeetingDate().before(today)
                            && !m.getAgendaItems().isEmpty() && m.getCooperationGroup() != null)
                    .sorted(Comparator.comparing(Meeting::getId)).toList()) {
                String after = onOne.nextMeeting(candidate.getId()).orElse(null);
                if (after != null && onOne.openBefore(after).isEmpty() && followUps(one, after) == 0) {
                    held = candidate;
                    next = after;
                    break;
                }
            }
            assertTrue(held != null, "the county has a held meeting whose next one has nothing to follow up");
            Person someone = one.findAll(Person.class).stream().min(Comparator.comparing(Person::getId))
                    .orElseThrow();
            Date due = Date.from(County.TODAY.plusDays(30).atStartOfDay(ZoneId.systemDefault()).toInstant());

            // Offline, each laptop writes an action item at the held meeting: each makes the follow-up item.
            String point = MeetingMinutes.agenda(held).get(0).getId();
            ActionItem first = onOne.add(held.getId(), point, "Boka lokal till trygghetsvandringen",
                    one.find(Person.class, someone.getId()).orElseThrow(), due);
            ActionItem second = onTwo.add(held.getId(), point, "Sammanställ polisens lägesbild",
                    two.find(Person.class, someone.getId()).orElseThrow(), due);
            assertEquals(1, followUps(one, next), "made on the first laptop");
            assertEquals(1, followUps(two, next), "made on the second laptop");

            county.sync(one, "lan1");
            county.sync(two, "lan2");
            county.sync(one, "lan1");
            assertEquals(1, followUps(one, next), "one follow-up item after the sync, not one from each laptop");
            assertEquals(1, followUps(two, next));
            // The next write of an action item (here, the roll-over it runs) lists both in the one item.
            onOne.rollOver(next);
            String listed = one.find(Meeting.class, next).orElseThrow().getAgendaItems().stream()
                    .filter(i -> ActionItemService.FOLLOW_UP_TITLE.equals(i.getTitle())).findFirst().orElseThrow()
                    .getDescription();
            assertTrue(listed.contains(first.getDescription()) && listed.contains(second.getDescription()), listed);
        }
    }

    private static long followUps(LocalStore laptop, String meetingId) {
        return laptop.find(Meeting.class, meetingId).orElseThrow().getAgendaItems().stream()
                .filter(i -> ActionItemService.FOLLOW_UP_TITLE.equals(i.getTitle())).count();
    }

    private static Set<String> ids(MyActions mine) {
        return Set.copyOf(mine.rows().stream().map(MyActions.Row::id).toList());
    }

    private static LocalStore synced(String user) throws Exception {
        LocalStore laptop = county.laptop(user);
        county.sync(laptop, user);
        return laptop;
    }
}
