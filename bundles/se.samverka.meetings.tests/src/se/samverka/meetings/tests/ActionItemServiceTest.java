package se.samverka.meetings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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

import se.samverka.meetings.ActionItemService;
import se.samverka.meetings.MeetingMinutes;
import se.samverka.meetings.MyActions;
import se.samverka.meetings.internal.actions.ActionItemServiceComponent;
import se.samverka.model.ActionItem;
import se.samverka.model.ActionItemStatus;
import se.samverka.model.AgendaItem;
import se.samverka.model.CooperationGroup;
import se.samverka.model.Decision;
import se.samverka.model.GroupKind;
import se.samverka.model.Meeting;
import se.samverka.model.MeetingStatus;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.sync.Role;
import se.samverka.store.Change;
import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;
import se.samverka.store.SyncPort;

/**
 * Minutes per agenda item, decisions numbered through the meeting, action items and their follow-up in the group's
 * next meeting, and "Mina åtgärder", on a real encrypted laptop database.
 */
class ActionItemServiceTest {

    private static final SamverkaFactory F = SamverkaFactory.eINSTANCE;
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private LocalStore store;
    private ActionItemService service;
    private CooperationGroup network;
    private Person anna;
    private Person bertil;

    @BeforeEach
    void open() throws Exception {
        ServiceTracker<LocalStores, LocalStores> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(ActionItemServiceTest.class).getBundleContext(), LocalStores.class, null);
        tracker.open();
        LocalStores stores = tracker.waitForService(10_000);
        Path folder = Path.of(System.getProperty("samverka.test.work", "target/meetings-work"))
                .resolve("actions-" + UUID.randomUUID());
        Files.createDirectories(folder.getParent());
        store = stores.open(folder, "hemligt-lösenord".toCharArray(), "lansstyrelsen");
        service = new ActionItemServiceComponent(store,
                Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE));
        network = F.createCooperationGroup();
        network.setName("Länsnätverket");
        network.setKind(GroupKind.NETWORK);
        network = store.save(network);
        anna = person("Anna", "Ek");
        bertil = person("Bertil", "Öberg");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void decisionsAreNumberedThroughTheMeetingInAgendaOrderAndAgainWhenOneIsRemoved() throws Exception {
        Meeting meeting = meeting(network, TODAY.minusDays(7), MeetingStatus.HELD, "Lägesbild", "Rapporter");
        AgendaItem first = MeetingMinutes.agenda(meeting).get(0);
        AgendaItem second = MeetingMinutes.agenda(meeting).get(1);
        Decision late = MeetingMinutes.addDecision(meeting, second, "att godkänna rapporterna");
        Decision early = MeetingMinutes.addDecision(meeting, first, "att lägga lägesbilden till handlingarna");
        Decision last = MeetingMinutes.addDecision(meeting, second, "att ge AU i uppdrag att sammanställa");
        assertEquals(List.of(1, 2, 3), List.of(early.getSeq(), late.getSeq(), last.getSeq()),
                "§ 1 is the first agenda item's decision, though it was written second");

        MeetingMinutes.removeDecision(meeting, early);
        assertEquals(List.of(1, 2), List.of(late.getSeq(), last.getSeq()), "renumbered without a gap");
        Meeting saved = store.save(meeting);
        assertEquals(List.of("att godkänna rapporterna", "att ge AU i uppdrag att sammanställa"),
                MeetingMinutes.decisions(saved).stream().map(Decision::getText).toList());
        assertEquals(List.of(1, 2), MeetingMinutes.decisions(saved).stream().map(Decision::getSeq).toList());
    }

    @Test
    void minutesPerAgendaItemLiveInTheMeetingsMinutesAndKeepWhatWasThere() throws Exception {
        Meeting meeting = meeting(network, TODAY.minusDays(7), MeetingStatus.HELD, "Lägesbild", "Rapporter");
        meeting.setMinutes("Mötet öppnades kl. 09.05.");
        AgendaItem first = MeetingMinutes.agenda(meeting).get(0);
        AgendaItem second = MeetingMinutes.agenda(meeting).get(1);
        MeetingMinutes.setMinutes(meeting, second, "Alla kommuner rapporterade.\n[punkt:x] som text");
        MeetingMinutes.setMinutes(meeting, first, "Polisen redogjorde för läget.");
        Meeting saved = store.save(meeting);

        AgendaItem savedFirst = MeetingMinutes.agenda(saved).get(0);
        AgendaItem savedSecond = MeetingMinutes.agenda(saved).get(1);
        assertEquals("Polisen redogjorde för läget.", MeetingMinutes.minutes(saved, savedFirst));
        assertEquals("Alla kommuner rapporterade.\n[punkt:x] som text", MeetingMinutes.minutes(saved, savedSecond),
                "a line that looks like a section's opening stays text");
        assertEquals("Mötet öppnades kl. 09.05.", MeetingMinutes.general(saved), "the general minutes are kept");
        assertTrue(saved.getMinutes().indexOf("Polisen") < saved.getMinutes().indexOf("Alla kommuner"),
                "sections in agenda order: " + saved.getMinutes());
        MeetingMinutes.setGeneral(saved, "Mötet öppnades kl. 09.10.");
        assertEquals("Mötet öppnades kl. 09.10.", MeetingMinutes.general(saved));
        assertEquals("Polisen redogjorde för läget.", MeetingMinutes.minutes(saved, savedFirst),
                "an item's minutes stay when the general minutes change");
    }

    @Test
    void openItemsRollIntoTheGroupsNextMeetingOnceFirstOnTheAgendaAndFollowClosing() throws Exception {
        Meeting held = meeting(network, TODAY.minusDays(7), MeetingStatus.HELD, "Lägesbild");
        Meeting next = meeting(network, TODAY.plusDays(60), MeetingStatus.PLANNED, "Nyheter", "Övrigt");
        meeting(network, TODAY.plusDays(120), MeetingStatus.PLANNED, "Nyheter");
        CooperationGroup other = F.createCooperationGroup();
        other.setName("Styrgruppen");
        other.setKind(GroupKind.STEERING_GROUP);
        Meeting otherGroups = meeting(store.save(other), TODAY.plusDays(30), MeetingStatus.PLANNED, "Budget");
        String point = held.getAgendaItems().get(0).getId();

        ActionItem survey = service.add(held.getId(), point, "Sammanställa enkäten", anna, date(TODAY.plusDays(20)));
        ActionItem plan = service.add(held.getId(), point, "Skicka ut åtgärdsplanen", bertil,
                date(TODAY.plusDays(10)));

        Meeting rolled = store.find(Meeting.class, next.getId()).orElseThrow();
        assertEquals(3, rolled.getAgendaItems().size(), "one follow-up item, however many action items");
        AgendaItem followUp = MeetingMinutes.agenda(rolled).get(0);
        assertEquals(ActionItemService.FOLLOW_UP_TITLE, followUp.getTitle());
        assertEquals(List.of("Uppföljning av åtgärder", "Nyheter", "Övrigt"),
                MeetingMinutes.agenda(rolled).stream().map(AgendaItem::getTitle).toList());
        assertTrue(followUp.getDescription().contains("Skicka ut åtgärdsplanen – Bertil Öberg"),
                followUp.getDescription());
        assertTrue(followUp.getDescription().indexOf("åtgärdsplanen") < followUp.getDescription().indexOf("enkäten"),
                "by due date");
        assertEquals(1, store.find(Meeting.class, otherGroups.getId()).orElseThrow().getAgendaItems().size(),
                "another group's meeting is not touched");

        long version = rolled.getVersion();
        int changes = store.changes().size();
        assertTrue(service.rollOver(next.getId()).isEmpty(), "nothing to write the second time");
        assertEquals(version, store.find(Meeting.class, next.getId()).orElseThrow().getVersion());
        assertEquals(changes, store.changes().size(), "idempotent: no change to sync");

        assertEquals(List.of(plan.getId(), survey.getId()),
                service.openBefore(next.getId()).stream().map(ActionItem::getId).toList());
        ActionItem closed = service.close(plan.getId(), date(TODAY), "Skickad till alla kommuner");
        assertEquals(ActionItemStatus.DONE, closed.getStatus());
        assertEquals(date(TODAY), closed.getCompletedAt());
        assertEquals("Skickad till alla kommuner", closed.getFollowUpNote());
        assertEquals(List.of(survey.getId()),
                service.openBefore(next.getId()).stream().map(ActionItem::getId).toList());
        String refreshed = followUp(next.getId()).getDescription();
        assertFalse(refreshed.contains("åtgärdsplanen"), "refreshed when an item is closed: " + refreshed);
        assertTrue(refreshed.contains("Sammanställa enkäten"));

        service.changeStatus(survey.getId(), ActionItemStatus.CANCELLED);
        assertEquals("Inga öppna åtgärder.", followUp(next.getId()).getDescription());
        assertEquals(3, store.find(Meeting.class, next.getId()).orElseThrow().getAgendaItems().size(),
                "the follow-up item stays, saying nothing is open");
    }

    @Test
    void closingNeedsADateAndAnItemNeedsWhatAndAnAgendaItemOfItsMeeting() throws Exception {
        Meeting held = meeting(network, TODAY.minusDays(7), MeetingStatus.HELD, "Lägesbild");
        Meeting other = meeting(network, TODAY.minusDays(60), MeetingStatus.HELD, "Annat");
        String point = held.getAgendaItems().get(0).getId();
        assertThrows(IllegalArgumentException.class, () -> service.add(held.getId(), point, "  ", anna, null));
        assertThrows(IllegalArgumentException.class, () -> service.add(held.getId(),
                other.getAgendaItems().get(0).getId(), "Något", anna, null));
        ActionItem item = service.add(held.getId(), point, "Något", anna, null);
        assertThrows(IllegalArgumentException.class, () -> service.close(item.getId(), null, "klart"));
        ActionItem unchanged = store.find(ActionItem.class, item.getId()).orElseThrow();
        assertEquals(ActionItemStatus.OPEN, unchanged.getStatus());
        assertNull(unchanged.getCompletedAt());
    }

    @Test
    void myActionsAreTheSignedInPersonsOpenItemsOverdueFirst() throws Exception {
        Meeting held = meeting(network, TODAY.minusDays(30), MeetingStatus.HELD, "Lägesbild");
        String point = held.getAgendaItems().get(0).getId();
        assertFalse(service.myActions().hasPerson(), "before the first sync: county staff, no person");
        assertEquals(List.of(), service.myActions().rows());

        ActionItem later = service.add(held.getId(), point, "Boka lokal", anna, date(TODAY.plusDays(14)));
        ActionItem overdue = service.add(held.getId(), point, "Skicka lägesbild", anna, date(TODAY.minusDays(1)));
        ActionItem dueToday = service.add(held.getId(), point, "Ringa polisen", anna, date(TODAY));
        ActionItem done = service.add(held.getId(), point, "Klart sedan länge", anna, date(TODAY.minusDays(20)));
        service.close(done.getId(), date(TODAY.minusDays(21)), null);
        service.add(held.getId(), point, "Bertils sak", bertil, date(TODAY.minusDays(5)));
        signInAs(anna);

        MyActions mine = service.myActions();
        assertEquals(anna.getId(), mine.personId());
        assertEquals(List.of(overdue.getId(), dueToday.getId(), later.getId()),
                mine.rows().stream().map(MyActions.Row::id).toList(), "overdue first, then by due date");
        assertEquals(List.of(true, false, false), mine.rows().stream().map(MyActions.Row::overdue).toList(),
                "due today is not overdue");
        assertEquals("Länsnätverket", mine.rows().get(0).group());
        assertEquals(held.getId(), mine.rows().get(0).meetingId());

        service.close(overdue.getId(), date(TODAY), "Skickad");
        assertEquals(List.of(dueToday.getId(), later.getId()),
                service.myActions().rows().stream().map(MyActions.Row::id).toList(), "a closed item leaves");
    }

    @Test
    void currentGroupsAreThoseOfMembershipsNotEndedForTheStartCard() throws Exception {
        CooperationGroup steering = F.createCooperationGroup();
        steering.setName("Styrgruppen");
        steering.setKind(GroupKind.STEERING_GROUP);
        steering = store.save(steering);
        membership(network, anna, TODAY.minusYears(1), null);
        membership(steering, anna, TODAY.minusYears(2), TODAY.minusDays(1));
        membership(steering, bertil, TODAY.minusYears(2), null);
        assertEquals(java.util.Set.of("Länsnätverket"), service.currentGroups(anna.getId()),
                "the ended membership is history");
        assertEquals(java.util.Set.of("Styrgruppen"), service.currentGroups(bertil.getId()));
    }

    private void membership(CooperationGroup group, Person person, LocalDate from, LocalDate to) throws Exception {
        se.samverka.model.Membership membership = F.createMembership();
        membership.setCooperationGroup(group);
        membership.setPerson(person);
        membership.setMemberRole(se.samverka.model.MembershipRole.MEMBER);
        membership.setValidFrom(date(from));
        membership.setValidTo(to == null ? null : date(to));
        store.save(membership);
    }

    private AgendaItem followUp(String meetingId) {
        return MeetingMinutes.agenda(store.find(Meeting.class, meetingId).orElseThrow()).get(0);
    }

    /** As after a sync that said who the user is. */
    private void signInAs(Person person) throws Exception {
        List<Change> log = store.changes();
        store.sync().apply(new SyncPort.Incoming(log.get(log.size() - 1).seq(), List.of(), Map.of(), List.of(), 1,
                null, List.of(), new SyncPort.User(Role.COORDINATOR, person.getId(), null)));
    }

    private Meeting meeting(CooperationGroup group, LocalDate day, MeetingStatus status, String... items)
            throws Exception {
        Meeting meeting = F.createMeeting();
        meeting.setTitle("Möte " + day);
        meeting.setCooperationGroup(group);
        meeting.setStatus(status);
        meeting.setMeetingDate(Date.from(day.atTime(9, 0).atZone(ZONE).toInstant()));
        for (String title : items) {
            AgendaItem item = F.createAgendaItem();
            item.setTitle(title);
            item.setSeq(meeting.getAgendaItems().size() + 1);
            meeting.getAgendaItems().add(item);
        }
        return store.save(meeting);
    }

    private Person person(String first, String last) throws Exception {
        Person person = F.createPerson();
        person.setFirstName(first);
        person.setLastName(last);
        return store.save(person);
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZONE).toInstant());
    }
}
