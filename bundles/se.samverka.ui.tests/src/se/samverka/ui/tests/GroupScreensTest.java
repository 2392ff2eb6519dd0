package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.meetings.GroupService;
import se.samverka.meetings.GroupService.GroupPage;
import se.samverka.model.CooperationGroup;
import se.samverka.model.GroupKind;
import se.samverka.model.Membership;
import se.samverka.model.MembershipRole;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.store.LocalStore;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.testing.ui.WindowTest;

/**
 * The group page in the running window: open a group from the Grupper area, add a member made in place (the shared
 * new-person dialog, then role and first day), end another member's membership — first with a last day before it
 * began, refused at the top of the dialog, then with yesterday — and find that member among the former members.
 * The group is the test's own, so no other test's records are touched.
 */
@org.junit.jupiter.api.Order(6)
class GroupScreensTest extends WindowTest {

    private static final String GROUP = "Grannsamverkansgruppen Testby";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private static LocalStore store;
    private static GroupService groups;
    private static String groupId;
    private static Person leaving;
    private static LocalDate joined;

    @BeforeAll
    static void attach() throws Exception {
        store = ApplicationDriver.service(LocalStore.class);
        groups = ApplicationDriver.service(GroupService.class);
        CooperationGroup group = SamverkaFactory.eINSTANCE.createCooperationGroup();
        group.setName(GROUP);
        group.setKind(GroupKind.WORKING_GROUP);
        group.setDescription("Grannar, polis och kommun i Testby.");
        groupId = store.save(group).getId();
        List<Person> people = store.findAll(Person.class).stream().filter(p -> p.getOrganisation() != null)
                .sorted(Comparator.comparing(Person::getLastName).thenComparing(Person::getFirstName)).limit(2)
                .toList();
        joined = LocalDate.now().minusMonths(8);
        groups.addMember(groupId, people.get(0), MembershipRole.CHAIR, joined);
        groups.addMember(groupId, people.get(1), MembershipRole.MEMBER, joined);
        leaving = people.get(1);
    }

    @Test
    void addAMemberMadeInPlaceAndEndAMembershipKeptAmongTheFormer() throws Exception {
        window.selectRow("navigation.areas", "Grupper");
        window.type("groups.list.filter", GROUP);
        window.openRow("groups.list", GROUP);
        window.awaitRows("group.members");
        assertEquals(2, window.tableRows("group.members").size());
        assertTrue(window.tableRows("group.former").isEmpty());

        // A new person made in place, then role and first day.
        window.clickButton("group.addNew");
        WindowDriver person = app.waitForWindow("Ny person som medlem");
        person.clickButton("OK");
        assertEquals("Skriv både förnamn och efternamn.", person.errorMessage(), "a name is required");
        person.type("person.firstName", "Åsa");
        person.type("person.lastName", "Östlund");
        person.type("person.email", "asa.ostlund@testby");
        person.clickButton("OK");
        assertNotNull(person.errorMessage(), "a bad e-mail address is said at the top");
        assertTrue(person.isOpen());
        person.type("person.email", "asa.ostlund@testby.se");
        person.clickButton("OK");
        WindowDriver role = app.waitForWindow("Medlem i " + GROUP);
        role.chooseItem("membership.role", "Sekreterare");
        role.clickButton("OK");
        window.ui().waitUntil("the dialog closed", () -> !role.isOpen(), Ui.DEFAULT_TIMEOUT);
        window.awaitRows("group.members");
        assertTrue(window.tableColumn("group.members").contains("Åsa Östlund"));
        assertTrue(window.textOf("group.message").startsWith("Åsa Östlund"));

        // End a membership: a last day before it began is refused where the user looks, then yesterday.
        String name = leaving.getFirstName() + " " + leaving.getLastName();
        window.selectRow("group.members", name);
        window.clickButton("group.end");
        WindowDriver end = app.waitForWindow("Avsluta medlemskap");
        end.type("membership.date", joined.minusDays(1).format(DAY));
        end.clickButton("OK");
        assertEquals("Medlemskapet började " + joined.format(DAY) + "; datumet kan inte ligga före det.",
                end.errorMessage());
        end.type("membership.date", "igår");
        end.clickButton("OK");
        assertTrue(end.errorMessage().startsWith("Skriv datumet som yyyy-MM-dd"), end.errorMessage());
        end.type("membership.date", LocalDate.now().minusDays(1).format(DAY));
        end.clickButton("OK");
        window.ui().waitUntil("the dialog closed", () -> !end.isOpen(), Ui.DEFAULT_TIMEOUT);
        window.awaitRows("group.former");
        assertTrue(window.tableColumn("group.former").contains(name));
        assertFalse(window.tableColumn("group.members").contains(name));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "group-page.png"));

        GroupPage page = groups.page(groupId).orElseThrow();
        Membership former = page.former().get(0);
        assertEquals(leaving.getId(), former.getPerson().getId());
        assertEquals(date(LocalDate.now().minusDays(1)), former.getValidTo());
        Membership added = page.current().stream().filter(m -> "Östlund".equals(m.getPerson().getLastName()))
                .findFirst().orElseThrow();
        assertEquals(MembershipRole.SECRETARY, added.getMemberRole());
        assertEquals("asa.ostlund@testby.se", added.getPerson().getEmail());
        assertEquals(date(LocalDate.now()), added.getValidFrom());
    }

    @Test
    void theNetworksAttendanceOverTheYearFlagsTwoAbsencesInARow() throws Exception {
        window.selectRow("navigation.areas", "Grupper");
        window.type("groups.list.filter", "Länsnätverket");
        window.openRow("groups.list", "Länsnätverket");
        window.awaitRows("group.members");
        String groupId = store.findAll(CooperationGroup.class).stream()
                .filter(g -> "Länsnätverket".equals(g.getName())).findFirst().orElseThrow().getId();
        long flagged = groups.attendance(groupId, LocalDate.now().getYear()).members().stream()
                .filter(GroupService.MemberAttendance::flagged).count();
        assertTrue(flagged > 0, "the demo county flags someone this year");
        window.awaitRows("group.attendance");
        assertEquals(flagged, window.tableRows("group.attendance").stream()
                .filter(row -> row.contains("⚠ Borta två möten i rad")).count());
        // The members, attendance and meetings came after the page was laid out: it still scrolls to its end.
        assertEquals(0, window.pixelsBeyondTheEnd("meetings.group"), "the page scrolls to its end");
        window.scrollTo("group.attendance");
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "group-network.png"));
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
