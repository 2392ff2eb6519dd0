package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import se.samverka.demo.DemoCounty;
import se.samverka.model.AgendaItem;
import se.samverka.model.Invitation;
import se.samverka.model.InvitationResponse;
import se.samverka.model.LocalProject;
import se.samverka.model.Meeting;
import se.samverka.model.Person;
import se.samverka.model.SyncedObject;
import se.samverka.model.sync.Role;
import se.samverka.server.CountyServer;
import se.samverka.server.ServerConfig;
import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;
import se.samverka.sync.SyncClient;
import se.samverka.sync.SyncSettings;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.testing.ui.WindowTest;
import se.samverka.testing.ui.WindowDriver.TreeRow;

/**
 * Sync in the window: a county server on loopback, the running application as one laptop and a second laptop
 * database beside it. Both edit one project offline (the same text and different fields), both sync; the window
 * shows the merged project and the conflict, which the user resolves in the conflicts view. Both edit a meeting (its
 * title, start and an agenda item's presenter) and an invitation: the conflicts view names records, fields, people
 * and choices as the rest of the window does, writes dates as it does, shows no id, and opens the records.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(4)
class SyncScreensTest extends WindowTest {

    private static final char[] PASSWORD = "lösenord-123".toCharArray();
    private static final Duration SYNC_TIMEOUT = Duration.ofSeconds(120);
    private static final String TEXT_A = "Text skriven i fönstret (dator A)";
    private static final String TEXT_B = "Text skriven på dator B";
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-");
    /** How the window writes a date and time (Swedish and English alike). */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Map<InvitationResponse, String> RESPONSES = Map.of(InvitationResponse.NO_RESPONSE,
            "Inget svar", InvitationResponse.ACCEPTED, "Kommer", InvitationResponse.DECLINED, "Kommer inte",
            InvitationResponse.APOLOGY, "Anmält förhinder");

    private static CountyServer server;
    private static ServerConfig config;
    private static LocalStore laptopB;
    private static LocalStore laptopA;
    private static String projectId;
    private static String title;

    @BeforeAll
    static void startServer() throws Exception {
        // Derby's system folder is fixed when the engine boots, which the application did before this test ran:
        // the county server lives there (set in the pom).
        Path folder = Path.of(System.getProperty("derby.system.home"));
        config = new ServerConfig(folder, "localhost", freePort(), "ägare-lösen-1".toCharArray(),
                "nyckel-lösen-1".toCharArray(), "boot-lösen-1".toCharArray());
        server = CountyServer.start(config);
        laptopA = service(LocalStore.class);
        // The county holds what this laptop holds (the demo county, with the edits of the earlier UI tests), so
        // that the window's first sync finds nothing to disagree about.
        List<SyncedObject> county = new java.util.ArrayList<>();
        for (SyncedObject made : DemoCounty.generate(LocalDate.now()).all()) {
            @SuppressWarnings("unchecked")
            Class<SyncedObject> type = (Class<SyncedObject>) made.eClass().getInstanceClass();
            county.add(laptopA.find(type, made.getId()).orElse(made));
        }
        server.admin().seed(county);
        server.admin().createUser("lan", PASSWORD, Role.COUNTY, null, null);
        server.admin().createUser("lan2", PASSWORD, Role.COUNTY, null, null);
        laptopB = service(LocalStores.class).open(folder.resolveSibling("laptop-b"), PASSWORD, "lan2");
        sync(laptopB);
        LocalProject project = laptopB.findAll(LocalProject.class).stream()
                .filter(p -> !p.getMunicipality().getName().contains("Östhammar"))
                .min(Comparator.comparing(LocalProject::getTitle)).orElseThrow();
        projectId = project.getId();
        title = project.getTitle();
    }

    @AfterAll
    static void stopServer() {
        if (laptopB != null) {
            laptopB.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void theFirstSyncAsksForTheServerSignInAndShowsTheStateInTheStatusLine() {
        assertEquals("Aldrig synkad", window.textOf("status.sync").split(" · ")[0]);
        window.clickMenu("Synk", "Synka nu");
        WindowDriver signIn = app.waitForWindow("Logga in på länsservern");
        signIn.type("sync.signin.password", "");
        signIn.clickButtonAndWait("sync.signin.ok");
        assertEquals("Ange ditt lösenord.", signIn.errorMessage());
        signIn.type("sync.signin.host", "localhost");
        signIn.type("sync.signin.port", Integer.toString(config.port()));
        signIn.type("sync.signin.user", "lan");
        signIn.type("sync.signin.password", new String(PASSWORD));
        signIn.type("sync.signin.trust", config.trustStore().toString());
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "sync-signin.png"));
        signIn.clickButton("sync.signin.ok");
        awaitSynced();
        assertTrue(window.textOf("status.message").startsWith("Synk klar"), window.textOf("status.message"));
        assertEquals(0, laptopA.sync().unsentChanges());
        assertTrue(laptopA.sync().conflicts().isEmpty(), "the county held what this laptop held");
    }

    @Test
    @Order(2)
    void editsOnTwoLaptopsMergeAndTheTextConflictIsResolvedInTheConflictsView() throws Exception {
        LocalProject onB = laptopB.find(LocalProject.class, projectId).orElseThrow();
        onB.setDescription(TEXT_B);
        onB.setPartners("Polisen och Fastighetsägarna (B)");
        laptopB.save(onB);
        sync(laptopB);

        window.selectRow("navigation.areas", "Lokala projekt");
        window.type("inventory.list.filter", title);
        window.openRow("inventory.list", title);
        window.type("inventory.editor.description", TEXT_A);
        window.type("inventory.editor.title", title + " (A)");
        window.clickButtonAndWait("inventory.editor.save");
        int conflictsBefore = laptopA.sync().conflicts().size();

        window.clickMenu("Synk", "Synka nu");
        awaitSynced();
        LocalProject merged = laptopA.find(LocalProject.class, projectId).orElseThrow();
        assertEquals(title + " (A)", merged.getTitle(), "A's title");
        assertEquals("Polisen och Fastighetsägarna (B)", merged.getPartners(), "B's partners, merged");
        assertEquals(TEXT_B, merged.getDescription(), "the server kept the text that came first");
        assertEquals(conflictsBefore + 1, laptopA.sync().conflicts().size());
        assertTrue(window.textOf("status.sync").endsWith(conflictsBefore == 0 ? " 1 konflikt"
                : (conflictsBefore + 1) + " konflikter"), window.textOf("status.sync"));

        window.clickMenu("Synk", "Konflikter");
        String project = "Lokalt projekt: " + title + " (A)";
        TreeRow row = awaitConflict(project, "Beskrivning");
        assertEquals(TEXT_B, row.cells().get(1));
        assertEquals(TEXT_A, row.cells().get(2));
        assertEquals("Ändrad på två datorer", row.cells().get(4));
        window.selectTreeRow("conflicts.table", project, "Beskrivning");
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "sync-conflicts.png"));
        window.clickButtonAndWait("conflicts.useOther");
        assertEquals(TEXT_A, laptopA.find(LocalProject.class, projectId).orElseThrow().getDescription());
        window.ui().waitUntil("the resolved conflict gone from the view",
                () -> window.treeRows("conflicts.table").stream().noneMatch(r -> r.cells().get(0).equals(project)),
                Ui.DEFAULT_TIMEOUT);

        window.clickMenu("Synk", "Synka nu");
        awaitSynced();
        sync(laptopB);
        LocalProject onBNow = laptopB.find(LocalProject.class, projectId).orElseThrow();
        assertEquals(TEXT_A, onBNow.getDescription(), "the chosen text reached the other laptop");
        assertEquals(title + " (A)", onBNow.getTitle());
        assertEquals("Polisen och Fastighetsägarna (B)", onBNow.getPartners());
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "sync-done.png"));
    }

    @Test
    @Order(3)
    void syncByFileExportsHandsInAndReadsTheAnswerAndRefusesAChangedAnswer() throws Exception {
        Path folder = Path.of(System.getProperty("derby.system.home")).resolveSibling("sync-files");
        java.nio.file.Files.createDirectories(folder);
        Path request = folder.resolve("kursgarden.samverka-synk");
        Path answer = folder.resolve("kursgarden-svar.samverka-synk");
        Path changed = folder.resolve("andrad-svar.samverka-synk");
        // The native file chooser cannot be driven from here: the commands ask this chooser instead.
        java.util.Map<String, Path> files = new java.util.HashMap<>(java.util.Map.of("export", request, "handIn",
                request, "readAnswer", answer));
        java.util.function.Function<String, Path> chooser = files::get;
        window.ui().run(() -> app.model().getContext().set("se.samverka.sync.ui.fileChooser", chooser));

        // Someone else's edit, online; and one at the venue, offline.
        LocalProject onB = laptopB.find(LocalProject.class, projectId).orElseThrow();
        onB.setPartners("Polisen, Fastighetsägarna och Räddningstjänsten (B)");
        laptopB.save(onB);
        sync(laptopB);
        LocalProject atVenue = laptopA.find(LocalProject.class, projectId).orElseThrow();
        atVenue.setTitle(title + " (kursgården)");
        laptopA.save(atVenue);
        int unsent = laptopA.sync().unsentChanges();
        assertTrue(unsent > 0);

        window.clickMenu("Synk", "Exportera ändringar till fil …");
        WindowDriver exported = app.waitForWindow("Exportera ändringar till fil …");
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "sync-file-exported.png"));
        exported.clickButton("OK");
        assertEquals("1 ändring exporterade till kursgarden.samverka-synk.", window.textOf("status.message"));
        assertTrue(java.nio.file.Files.size(request) > 0);

        window.clickMenu("Synk", "Lämna in synkfil på länsservern …");
        WindowDriver signIn = app.waitForWindow("Logga in på länsservern");
        assertEquals("lan", signIn.textOf("sync.signin.user"), "the file's user signs in");
        assertEquals("Lämna in", signIn.textOf("sync.signin.ok"));
        signIn.type("sync.signin.password", new String(PASSWORD));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "sync-file-handin.png"));
        signIn.clickButton("sync.signin.ok");
        WindowDriver handedIn = app.waitForWindow("Lämna in synkfil på länsservern …", SYNC_TIMEOUT);
        handedIn.clickButton("OK");
        assertTrue(window.textOf("status.message").startsWith("Synkfilen är inlämnad"),
                window.textOf("status.message"));
        assertTrue(java.nio.file.Files.exists(answer));
        sync(laptopB);
        assertEquals(title + " (kursgården)", laptopB.find(LocalProject.class, projectId).orElseThrow().getTitle(),
                "the server took the venue's edit from the file");

        byte[] bytes = java.nio.file.Files.readAllBytes(answer);
        bytes[bytes.length - 3] ^= 0x10;
        java.nio.file.Files.write(changed, bytes);
        files.put("readAnswer", changed);
        window.clickMenu("Synk", "Läs in svar från fil …");
        app.waitForWindow("Läs in svar från fil …").clickButton("OK");
        assertTrue(window.textOf("status.message").startsWith("Svaret lästes inte in: Filen har ändrats"),
                window.textOf("status.message"));
        assertEquals(unsent, laptopA.sync().unsentChanges(), "a changed answer changes nothing");

        files.put("readAnswer", answer);
        window.clickMenu("Synk", "Läs in svar från fil …");
        app.waitForWindow("Läs in svar från fil …").clickButton("OK");
        assertTrue(window.textOf("status.message").startsWith("Svaret är inläst"), window.textOf("status.message"));
        assertEquals(0, laptopA.sync().unsentChanges());
        assertEquals("Polisen, Fastighetsägarna och Räddningstjänsten (B)",
                laptopA.find(LocalProject.class, projectId).orElseThrow().getPartners(),
                "B's edit came with the answer");
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "sync-file-read.png"));
    }

    @Test
    @Order(4)
    void conflictsReadAsNamesFieldLabelsAndValuesAndOpenTheirRecord() throws Exception {
        // A meeting edited on both laptops: its title (a text), the presenter of its first agenda item (a reference
        // to a person), its start (a date and time); and the response of one of its invitations (a choice).
        Map<String, Invitation> invitations = new HashMap<>();
        laptopB.findAll(Invitation.class).forEach(i -> invitations.putIfAbsent(i.getMeeting().getId(), i));
        Map<String, Long> titles = laptopB.findAll(Meeting.class).stream()
                .collect(Collectors.groupingBy(Meeting::getTitle, Collectors.counting()));
        Meeting meeting = laptopB.findAll(Meeting.class).stream()
                .filter(m -> !m.getAgendaItems().isEmpty() && invitations.containsKey(m.getId())
                        && titles.get(m.getTitle()) == 1 && !m.getTitle().contains("(A)"))
                .min(Comparator.comparing(Meeting::getTitle)).orElseThrow();
        AgendaItem item = meeting.getAgendaItems().get(0);
        List<Person> people = laptopB.findAll(Person.class).stream()
                .filter(p -> p.getOrganisation() != null && (item.getPresenter() == null
                        || !p.getId().equals(item.getPresenter().getId())))
                .sorted(Comparator.comparing(Person::getLastName).thenComparing(Person::getFirstName)).toList();
        Person presenterB = people.get(0);
        Person presenterA = people.get(people.size() - 1);
        Invitation invitation = invitations.get(meeting.getId());
        List<InvitationResponse> responses = InvitationResponse.VALUES.stream()
                .filter(r -> r != invitation.getResponse()).toList();
        LocalDate day = LocalDate.ofInstant(meeting.getMeetingDate().toInstant(), ZoneId.systemDefault());
        String titleA = meeting.getTitle() + " (A)";
        String titleB = meeting.getTitle() + " (B)";

        Meeting onB = laptopB.find(Meeting.class, meeting.getId()).orElseThrow();
        onB.setTitle(titleB);
        onB.setMeetingDate(at(day, 8, 30));
        onB.getAgendaItems().get(0).setPresenter(presenterB);
        laptopB.save(onB);
        Invitation invitedOnB = laptopB.find(Invitation.class, invitation.getId()).orElseThrow();
        invitedOnB.setResponse(responses.get(0));
        laptopB.save(invitedOnB);
        sync(laptopB);

        Meeting onA = laptopA.find(Meeting.class, meeting.getId()).orElseThrow();
        onA.setTitle(titleA);
        onA.setMeetingDate(at(day, 8, 45));
        onA.getAgendaItems().get(0).setPresenter(laptopA.find(Person.class, presenterA.getId()).orElseThrow());
        laptopA.save(onA);
        Invitation invitedOnA = laptopA.find(Invitation.class, invitation.getId()).orElseThrow();
        invitedOnA.setResponse(responses.get(1));
        laptopA.save(invitedOnA);
        window.clickMenu("Synk", "Synka nu");
        awaitSynced();
        String synced = window.textOf("status.sync");
        assertTrue(synced.matches("Synkad " + LocalDate.now() + " \\d{2}:\\d{2}( · .+)?"),
                "the sync time written as every date and time of the window: " + synced);

        window.clickMenu("Synk", "Konflikter");
        String start = DATE_TIME.format(at(day, 8, 30).toInstant().atZone(ZoneId.systemDefault()));
        String record = "Möte: " + titleB + ", " + start;
        String agendaItem = "Dagordningspunkt: " + item.getTitle();
        TreeRow presenter = awaitConflict(record, agendaItem, "Föredragande");
        assertEquals(nameOf(presenterB), presenter.cells().get(1), "the server's presenter, by name");
        assertEquals(nameOf(presenterA), presenter.cells().get(2), "this laptop's presenter, by name");
        assertTrue(presenter.cells().get(3).matches("lan, \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"),
                presenter.cells().get(3));
        assertEquals("Ändrad på två datorer", presenter.cells().get(4));
        TreeRow text = conflictRow(record, "Rubrik").orElseThrow();
        assertEquals(List.of(titleB, titleA), text.cells().subList(1, 3));
        TreeRow when = conflictRow(record, "Datum och tid").orElseThrow();
        assertEquals(List.of(start, DATE_TIME.format(at(day, 8, 45).toInstant().atZone(ZoneId.systemDefault()))),
                when.cells().subList(1, 3));
        String invited = window.treeRows("conflicts.table").stream()
                .filter(r -> r.level() == 0 && r.cells().get(0).startsWith("Inbjudan: " + titleB + ", " + start
                        + " – " + invitation.getPerson().getFirstName() + " " + invitation.getPerson().getLastName()))
                .map(r -> r.cells().get(0)).findFirst()
                .orElseThrow(() -> new AssertionError(window.treeRows("conflicts.table").toString()));
        TreeRow response = conflictRow(invited, "Svar").orElseThrow();
        assertEquals(List.of(RESPONSES.get(responses.get(0)), RESPONSES.get(responses.get(1))),
                response.cells().subList(1, 3));
        for (TreeRow row : window.treeRows("conflicts.table")) {
            for (String cell : row.cells()) {
                assertFalse(UUID_TEXT.matcher(cell).find(), "an id shown: " + row);
            }
        }
        window.selectTreeRow("conflicts.table", record, agendaItem, "Föredragande");
        assertEquals("Föredragande (" + agendaItem + ") – Ändrad på två datorer",
                window.textOf("conflicts.details.field"));
        assertEquals(nameOf(presenterA), window.textOf("conflicts.details.other"));
        assertTrue(window.textOf("conflicts.details.otherHeading").startsWith("Den andra ändringen, gjord av lan, "),
                window.textOf("conflicts.details.otherHeading"));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "sync-conflicts-readable.png"));

        // The other presenter is chosen: the reference is written and the row goes.
        window.clickButtonAndWait("conflicts.useOther");
        assertEquals(presenterA.getId(), laptopA.find(Meeting.class, meeting.getId()).orElseThrow().getAgendaItems()
                .get(0).getPresenter().getId());
        window.ui().waitUntil("the presenter's conflict resolved",
                () -> conflictRow(record, agendaItem, "Föredragande").isEmpty(), Ui.DEFAULT_TIMEOUT);

        // An invitation has no editor of its own: a double-click opens its meeting; "Öppna" opens the meeting too.
        window.openTreeRow("conflicts.table", invited);
        window.ui().waitUntil("the meeting's editor", () -> window.has("meetings.editor.title")
                && titleB.equals(window.textOf("meetings.editor.title")), Ui.DEFAULT_TIMEOUT);
        window.clickMenu("Synk", "Konflikter");
        window.ui().waitUntil("the conflicts view in front", () -> window.has("conflicts.open"), Ui.DEFAULT_TIMEOUT);
        window.selectTreeRow("conflicts.table", record, "Rubrik");
        window.clickButtonAndWait("conflicts.open");
        window.ui().waitUntil("the meeting's editor in front again", () -> window.has("meetings.editor.title")
                && !window.has("conflicts.open"), Ui.DEFAULT_TIMEOUT);
        assertEquals(titleB, window.textOf("meetings.editor.title"));
        // The title, the start and the response stay open: the English start shows them in English.
    }

    @Test
    @Order(5)
    void aSyncReachesTheOpenListAndTheOpenEditorKeepsItsUnsavedEdits() throws Exception {
        // A project with a title of its own, outside Östhammar (which laptop B may change).
        LocalProject project = withATitleOfItsOwn(LocalProject.class, LocalProject::getTitle,
                p -> !p.getId().equals(projectId) && p.getStartsOn() != null
                        && !p.getMunicipality().getName().contains("Östhammar"));
        String partnersA = "Skolan och fritidsgården (skrivet i fönstret, inte sparat)";
        String descriptionA = "Beskrivning skriven i fönstret medan synken kom";
        String descriptionB = "Beskrivning ändrad på dator B";
        LocalDate endsOn = LocalDate.of(2031, 6, 30);

        // The list and the project's editor are open; the user has typed in two fields and not saved.
        window.selectRow("navigation.areas", "Lokala projekt");
        window.type("inventory.list.filter", project.getTitle());
        window.openRow("inventory.list", project.getTitle());
        window.ui().waitUntil("the project's editor", () -> window.has("inventory.editor.partners"),
                Ui.DEFAULT_TIMEOUT);
        window.type("inventory.editor.partners", partnersA);
        window.type("inventory.editor.description", descriptionA);
        assertTrue(editorDirty(), "the edits are not saved");

        // Another laptop changes the project's end date (shown in the list and the editor) and its description
        // (which the user is editing too), and the window syncs.
        LocalProject onB = laptopB.find(LocalProject.class, project.getId()).orElseThrow();
        onB.setEndsOn(Date.from(endsOn.atStartOfDay(ZoneId.systemDefault()).toInstant()));
        onB.setDescription(descriptionB);
        laptopB.save(onB);
        sync(laptopB);
        window.clickMenu("Synk", "Synka nu");
        awaitSynced();

        // The field both changed: the user is asked, in Swedish, with both values, and keeps their own.
        WindowDriver question = app.waitForWindow("Ändrat på två ställen");
        String asked = String.join("\n", question.labelTexts());
        assertTrue(asked.contains("«Beskrivning» har ändrats både här och vid synk"), asked);
        assertTrue(asked.contains("Ditt värde: " + descriptionA) && asked.contains("Det nya värdet: " + descriptionB),
                asked);
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "live-editor-asks.png"));
        question.clickButton("Behåll mitt");

        // The editor shows the new end date, keeps the unsaved edits, and says what changed.
        window.ui().waitUntil("the new end date in the editor",
                () -> endsOn.toString().equals(window.textOf("inventory.editor.endsOn")), Ui.DEFAULT_TIMEOUT);
        assertEquals(partnersA, window.textOf("inventory.editor.partners"), "the user's unsaved edit stays");
        assertEquals(descriptionA, window.textOf("inventory.editor.description"), "as the user chose");
        assertTrue(editorDirty(), "still unsaved");
        String message = window.textOf("inventory.editor.message");
        assertTrue(message.startsWith("Ändrat vid synk (senast av lan2): Beskrivning, Slutar."), message);
        assertTrue(message.contains("Dina osparade ändringar finns kvar: Övriga parter"), message);
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "live-editor-after-sync.png"));

        // The list behind it shows the new end date too, brought to the front.
        window.selectRow("navigation.areas", "Start");
        window.selectRow("navigation.areas", "Lokala projekt");
        window.ui().waitUntil("the list in front", () -> !window.has("inventory.editor.partners"),
                Ui.DEFAULT_TIMEOUT);
        window.ui().waitUntil("the new end date in the list", () -> window.tableRows("inventory.list").stream()
                .anyMatch(row -> row.contains(project.getTitle())
                        && row.stream().anyMatch(cell -> cell.endsWith(endsOn.toString()))), Ui.DEFAULT_TIMEOUT);
        window.showColumn("inventory.list", "Period");
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "live-list-after-sync.png"));

        // Saved (no "changed elsewhere"), the record has the sync's end date and the user's edits.
        window.openRow("inventory.list", project.getTitle());
        window.clickButtonAndWait("inventory.editor.save");
        assertTrue(window.textOf("inventory.editor.message").startsWith("Sparat"),
                window.textOf("inventory.editor.message"));
        LocalProject saved = laptopA.find(LocalProject.class, project.getId()).orElseThrow();
        assertEquals(partnersA, saved.getPartners());
        assertEquals(descriptionA, saved.getDescription());
        assertEquals(endsOn, LocalDate.ofInstant(saved.getEndsOn().toInstant(), ZoneId.systemDefault()));
    }

    @Test
    @Order(6)
    void removingAnAgendaItemThatAnActionItemRefersToAsksFirstAndNamesIt() throws Exception {
        Meeting meeting = withATitleOfItsOwn(Meeting.class, Meeting::getTitle, m -> m.getAgendaItems().size() >= 2);
        AgendaItem removed = meeting.getAgendaItems().get(0);
        se.samverka.model.ActionItem action = se.samverka.model.SamverkaFactory.eINSTANCE.createActionItem();
        action.setMeeting(meeting);
        action.setAgendaItem(removed);
        action.setDescription("Skicka underlaget till styrgruppen");
        action = laptopA.save(action);

        window.selectRow("navigation.areas", "Möten");
        window.type("meetings.list.filter", meeting.getTitle());
        window.openRow("meetings.list", meeting.getTitle());
        window.ui().waitUntil("the meeting's editor", () -> window.has("meetings.editor.title")
                && meeting.getTitle().equals(window.textOf("meetings.editor.title")), Ui.DEFAULT_TIMEOUT);
        // The form has no agenda rows yet: the agenda item is taken out of the record the editor holds, as a row's
        // remove button will, and the user saves.
        window.ui().run(() -> {
            se.samverka.ui.forms.RecordEditor<?> editor = (se.samverka.ui.forms.RecordEditor<?>) activePart()
                    .getObject();
            ((Meeting) editor.record()).getAgendaItems().remove(0);
        });
        window.clickButton("meetings.editor.save");
        WindowDriver question = app.waitForWindow("Ta bort det som används?");
        String asked = String.join("\n", question.labelTexts());
        assertTrue(asked.contains("Åtgärdspunkt «Skicka underlaget till styrgruppen»: hänvisningen tas bort"),
                asked);
        assertFalse(UUID_TEXT.matcher(asked).find(), asked);
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "remove-referenced-part.png"));
        question.clickButton("Ta bort och rensa hänvisningar");
        window.ui().waitUntil("the meeting saved", () -> window.textOf("meetings.editor.message").startsWith("Sparat"),
                Ui.DEFAULT_TIMEOUT);
        assertNull(laptopA.find(se.samverka.model.ActionItem.class, action.getId()).orElseThrow().getAgendaItem(),
                "the reference cleared in the same save");
        assertEquals(meeting.getAgendaItems().size() - 1,
                laptopA.find(Meeting.class, meeting.getId()).orElseThrow().getAgendaItems().size());
    }

    /**
     * The record of this laptop (A) last by title among those whose title no other has (so that the list finds it
     * by its title) and that {@code fits}.
     */
    private static <T extends SyncedObject> T withATitleOfItsOwn(Class<T> type,
            java.util.function.Function<T, String> title, java.util.function.Predicate<T> fits) {
        List<T> all = laptopA.findAll(type);
        Map<String, Long> titles = all.stream().collect(Collectors.groupingBy(title, Collectors.counting()));
        return all.stream().filter(r -> titles.get(title.apply(r)) == 1 && fits.test(r))
                .max(Comparator.comparing(title)).orElseThrow();
    }

    /** True when the part in front has unsaved changes. */
    private static boolean editorDirty() {
        return window.ui().get(() -> activePart().isDirty());
    }

    /** The part in front (on the UI thread). */
    private static org.eclipse.e4.ui.model.application.ui.basic.MPart activePart() {
        return app.model().getContext().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class).getActivePart();
    }

    /**
     * Waits until the conflicts view shows the row reached by these names (the record, its part if any, the field),
     * and returns it.
     */
    private static TreeRow awaitConflict(String... path) {
        window.ui().waitUntil("the conflict " + List.of(path) + " in the conflicts view",
                () -> window.has("conflicts.table") && conflictRow(path).isPresent(), Ui.DEFAULT_TIMEOUT);
        return conflictRow(path).orElseThrow();
    }

    /** The row of the conflicts view reached by these names, top level first. */
    private static java.util.Optional<TreeRow> conflictRow(String... path) {
        String[] above = new String[path.length];
        for (TreeRow row : window.treeRows("conflicts.table")) {
            if (row.level() < path.length) {
                above[row.level()] = row.cells().get(0);
                if (row.level() == path.length - 1
                        && java.util.Arrays.equals(above, 0, path.length, path, 0, path.length)) {
                    return java.util.Optional.of(row);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** A person as the conflicts view names one: "Anna Berg (Enköpings kommun)". */
    private static String nameOf(Person person) {
        return person.getFirstName() + " " + person.getLastName() + " (" + person.getOrganisation().getName() + ")";
    }

    private static Date at(LocalDate day, int hour, int minute) {
        return Date.from(day.atTime(hour, minute).atZone(ZoneId.systemDefault()).toInstant());
    }

    private static void awaitSynced() {
        window.ui().waitUntil("the sync to end", () -> window.textOf("status.sync").startsWith("Synkad")
                && !window.textOf("status.message").isEmpty()
                && !window.textOf("status.sync").contains("Synkar"), SYNC_TIMEOUT);
        String message = window.textOf("status.message");
        assertTrue(message.startsWith("Synk klar"), message);
    }

    private static void sync(LocalStore laptop) throws Exception {
        new SyncClient(new SyncSettings("localhost", config.port(), ServerConfig.DATABASE, config.trustStore()))
                .sync(laptop, laptop == laptopB ? "lan2" : "lan", PASSWORD);
    }

    private static <T> T service(Class<T> type) {
        return ApplicationDriver.service(type);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
