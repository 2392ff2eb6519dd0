package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import se.samverka.model.Course;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.OfferingStatus;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.model.SessionDay;
import se.samverka.store.LocalStore;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.testing.ui.WindowTest;

/**
 * The courses plugin's card on the start page, and participants from and to spreadsheets on the offering page, in
 * the real window: the card lists an offering starting in two weeks and opens it; a CSV with errors names every bad
 * line in the preview and saves nothing; the corrected file enrols everyone (an existing person matched by e-mail),
 * a second import adds nothing, and the exported list reads back.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(5)
class SpreadsheetScreensTest extends WindowTest {

    private static final String CHOOSER = "se.samverka.courses.ui.spreadsheet.fileChooser";
    private static final String CARD = "start.card.courses.coming";

    private static LocalStore store;
    private static CourseOffering offering;
    private static Person existing;
    private static Path documents;

    @BeforeAll
    static void attach() throws Exception {
        store = ApplicationDriver.service(LocalStore.class);
        documents = Path.of(System.getProperty("samverka.test.data")).resolveSibling("documents");
        Files.createDirectories(documents);
        // An offering starting in two weeks: the demo county's next ones may be months away.
        SamverkaFactory factory = SamverkaFactory.eINSTANCE;
        CourseOffering coming = factory.createCourseOffering();
        coming.setCourse(store.findAll(Course.class).getFirst());
        // Short enough for the tab to show it whole.
        coming.setTitle("Grundkurs vintern, Knivsta");
        coming.setVenue("Kommunhuset, Knivsta");
        coming.setCapacity(3);
        coming.setStatus(OfferingStatus.PUBLISHED);
        LocalDate first = LocalDate.now().plusDays(14);
        SessionDay day = factory.createSessionDay();
        day.setSeq(1);
        day.setSessionDate(date(first, LocalTime.MIDNIGHT));
        day.setStartsAt(date(first, LocalTime.of(9, 0)));
        day.setEndsAt(date(first, LocalTime.of(16, 0)));
        day.setPlace("Kommunhuset, Knivsta");
        coming.getSessionDays().add(day);
        offering = store.save(coming);
        existing = store.findAll(Person.class).stream()
                .filter(p -> p.getEmail() != null && p.getOrganisation() != null && p.getMunicipality() != null)
                .findFirst().orElseThrow();
    }

    private static Date date(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(ZoneId.systemDefault()).toInstant());
    }

    @Test
    @Order(1)
    void theStartPageShowsTheComingOfferingAndClickingItOpensIt() {
        window.selectRow("navigation.areas", "Start");
        String row = awaitCardRow(offering.getTitle());
        assertTrue(window.textOf(CARD + ".title").startsWith("Kommande kurstillfällen"));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "start-page-courses-card.png"));

        window.clickLink(row);
        window.ui().waitUntil("the offering opens", () -> app.openParts().contains(offering.getTitle()),
                Ui.DEFAULT_TIMEOUT);
        assertEquals(offering.getTitle(), window.textOf("courses.editor.title"));
    }

    /** The id of the card's row whose link names {@code text}, once the card has been filled. */
    private static String awaitCardRow(String text) {
        String[] found = new String[1];
        window.ui().waitUntil("the courses card lists " + text, () -> {
            for (int i = 0; window.has(CARD + "." + i); i++) {
                if (window.textOf(CARD + "." + i).equals(text)) {
                    found[0] = CARD + "." + i;
                    return true;
                }
            }
            return false;
        }, Ui.DEFAULT_TIMEOUT);
        return found[0];
    }

    @Test
    @Order(2)
    void aFileWithErrorsNamesEveryBadLineInThePreviewAndSavesNothing() throws Exception {
        // Excel's plain "CSV" on Swedish Windows: Windows-1252, semicolons, a quoted organisation over two lines.
        Path file = documents.resolve("participants-with-errors.csv");
        Files.writeString(file, "Förnamn;Efternamn;E-post;Organisation;Kommun;Telefon\r\n"
                + "Åke;Öhman;ake.ohman@knivsta.se;Socialtjänsten;Knivsta;070-111 22 33\r\n"
                + "Märta;Ek;marta.ek(at)knivsta.se;Fritidsgården;Knivsta;\r\n" // 3: bad e-mail
                + "Ärla;Berg;;\"Skolan\r\nNorra\";Knivsta;\r\n" // 4-5: fine
                + "Olle;Ström;;Polisen;Stockholm;\r\n" // 6: not a municipality of the county
                + ";Lund;;Polisen;Knivsta;\r\n", Charset.forName("windows-1252")); // 7: no first name
        long people = store.findAll(Person.class).size();
        chooseFiles(Map.of("import", file));

        window.clickButton("courses.editor.importParticipants");
        WindowDriver preview = app.waitForWindow("Importera deltagare");
        List<List<String>> problems = preview.tableRows("spreadsheet.preview.problems");
        assertEquals(List.of("3", "6", "7"), problems.stream().map(p -> p.get(0)).toList(), problems.toString());
        assertEquals("”marta.ek(at)knivsta.se” är ingen e-postadress.", problems.get(0).get(1));
        assertEquals("”Stockholm” är ingen kommun i länet.", problems.get(1).get(1));
        assertEquals("För- eller efternamn saknas.", problems.get(2).get(1));
        List<List<String>> rows = preview.tableRows("spreadsheet.preview.rows");
        assertEquals(List.of("2", "3", "4", "6", "7"), rows.stream().map(r -> r.get(0)).toList());
        assertEquals("Skolan\r\nNorra (ny organisation)", rows.get(2).get(5));
        assertFalse(preview.has("spreadsheet.preview.import"), "no Import button for a file with errors");
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "participants-preview-errors.png"));
        preview.clickButton("spreadsheet.preview.cancel");
        window.ui().waitUntil("the preview closes", () -> !preview.isOpen(), Ui.DEFAULT_TIMEOUT);

        assertEquals(people, store.findAll(Person.class).size(), "nothing saved");
        assertEquals(List.of(), enrolments());
    }

    @Test
    @Order(3)
    void theCorrectedFileEnrolsEveryoneOnceAndTheListExportsAsExcelReadsIt() throws Exception {
        // Excel's "CSV UTF-8": a byte order mark; the columns in another order; one person already in the register.
        Path file = documents.resolve("participants-corrected.csv");
        String text = "E-post;Förnamn;Efternamn;Kommun;Organisation\r\n"
                + "ake.ohman@knivsta.se;Åke;Öhman;Knivsta;Socialtjänsten\r\n"
                + "marta.ek@knivsta.se;Märta;Ek;Knivsta;Fritidsgården\r\n"
                + existing.getEmail().toUpperCase() + ";" + existing.getFirstName() + ";" + existing.getLastName()
                + ";;\r\n"
                + ";Ärla;Berg;Knivsta;\"Skolan Norra\"\r\n";
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        Files.write(file, concat(bom, text.getBytes(StandardCharsets.UTF_8)));
        long people = store.findAll(Person.class).size();
        chooseFiles(Map.of("import", file));

        window.clickButton("courses.editor.importParticipants");
        WindowDriver preview = app.waitForWindow("Importera deltagare");
        List<List<String>> rows = preview.tableRows("spreadsheet.preview.rows");
        assertEquals(List.of("Ny person – läggs till och anmäls", "Ny person – läggs till och anmäls",
                "Finns i registret – anmäls", "Ny person – läggs till och anmäls"),
                rows.stream().map(r -> r.get(1)).toList());
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "participants-preview-clean.png"));
        preview.clickButton("spreadsheet.preview.import");
        window.ui().waitUntil("four enrolled", () -> enrolments().size() == 4, Ui.DEFAULT_TIMEOUT);
        assertEquals(people + 3, store.findAll(Person.class).size());
        assertTrue(enrolments().stream().anyMatch(e -> e.getPerson().getId().equals(existing.getId())),
                "the person in the register is enrolled, not made twice");
        // Three seats: the fourth goes to the waitlist.
        assertEquals(3, enrolments().stream().filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED).count());
        window.ui().waitUntil("the page says what was done",
                () -> window.textOf("courses.editor.message").startsWith("3 nya personer lades till och 4 anmäldes"),
                Ui.DEFAULT_TIMEOUT);

        window.clickButton("courses.editor.importParticipants");
        WindowDriver again = app.waitForWindow("Importera deltagare");
        assertTrue(again.tableRows("spreadsheet.preview.rows").stream()
                .allMatch(r -> r.get(1).equals("Redan anmäld – inget händer")));
        assertFalse(again.has("spreadsheet.preview.import"), "nothing to import the second time");
        again.clickButton("spreadsheet.preview.cancel");
        window.ui().waitUntil("the preview closes", () -> !again.isOpen(), Ui.DEFAULT_TIMEOUT);
        assertEquals(4, enrolments().size());
        assertEquals(people + 3, store.findAll(Person.class).size());

        Path export = documents.resolve("participants-export-ui.csv");
        Files.deleteIfExists(export);
        chooseFiles(Map.of("export", export));
        window.clickButton("courses.editor.exportParticipants");
        window.ui().waitUntil("the list is saved", () -> Files.exists(export), Ui.DEFAULT_TIMEOUT);
        byte[] written = Files.readAllBytes(export);
        assertArrayEquals(bom, Arrays.copyOf(written, 3));
        List<String> lines = List.of(new String(written, 3, written.length - 3, StandardCharsets.UTF_8)
                .split("\r\n"));
        assertEquals("Förnamn;Efternamn;E-post;Organisation;Kommun;Telefon;Status;Anmäld", lines.get(0));
        assertEquals(5, lines.size(), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Åke;Öhman;ake.ohman@knivsta.se;Socialtjänsten;")
                && l.endsWith(";Antagen;" + LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")))), lines.toString());
    }

    private static void chooseFiles(Map<String, Path> files) {
        Function<String, Path> chooser = files::get;
        window.ui().run(() -> app.model().getContext().set(CHOOSER, chooser));
    }

    private static List<Enrolment> enrolments() {
        return store.findBy(Enrolment.class, Literals.ENROLMENT__OFFERING, offering.getId());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
