package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import se.samverka.meetings.ActionItemService;
import se.samverka.meetings.GroupService;
import se.samverka.model.ActionItem;
import se.samverka.model.ActionItemStatus;
import se.samverka.model.CooperationGroup;
import se.samverka.model.GroupKind;
import se.samverka.model.MembershipRole;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.sync.Role;
import se.samverka.store.LocalStore;
import se.samverka.store.SyncPort;
import se.samverka.testing.ui.DocumentChooser;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.testing.ui.WindowTest;

/**
 * Issue 12's meeting straight through in the real window, as county staff: a series made through Arkiv → Ny
 * mötesserie …; its first meeting gets an agenda with presenters, a guest for one item, the invitations, the replies
 * (one an apology with a note), the attendance, minutes on an item, decisions § 1 and § 2 and two action items (one
 * owned by the signed-in person); the kallelse and the protokoll are read back; the next meeting, opened with "Öppna
 * nästa möte", follows both items up and the user's own is closed there, leaving "Mina åtgärder". The group, its
 * people and the signed-in person are the test's own (set as a sync would say), so neither the laptop's earlier
 * syncs nor other tests' records change what it sees.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(5)
class MeetingFlowScreensTest extends WindowTest {

    private static final String GROUP = "Flödesgruppen";
    private static final String FIRST = "Flödesgruppen möte 1";
    private static final String SECOND = "Flödesgruppen möte 2";
    private static final String USER = "Frida Flödesson";
    private static final String CHAIR = "Olle Ordförandesson";
    private static final String MEMBER = "Maja Medlemsson";
    private static final String GUEST = "Gustav Gästsson";
    private static final String THEME = "Trygghetsvandring i centrum";
    private static final String NOTE = "Krockar med budgetberedningen";
    private static final String DECISION_1 = "att lägga lägesbilden till handlingarna";
    private static final String DECISION_2 = "att genomföra trygghetsvandringen i april";
    private static final String USERS_ITEM = "Sammanställ lägesbilden till länet";
    private static final String CHAIRS_ITEM = "Boka lokal till trygghetsvandringen";
    private static final String INVITEES = "meetings.invitations";
    private static final String CHOOSER = "se.samverka.meetings.ui.documents.chooser";

    private static MeetingSteps steps;
    private static LocalStore store;
    private static DocumentChooser chooser;
    private static LocalDate firstDay;
    private static LocalDate secondDay;

    @BeforeAll
    static void theGroupAndItsPeople() throws Exception {
        // The Swedish window's words; a run picked by name in the English start (-nl en) has nothing to check.
        assumeTrue(window.tableColumn("navigation.areas").contains("Möten"), "the English start");
        steps = new MeetingSteps(app);
        store = ApplicationDriver.service(LocalStore.class);
        GroupService groups = ApplicationDriver.service(GroupService.class);
        SamverkaFactory f = SamverkaFactory.eINSTANCE;
        CooperationGroup group = f.createCooperationGroup();
        group.setName(GROUP);
        group.setKind(GroupKind.WORKING_GROUP);
        String groupId = store.save(group).getId();
        Person user = person("Frida", "Flödesson");
        groups.addMember(groupId, person("Olle", "Ordförandesson"), MembershipRole.CHAIR, LocalDate.now());
        groups.addMember(groupId, user, MembershipRole.SECRETARY, LocalDate.now());
        groups.addMember(groupId, person("Maja", "Medlemsson"), MembershipRole.MEMBER, LocalDate.now());
        // As after a sync whose answer said the user is county staff and the person Frida.
        SyncPort sync = store.sync();
        sync.apply(new SyncPort.Incoming(0, List.of(), Map.of(), List.of(), sync.checkpoint(), null, List.of(),
                new SyncPort.User(Role.COUNTY, user.getId(), null)));
        chooser = DocumentChooser.install(app, CHOOSER, "meeting-flow",
                suggested -> suggested.startsWith("Kallelse") ? "kallelse.pdf" : "protokoll.pdf");
        firstDay = LocalDate.now().plusDays(7);
        secondDay = LocalDate.now().plusDays(98);
    }

    @Test
    @Order(1)
    void aSeriesIsMadeForTheGroupThroughArkiv() {
        window.clickMenu("Arkiv", "Ny mötesserie …");
        WindowDriver dialog = app.waitForWindow("Ny mötesserie");
        dialog.chooseItem("series.group", GROUP);
        dialog.type("series.name", "Flödesgruppens möten");
        dialog.type("series.pattern", "Flödesgruppen möte {nr}");
        dialog.type("series.starts", "09:00");
        dialog.type("series.ends", "12:00");
        dialog.type("series.place", "Länsstyrelsen, Hamnesplanaden 3, Uppsala");
        dialog.type("series.dates", firstDay + "\n" + secondDay);
        assertEquals("", dialog.textOf("series.problems"));
        assertEquals(List.of(FIRST, SECOND), dialog.tableRows("series.preview").stream().map(row -> row.get(2))
                .toList());
        shot("flow-1-series.png");
        dialog.clickButton("series.ok");
        steps.closed(dialog);

        window.selectRow("navigation.areas", "Möten");
        window.type("meetings.list.filter", GROUP);
        eventually("both meetings listed", () -> window.tableRows("meetings.list").size() == 2);
    }

    @Test
    @Order(2)
    void theFirstMeetingGetsAnAgendaWithPresenters() {
        steps.open(GROUP, FIRST);
        eventually("the page's summary", () -> !window.textOf("meetings.meeting.summary").isEmpty());
        assertEquals("Inga inbjudningar än. Nästa möte: " + SECOND + ", " + secondDay + ".",
                window.textOf("meetings.meeting.summary"));
        steps.addItem("Inledning", null, "10");
        steps.addItem("Lägesbild från polisen", CHAIR, "30");
        steps.addItem(THEME, MEMBER, "45");
        assertEquals(List.of(List.of("1", "09:00", "Inledning", "", "10"),
                List.of("2", "09:10", "Lägesbild från polisen", CHAIR, "30"),
                List.of("3", "09:40", THEME, MEMBER, "45")), window.tableRows("meetings.agenda"));
        window.clickButtonAndWait("meetings.editor.save");
        assertTrue(app.openParts().contains(FIRST), "saved: " + app.openParts());
        steps.showTab(MeetingSteps.MINUTES);
        eventually("the minutes' items drawn", () -> window.has("minutes.text.3"));
        steps.showTab(MeetingSteps.MEETING);
        shot("flow-2-agenda.png");
    }

    @Test
    @Order(3)
    void aGuestForOneItemAndTheInvitations() {
        steps.showTab(MeetingSteps.INVITATIONS);
        eventually("nobody invited yet", () -> window.textOf(INVITEES + ".counts").startsWith("Inga inbjudna ännu"));
        window.clickButton(INVITEES + ".guest");
        WindowDriver dialog = app.waitForWindow("Bjud in gäst till en punkt");
        dialog.chooseItem("guest.item", "3. " + THEME);
        dialog.type("guest.firstName", "Gustav");
        dialog.type("guest.lastName", "Gästsson");
        dialog.clickButton("guest.ok");
        steps.closed(dialog);
        eventually("the guest listed for the theme only", () -> rows().stream()
                .anyMatch(r -> r.get(0).equals(GUEST) && r.get(2).equals(THEME)));

        window.clickButton(INVITEES + ".make");
        eventually("the invitations made", () -> window.textOf(INVITEES + ".message")
                .equals("3 inbjudna från gruppens medlemmar på mötesdagen."));
        eventually("the members and the guest listed", () -> rows().size() == 4);
        assertEquals(java.util.Set.of(CHAIR, GUEST, MEMBER, USER), rows().stream().map(r -> r.get(0))
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals(List.of(THEME), rows().stream().map(r -> r.get(2)).filter(s -> !s.isEmpty()).toList(),
                "the guest's item, and no item for the members");
        assertEquals("0 kommer · 0 anmält förhinder · 0 kommer inte · 4 har inte svarat",
                window.textOf(INVITEES + ".counts"));
        eventually("the summary counts them", () -> window.textOf("meetings.meeting.summary")
                .startsWith("4 inbjudna: 0 kommer, 0 har förhinder, 4 har inte svarat."));
        // The meeting's new status ("Inbjudan skickad") is the page's own doing, not a change made elsewhere.
        steps.takenInAsOwn(FIRST);
        steps.scrollTo(INVITEES + ".counts");
        shot("flow-3-invitations.png");
    }

    @Test
    @Order(4)
    void repliesOneAnApologyWithANoteAndTheAttendance() {
        steps.showTab(MeetingSteps.INVITATIONS);
        reply(CHAIR, '1', "Kommer");
        reply(USER, '1', "Kommer");
        reply(GUEST, '1', "Kommer");
        window.selectRow(INVITEES, MEMBER);
        WindowDriver apology = steps.apology(NOTE);
        apology.clickButton("OK");
        steps.closed(apology);
        eventually("the apology", () -> cell(MEMBER, 3).equals("Anmält förhinder"));
        assertEquals(NOTE, cell(MEMBER, 4));
        eventually("the counts", () -> window.textOf(INVITEES + ".counts")
                .equals("3 kommer · 1 anmält förhinder · 0 kommer inte · 0 har inte svarat"));

        window.clickButton(INVITEES + ".allPresent");
        eventually("all present", () -> window.textOf(INVITEES + ".counts").endsWith(" · 4 närvarande · 0 frånvarande"));
        window.selectRow(INVITEES, MEMBER);
        window.pressKey(INVITEES, 'f');
        eventually("the apology absent", () -> cell(MEMBER, 5).isEmpty());
        eventually("the counts after", () -> window.textOf(INVITEES + ".counts").equals("3 kommer · "
                + "1 anmält förhinder · 0 kommer inte · 0 har inte svarat · 3 närvarande · 1 frånvarande"));
        assertEquals("✓ Närvarande", cell(GUEST, 5));
        eventually("the summary follows", () -> window.textOf("meetings.meeting.summary")
                .startsWith("4 inbjudna: 3 kommer, 1 har förhinder, 0 har inte svarat."));
        steps.scrollTo(INVITEES + ".counts");
        shot("flow-4-replies.png");
    }

    @Test
    @Order(5)
    void minutesTwoDecisionsAndTwoActionItems() {
        steps.showTab(MeetingSteps.MINUTES);
        window.type("minutes.text.2", "Polisen redogjorde för lägesbilden i centrum.");
        steps.decide(2, DECISION_1);
        steps.decide(2, DECISION_2);
        assertEquals("§ 1 " + DECISION_1, window.textOf("minutes.decision.2.1"));
        assertEquals("§ 2 " + DECISION_2, window.textOf("minutes.decision.2.2"));
        window.clickButtonAndWait("meetings.editor.save");
        assertTrue(window.textOf("meetings.editor.message").startsWith("Sparat"),
                window.textOf("meetings.editor.message"));

        steps.act(2, USERS_ITEM, USER, firstDay.plusDays(30));
        steps.act(2, CHAIRS_ITEM, CHAIR, firstDay.plusDays(20));
        eventually("both action items shown", () -> window.has("minutes.action.2.2"));
        // The item due first first.
        assertEquals(List.of(CHAIRS_ITEM + " – " + CHAIR + ", senast " + firstDay.plusDays(20) + " (Ej påbörjad)",
                USERS_ITEM + " – " + USER + ", senast " + firstDay.plusDays(30) + " (Ej påbörjad)"),
                List.of(window.textOf("minutes.action.2.1"), window.textOf("minutes.action.2.2")));
        eventually("the summary counts the action items", () -> window.textOf("meetings.meeting.summary")
                .startsWith("4 inbjudna: 3 kommer, 1 har förhinder, 0 har inte svarat. 2 åtgärder."));
        assertFalse(app.openParts().contains("*" + FIRST), "nothing left unsaved: " + app.openParts());
        steps.scrollTo("minutes.text.2");
        shot("flow-5-minutes.png");
    }

    @Test
    @Order(6)
    void theKallelseAndTheProtokollSayWhatThePageSays() throws Exception {
        window.clickMenu("Dokument", "Kallelse …");
        String notice = text(chooser.await(window.ui(), "kallelse.pdf", "%PDF-"));
        window.clickMenu("Dokument", "Protokoll …");
        String minutes = text(chooser.await(window.ui(), "protokoll.pdf", "%PDF-"));

        assertTrue(notice.contains(GUEST + " Gäst: " + THEME), notice);
        assertTrue(notice.contains("Lägesbild från polisen " + CHAIR), notice);
        assertTrue(minutes.contains(MEMBER + " – " + NOTE), "the apology's note: " + minutes);
        assertTrue(minutes.contains("Beslut § 1 " + DECISION_1), minutes);
        assertTrue(minutes.contains("Beslut § 2 " + DECISION_2), minutes);
        assertTrue(minutes.contains("Åtgärd: " + USERS_ITEM + " – ansvarig " + USER), minutes);
        assertTrue(minutes.contains("Åtgärd: " + CHAIRS_ITEM + " – ansvarig " + CHAIR), minutes);
        assertTrue(minutes.contains("Polisen redogjorde för lägesbilden i centrum."), minutes);
        // The items' status in the protokoll's list as the page says it ("Ej påbörjad"), not a word of its own.
        assertTrue(minutes.contains(CHAIRS_ITEM + " " + CHAIR + " " + firstDay.plusDays(20) + " Ej påbörjad"), minutes);
        assertFalse(minutes.contains("Öppen"), minutes);
    }

    @Test
    @Order(7)
    void minaAtgarderHasTheUsersItemOnly() {
        window.selectRow("navigation.areas", "Mina åtgärder");
        eventually("the user's item", () -> whats().equals(List.of(USERS_ITEM)));
        assertEquals("En öppen åtgärd. Dubbelklicka för att öppna mötet.", window.textOf("meetings.myActions.note"));
        shot("flow-6-my-actions.png");
    }

    @Test
    @Order(8)
    void theNextMeetingFollowsBothUpAndTheUsersIsClosedThere() {
        // From Mina åtgärder: a double click opens the meeting the item was made at.
        window.openRow("meetings.myActions", USERS_ITEM);
        eventually("the first meeting's page", () -> FIRST.equals(window.textOf("meetings.editor.title")));
        window.clickButtonAndWait("meetings.meeting.next");
        eventually("the next meeting's page", () -> SECOND.equals(window.textOf("meetings.editor.title")));
        assertEquals(ActionItemService.FOLLOW_UP_TITLE, window.tableRows("meetings.agenda").get(0).get(2));
        steps.showTab(MeetingSteps.MINUTES);
        eventually("the follow-up item with both", () -> window.has("minutes.open.2"));
        assertFalse(window.has("minutes.open.3"), "two open items, no more");
        List<String> open = List.of(window.textOf("minutes.open.1"), window.textOf("minutes.open.2"));
        assertTrue(open.stream().anyMatch(line -> line.startsWith(USERS_ITEM + " – " + USER)), open.toString());
        assertTrue(open.stream().anyMatch(line -> line.startsWith(CHAIRS_ITEM + " – " + CHAIR)), open.toString());
        steps.scrollTo("minutes.section");
        shot("flow-7-follow-up.png");

        int users = open.get(0).startsWith(USERS_ITEM) ? 1 : 2;
        window.clickButton("minutes.close." + users);
        WindowDriver close = app.waitForWindow("Stäng åtgärd");
        close.type("close.note", "Skickad till länsstyrelsen");
        close.clickButton("OK");
        steps.closed(close);
        eventually("only the chair's item open", () -> !window.has("minutes.open.2")
                && window.textOf("minutes.open.1").startsWith(CHAIRS_ITEM));
        // The follow-up item rewritten without the closed one is the page's own doing too.
        steps.takenInAsOwn(SECOND);
        ActionItem closed = store.findAll(ActionItem.class).stream()
                .filter(a -> USERS_ITEM.equals(a.getDescription())).findFirst().orElseThrow();
        assertEquals(ActionItemStatus.DONE, closed.getStatus());
        assertEquals("Skickad till länsstyrelsen", closed.getFollowUpNote());
        steps.scrollTo("minutes.section");
        shot("flow-8-closed.png");
    }

    @Test
    @Order(9)
    void theClosedItemHasLeftMinaAtgarder() {
        window.selectRow("navigation.areas", "Mina åtgärder");
        eventually("the closed item gone", () -> whats().isEmpty()
                && window.textOf("meetings.myActions.note").startsWith("Inga öppna åtgärder"));
        assertTrue(store.findAll(ActionItem.class).stream().anyMatch(a -> CHAIRS_ITEM.equals(a.getDescription())
                && a.getStatus() == ActionItemStatus.OPEN), "the chair's item is open, and not the user's");
        shot("flow-9-my-actions-after.png");
    }

    private static Person person(String first, String last) throws Exception {
        Person person = SamverkaFactory.eINSTANCE.createPerson();
        person.setFirstName(first);
        person.setLastName(last);
        return store.save(person);
    }

    private static void reply(String name, char key, String shown) {
        window.selectRow(INVITEES, name);
        window.pressKey(INVITEES, key);
        eventually(name + "'s reply", () -> cell(name, 3).equals(shown));
    }

    private static List<List<String>> rows() {
        return window.tableRows(INVITEES);
    }

    private static String cell(String name, int column) {
        return rows().stream().filter(r -> r.get(0).equals(name)).map(r -> r.get(column)).findFirst().orElse("?");
    }

    private static List<String> whats() {
        return window.tableRows("meetings.myActions").stream().map(row -> row.get(2)).toList();
    }

    /** The PDF's text, its lines and table cells joined by single spaces. */
    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static void shot(String name) {
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), name));
    }

    private static void eventually(String what, java.util.function.BooleanSupplier condition) {
        MeetingSteps.eventually(what, condition);
    }
}
