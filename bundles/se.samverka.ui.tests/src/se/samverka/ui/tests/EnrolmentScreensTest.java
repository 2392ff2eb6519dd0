package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import se.samverka.demo.DemoCounty;
import se.samverka.model.AttendanceKind;
import se.samverka.model.AttendanceMark;
import se.samverka.model.Course;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.OfferingStatus;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage;
import se.samverka.model.SessionDay;
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

/**
 * The offering page in the running window: enrol through the picker until the offering is full, then onto the
 * waitlist; a cancellation promotes the first waiting, shown as provisional; after a sync in which the county server
 * gave the seat to another laptop's promotion, that person is back on the waitlist; the course is completed with the
 * rule shown first; after the window's laptop synced as a coordinator, the page says that another municipality's
 * person cannot be enrolled (the sync's answer told the laptop who its user is), and the start page's card speaks of
 * the coordinator's own municipality, then of every municipality again once county staff synced. The county server runs on loopback (the one of {@link SyncScreensTest}'s folder, started again);
 * the second laptop is a database beside it, changed by the test as another office would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(5)
class EnrolmentScreensTest extends WindowTest {

    private static final char[] PASSWORD = "lösenord-123".toCharArray();
    private static final String TITLE = "Grundkurs för anmälningstest";
    private static final String RECORDS_CARD = "start.card.inventory.records.title";
    private static final String OWN_CARD = "Kommunens lägesbild och åtgärdsplan att åtgärda";
    private static final String COUNTY_CARD = "Kommunernas lägesbild och åtgärdsplan att åtgärda";

    private static CountyServer server;
    private static ServerConfig config;
    private static LocalStore laptopA;
    private static LocalStore laptopB;
    private static String offeringId;
    private static List<Person> people;

    @BeforeAll
    static void startServer() throws Exception {
        laptopA = ApplicationDriver.service(LocalStore.class);
        // The same folder and secrets as SyncScreensTest: Derby's system folder is fixed once the engine booted.
        Path folder = Path.of(System.getProperty("derby.system.home"));
        config = new ServerConfig(folder, "localhost", freePort(), "ägare-lösen-1".toCharArray(),
                "nyckel-lösen-1".toCharArray(), "boot-lösen-1".toCharArray());
        boolean countyExists = java.nio.file.Files.exists(folder.resolve(ServerConfig.DATABASE));
        server = CountyServer.start(config);
        if (!countyExists) {
            // Run without SyncScreensTest: the county is made here as that test makes it.
            List<SyncedObject> county = new ArrayList<>();
            for (SyncedObject made : DemoCounty.generate(LocalDate.now()).all()) {
                @SuppressWarnings("unchecked")
                Class<SyncedObject> type = (Class<SyncedObject>) made.eClass().getInstanceClass();
                county.add(laptopA.find(type, made.getId()).orElse(made));
            }
            server.admin().seed(county);
            server.admin().createUser("lan", PASSWORD, Role.COUNTY, null, null);
            server.admin().createUser("lan2", PASSWORD, Role.COUNTY, null, null);
        }
        // A new offering with two seats and one session day, known to the county before the test enrols.
        CourseOffering offering = SamverkaFactory.eINSTANCE.createCourseOffering();
        offering.setCourse(laptopA.findAll(Course.class).get(0));
        offering.setTitle(TITLE);
        offering.setVenue("Länsstyrelsen, Uppsala");
        offering.setCapacity(2);
        offering.setStatus(OfferingStatus.PUBLISHED);
        offering.setEnrolmentDeadline(date(LocalDate.now().plusDays(30)));
        SessionDay day = SamverkaFactory.eINSTANCE.createSessionDay();
        day.setSeq(1);
        day.setSessionDate(date(LocalDate.now().plusDays(40)));
        offering.getSessionDays().add(day);
        offeringId = laptopA.save(offering).getId();
        sync(laptopA, "lan");
        laptopB = ApplicationDriver.service(LocalStores.class).open(folder.resolveSibling("laptop-enrolment-b"),
                PASSWORD, "lan2");
        sync(laptopB, "lan2");
        people = laptopA.findAll(Person.class).stream().filter(p -> p.getOrganisation() != null)
                .sorted(Comparator.comparing(Person::getLastName).thenComparing(Person::getFirstName)).limit(4)
                .toList();
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
    void enrolUntilFullThenOntoTheWaitlistCancelAndSeeThePromotionAndTheServersRefusal() throws Exception {
        window.selectRow("navigation.areas", "Utbildningar");
        window.type("courses.list.filter", TITLE);
        window.openRow("courses.list", TITLE);
        window.awaitRows("courses.participants");
        assertEquals("0 av 2 platser tagna · 0 på väntelistan", window.textOf("courses.participants.counts"));

        for (Person person : people) {
            enrolInThePicker(person);
        }
        eventually("four participants", () -> window.tableRows("courses.participants").size() == 4);
        assertEquals("Tillfället är fullt: " + name(people.get(3)) + " står som nummer 2 på väntelistan.",
                window.textOf("courses.participants.message"));
        assertEquals(List.of("Antagen (preliminär)", "Antagen (preliminär)", "Reserv", "Reserv"), column(3));
        assertEquals(List.of("", "", "1", "2"), column(4));
        assertEquals("2 av 2 platser tagna · 2 på väntelistan", window.textOf("courses.participants.counts"));

        // The sync confirms the seats.
        sync(laptopA, "lan");
        eventually("the seats confirmed", () -> column(3).equals(List.of("Antagen", "Antagen", "Reserv", "Reserv")));
        List<String> names = column(0);
        String seatHolder = names.get(0);
        String firstWaiting = names.get(2);
        String secondWaiting = names.get(3);

        // Another office (laptop B) cancels the same seat holder and gives the seat to the second on the waitlist.
        sync(laptopB, "lan2");
        List<Enrolment> onB = laptopB.findBy(Enrolment.class, SamverkaPackage.Literals.ENROLMENT__OFFERING,
                offeringId);
        Enrolment cancelledOnB = byName(onB, seatHolder);
        cancelledOnB.setStatus(EnrolmentStatus.CANCELLED);
        laptopB.save(cancelledOnB);
        Enrolment promotedOnB = byName(onB, secondWaiting);
        promotedOnB.setStatus(EnrolmentStatus.ENROLLED);
        promotedOnB.eUnset(SamverkaPackage.Literals.ENROLMENT__WAITLIST_POSITION);
        laptopB.save(promotedOnB);
        sync(laptopB, "lan2");

        // Here, offline: the cancellation promotes the first waiting, provisionally.
        window.selectRow("courses.participants", seatHolder);
        window.clickButtonAndWait("courses.participants.to.CANCELLED");
        eventually("the promotion shown", () -> statusOf(firstWaiting).equals("Antagen (preliminär)"));
        assertTrue(window.textOf("courses.participants.message").contains(firstWaiting + " fick platsen"),
                window.textOf("courses.participants.message"));
        assertEquals("Avanmäld", statusOf(seatHolder));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "offering-promoted.png"));

        // The server gave the seat to B's promotion: after the sync the person is back on the waitlist.
        sync(laptopA, "lan");
        eventually("back on the waitlist", () -> statusOf(firstWaiting).equals("Reserv"));
        assertEquals("Antagen", statusOf(secondWaiting));
        assertEquals("2 av 2 platser tagna · 1 på väntelistan", window.textOf("courses.participants.counts"));
        assertTrue(laptopA.sync().conflicts().stream().anyMatch(c -> c.reason().equals("NO_SEAT")));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "offering-refused.png"));
    }

    @Test
    @Order(2)
    void completeTheOfferingWithTheRuleShownFirst() throws Exception {
        List<Enrolment> enrolled = laptopA.findBy(Enrolment.class, SamverkaPackage.Literals.ENROLMENT__OFFERING,
                offeringId).stream().filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED)
                .sorted(Comparator.comparing(e -> e.getPerson().getLastName())).toList();
        assertEquals(2, enrolled.size());
        SessionDay day = laptopA.find(CourseOffering.class, offeringId).orElseThrow().getSessionDays().get(0);
        mark(enrolled.get(0), day, AttendanceKind.PRESENT);
        mark(enrolled.get(1), day, AttendanceKind.ABSENT);
        String present = name(enrolled.get(0).getPerson());
        String absent = name(enrolled.get(1).getPerson());

        window.clickButton("courses.participants.complete");
        WindowDriver question = app.waitForWindow("Slutför kursen");
        String asked = String.join("\n", question.labelTexts());
        assertTrue(asked.contains("närvarande eller sen alla 1 kursdagar blir Genomförd"), asked);
        assertTrue(asked.contains("Genomförd (1): " + present), asked);
        assertTrue(asked.contains("Uteblev (1): " + absent), asked);
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "offering-complete.png"));
        question.clickButton("Slutför");
        eventually("completed", () -> statusOf(present).equals("Genomförd") && statusOf(absent).equals("Uteblev"));
        assertEquals(EnrolmentStatus.COMPLETED,
                laptopA.find(Enrolment.class, enrolled.get(0).getId()).orElseThrow().getStatus());
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "offering-page.png"));
    }

    @Test
    @Order(3)
    void aCoordinatorIsToldInTheWindowAfterASyncThatAnotherMunicipalitysPersonCannotBeEnrolled() throws Exception {
        Person own = laptopA.findAll(Person.class).stream().filter(p -> p.getMunicipality() != null).findFirst()
                .orElseThrow();
        Person outsider = laptopA.findAll(Person.class).stream().filter(p -> p.getOrganisation() != null
                && p.getMunicipality() != null && !p.getMunicipality().getId().equals(own.getMunicipality().getId())
                && people.stream().noneMatch(enrolled -> enrolled.getId().equals(p.getId())))
                .findFirst().orElseThrow();
        String coordinator = "samordnare_ui";
        if (server.admin().users().stream()
                .noneMatch(user -> user.toLowerCase(java.util.Locale.ROOT).startsWith(coordinator + " "))) {
            server.admin().createUser(coordinator, PASSWORD, Role.COORDINATOR, own.getMunicipality().getId(), null);
        }
        // The window's laptop sends what it has as county staff, then syncs as the coordinator: the answer says who
        // the user is, and the window holds them to it (nobody puts an Enroller in the context).
        sync(laptopA, "lan");
        sync(laptopA, coordinator);
        assertEquals(Role.COORDINATOR, laptopA.sync().user().role());
        int before = laptopA.findAll(Enrolment.class).size();
        try {
            window.clickButton("courses.participants.enrol");
            WindowDriver picker = app.waitForWindow("Anmäl deltagare");
            picker.type("picker.filter", outsider.getFirstName() + " " + outsider.getLastName());
            eventually("found", () -> picker.tableColumn("picker.list").contains(labelOf(outsider)));
            picker.openRow("picker.list", labelOf(outsider));
            window.ui().waitUntil("the picker closed", () -> !picker.isOpen(), Ui.DEFAULT_TIMEOUT);
            window.ui().waitUntil("told", () -> window.textOf("courses.participants.message")
                    .startsWith(name(outsider) + " hör till en annan kommun."), Ui.DEFAULT_TIMEOUT);
            assertTrue(window.textOf("courses.participants.message").contains("servern skulle neka"));
            assertEquals(before, laptopA.findAll(Enrolment.class).size(), "nothing saved");
            app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "offering-coordinator.png"));

            // The start page follows who the user is, though the sync changed no record: the coordinator's own
            // municipality (before, it kept county staff's card until some record changed).
            window.selectRow("navigation.areas", "Start");
            window.ui().waitUntil("the card worded for the coordinator's municipality",
                    () -> OWN_CARD.equals(recordsCardTitle()), Ui.DEFAULT_TIMEOUT);
            app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "start-page-coordinator.png"));
        } finally {
            // County staff again for the tests after this one: the next answer says so.
            sync(laptopA, "lan");
        }
        assertEquals(Role.COUNTY, laptopA.sync().user().role());
        window.selectRow("navigation.areas", "Start");
        window.ui().waitUntil("the card worded for every municipality again",
                () -> COUNTY_CARD.equals(recordsCardTitle()), Ui.DEFAULT_TIMEOUT);
    }

    /** The start page's card of municipal records: its title, or "" while it is not drawn. */
    private static String recordsCardTitle() {
        return window.has(RECORDS_CARD) ? window.textOf(RECORDS_CARD) : "";
    }

    private static void enrolInThePicker(Person person) {
        window.clickButton("courses.participants.enrol");
        WindowDriver picker = app.waitForWindow("Anmäl deltagare");
        picker.type("picker.filter", person.getFirstName() + " " + person.getLastName());
        String label = labelOf(person);
        eventually("found", () -> picker.tableColumn("picker.list").contains(label));
        picker.openRow("picker.list", label);
        window.ui().waitUntil("the picker closed", () -> !picker.isOpen(), Ui.DEFAULT_TIMEOUT);
        eventually(person.getFirstName() + " in the list", () -> column(0).contains(name(person)));
    }

    /**
     * Waits until a condition that reads the window's tables holds, asking from the test thread: reading a table
     * waits for its rows, which a condition run on the UI thread (as {@code Ui.waitUntil} runs it) would block.
     */
    static void eventually(String what, java.util.function.BooleanSupplier condition) {
        long until = System.nanoTime() + Ui.DEFAULT_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Timed out after " + Ui.DEFAULT_TIMEOUT.toSeconds() + " s waiting for: "
                        + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static List<String> column(int index) {
        window.awaitRows("courses.participants");
        return window.tableRows("courses.participants").stream().map(row -> row.get(index)).toList();
    }

    private static String statusOf(String name) {
        return window.tableRows("courses.participants").stream().filter(row -> row.get(0).equals(name))
                .map(row -> row.get(3)).findFirst().orElse("");
    }

    private static Enrolment byName(List<Enrolment> enrolments, String name) {
        return enrolments.stream().filter(e -> name(e.getPerson()).equals(name)).findFirst().orElseThrow();
    }

    private static String name(Person person) {
        return person.getFirstName() + " " + person.getLastName();
    }

    private static String labelOf(Person person) {
        return name(person) + " (" + person.getOrganisation().getName() + ")";
    }

    private static void mark(Enrolment enrolment, SessionDay day, AttendanceKind kind) throws Exception {
        AttendanceMark mark = SamverkaFactory.eINSTANCE.createAttendanceMark();
        mark.setEnrolment(enrolment);
        mark.setSessionDay(day);
        mark.setMark(kind);
        mark.setMarkedAt(new Date());
        laptopA.save(mark);
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static void sync(LocalStore laptop, String user) throws Exception {
        new SyncClient(new SyncSettings("localhost", config.port(), ServerConfig.DATABASE, config.trustStore()))
                .sync(laptop, user, PASSWORD);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
