package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import se.samverka.meetings.ActionItemService;
import se.samverka.meetings.MeetingMinutes;
import se.samverka.model.ActionItem;
import se.samverka.model.ActionItemStatus;
import se.samverka.model.AgendaItem;
import se.samverka.model.CooperationGroup;
import se.samverka.model.GroupKind;
import se.samverka.model.Meeting;
import se.samverka.model.MeetingStatus;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.model.sync.Role;
import se.samverka.store.LocalStore;
import se.samverka.store.SyncPort;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.testing.ui.WindowTest;

/**
 * Minutes, decisions and action items in the running window: on a held meeting, minutes for an item, two decisions
 * (numbered § 1, § 2 through the meeting) and two action items with owners found in the picker; the group's next
 * meeting then has the follow-up item first on its agenda with both items; one is closed there with a note and
 * leaves "Mina åtgärder". The window's user is, as a sync would say, county staff who is the owner of the items.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(6)
class MinutesScreensTest extends WindowTest {

    private static final String HELD = "Protokolltest: höstens möte";
    private static final String NEXT = "Protokolltest: vinterns möte";
    private static final String OVERDUE = "Skicka lägesbilden till kommunerna";
    private static final String LATER = "Boka lokal till vårens konferens";

    private static MeetingSteps steps;
    private static LocalStore store;
    private static Person greta;
    private static Meeting held;
    private static Meeting next;

    @BeforeAll
    static void meetings() throws Exception {
        steps = new MeetingSteps(app);
        store = ApplicationDriver.service(LocalStore.class);
        SamverkaFactory f = SamverkaFactory.eINSTANCE;
        CooperationGroup group = f.createCooperationGroup();
        group.setName("Protokollgruppen");
        group.setKind(GroupKind.WORKING_GROUP);
        group = store.save(group);
        greta = f.createPerson();
        greta.setFirstName("Greta");
        greta.setLastName("Protokollsson");
        greta = store.save(greta);
        held = store.save(meeting(group, HELD, LocalDate.now().minusDays(14), MeetingStatus.HELD, "Lägesbild",
                "Rapporter från kommunerna"));
        next = store.save(meeting(group, NEXT, LocalDate.now().plusDays(30), MeetingStatus.PLANNED, "Nyheter"));
        // As after a sync whose answer said the user is county staff and the person Greta.
        SyncPort sync = store.sync();
        sync.apply(new SyncPort.Incoming(0, List.of(), Map.of(), List.of(), sync.checkpoint(), null, List.of(),
                new SyncPort.User(Role.COUNTY, greta.getId(), null)));
    }

    @Test
    @Order(1)
    void minutesTwoDecisionsAndTwoActionItemsOnAHeldMeeting() {
        open(HELD);
        window.type("minutes.text.1", "Polisen redogjorde för lägesbilden i länet.");
        decide(1, "att lägga lägesbilden till handlingarna");
        decide(2, "att godkänna kommunernas rapporter");
        assertEquals("§ 1 att lägga lägesbilden till handlingarna", window.textOf("minutes.decision.1.1"));
        assertEquals("§ 2 att godkänna kommunernas rapporter", window.textOf("minutes.decision.2.1"));
        window.clickButtonAndWait("meetings.editor.save");
        assertTrue(window.textOf("meetings.editor.message").startsWith("Sparat"), window.textOf(
                "meetings.editor.message"));
        Meeting saved = store.find(Meeting.class, held.getId()).orElseThrow();
        assertEquals("Polisen redogjorde för lägesbilden i länet.",
                MeetingMinutes.minutes(saved, MeetingMinutes.agenda(saved).get(0)));
        assertEquals(List.of(1, 2), MeetingMinutes.decisions(saved).stream().map(d -> d.getSeq()).toList());

        act(1, OVERDUE, LocalDate.now().minusDays(2));
        act(2, LATER, LocalDate.now().plusDays(40));
        eventually("both action items shown", () -> window.has("minutes.action.1.1")
                && window.has("minutes.action.2.1"));
        assertTrue(window.textOf("minutes.action.1.1").startsWith(OVERDUE + " – Greta Protokollsson, senast"),
                window.textOf("minutes.action.1.1"));
        assertEquals(2, store.findBy(ActionItem.class, Literals.ACTION_ITEM__MEETING, held.getId()).size());
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "minutes-held-meeting.png"));
    }

    @Test
    @Order(2)
    void theNextMeetingFollowsThemUpAndOneIsClosedThereAndLeavesMinaAtgarder() {
        window.selectRow("navigation.areas", "Mina åtgärder");
        eventually("both in Mina åtgärder", () -> whats().containsAll(List.of(OVERDUE, LATER)));
        assertEquals("försenad", window.tableRows("meetings.myActions").stream()
                .filter(row -> row.contains(OVERDUE)).findFirst().orElseThrow().get(1), "overdue marked");
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "minutes-my-actions.png"));

        open(NEXT);
        eventually("the follow-up item", () -> window.has("minutes.open.2"));
        List<AgendaItem> agenda = MeetingMinutes.agenda(store.find(Meeting.class, next.getId()).orElseThrow());
        assertEquals(List.of(ActionItemService.FOLLOW_UP_TITLE, "Nyheter"),
                agenda.stream().map(AgendaItem::getTitle).toList(), "the follow-up item first");
        assertTrue(window.textOf("minutes.open.1").startsWith(OVERDUE), window.textOf("minutes.open.1"));
        assertTrue(window.textOf("minutes.open.1").endsWith("FÖRSENAD"), "overdue marked");
        assertTrue(window.textOf("minutes.open.2").startsWith(LATER));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "minutes-follow-up.png"));

        window.clickButton("minutes.close.1");
        WindowDriver close = app.waitForWindow("Stäng åtgärd");
        close.type("close.note", "Skickad till alla kommuner");
        close.clickButton("OK");
        window.ui().waitUntil("the dialog closed", () -> !close.isOpen(), Ui.DEFAULT_TIMEOUT);
        eventually("only the later item open", () -> !window.has("minutes.open.2")
                && window.textOf("minutes.open.1").startsWith(LATER));
        ActionItem closed = store.findBy(ActionItem.class, Literals.ACTION_ITEM__MEETING, held.getId()).stream()
                .filter(a -> OVERDUE.equals(a.getDescription())).findFirst().orElseThrow();
        assertEquals(ActionItemStatus.DONE, closed.getStatus());
        assertEquals("Skickad till alla kommuner", closed.getFollowUpNote());
        assertEquals(LocalDate.now(), closed.getCompletedAt().toInstant().atZone(ZoneId.systemDefault())
                .toLocalDate());

        window.selectRow("navigation.areas", "Mina åtgärder");
        eventually("the closed item left Mina åtgärder", () -> whats().equals(List.of(LATER)));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "minutes-my-actions-after.png"));
    }

    private static List<String> whats() {
        return window.tableRows("meetings.myActions").stream().map(row -> row.get(2)).toList();
    }

    private static void open(String title) {
        steps.open(title, title);
        steps.showTab(MeetingSteps.MINUTES);
        eventually("the minutes section", () -> window.has("minutes.text.1"));
    }

    private static void decide(int item, String text) {
        steps.decide(item, text);
    }

    private static void act(int item, String what, LocalDate due) {
        steps.act(item, what, "Greta Protokollsson", due);
    }

    private static Meeting meeting(CooperationGroup group, String title, LocalDate day, MeetingStatus status,
            String... items) {
        Meeting meeting = SamverkaFactory.eINSTANCE.createMeeting();
        meeting.setTitle(title);
        meeting.setCooperationGroup(group);
        meeting.setStatus(status);
        meeting.setMeetingDate(Date.from(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant()));
        meeting.setEndsAt(Date.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant()));
        meeting.setPlace("Länsstyrelsen, Uppsala");
        for (String title2 : items) {
            AgendaItem item = SamverkaFactory.eINSTANCE.createAgendaItem();
            item.setTitle(title2);
            item.setSeq(meeting.getAgendaItems().size() + 1);
            meeting.getAgendaItems().add(item);
        }
        return meeting;
    }

    private static void eventually(String what, java.util.function.BooleanSupplier condition) {
        EnrolmentScreensTest.eventually(what, condition);
    }
}
