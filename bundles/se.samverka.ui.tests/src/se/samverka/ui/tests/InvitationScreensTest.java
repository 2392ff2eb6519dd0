package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import se.samverka.model.AgendaItem;
import se.samverka.model.CooperationGroup;
import se.samverka.model.Invitation;
import se.samverka.model.InvitationResponse;
import se.samverka.model.Meeting;
import se.samverka.model.MeetingStatus;
import se.samverka.model.Membership;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage;
import se.samverka.store.LocalStore;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.testing.ui.WindowTest;

/**
 * A meeting's invitations in the running window: make them from the group's members (and again, adding no one),
 * invite a guest made in place to one agenda item, record replies by key and button (one an apology with its note,
 * asked in a dialog), mark attendance by key, button and "Alla närvarande", and read the counts at the top. The
 * meeting is the test's own, planned in Länsnätverket a hundred days ahead.
 */
@Order(5)
class InvitationScreensTest extends WindowTest {

    private static final String TITLE = "Nätverksträff för inbjudningstest";
    private static final String TABLE = "meetings.invitations";

    private static LocalStore laptop;
    private static String meetingId;
    private static int members;

    @BeforeAll
    static void planTheMeeting() throws Exception {
        // The Swedish window's words; a run picked by name in the English start (-nl en) has nothing to check.
        assumeTrue(window.tableColumn("navigation.areas").contains("Möten"), "the English start");
        laptop = ApplicationDriver.service(LocalStore.class);
        CooperationGroup network = laptop.findAll(CooperationGroup.class).stream()
                .filter(g -> g.getName().equals("Länsnätverket")).findFirst().orElseThrow();
        LocalDate day = LocalDate.now().plusDays(100);
        Date start = Date.from(day.atTime(LocalTime.of(9, 0)).atZone(ZoneId.systemDefault()).toInstant());
        Date midnight = Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
        members = (int) laptop.findBy(Membership.class, SamverkaPackage.Literals.MEMBERSHIP__COOPERATION_GROUP,
                network.getId()).stream()
                .filter(m -> (m.getValidFrom() == null || !m.getValidFrom().after(midnight))
                        && (m.getValidTo() == null || !m.getValidTo().before(midnight)))
                .map(m -> m.getPerson().getId()).distinct().count();
        Meeting meeting = SamverkaFactory.eINSTANCE.createMeeting();
        meeting.setCooperationGroup(network);
        meeting.setTitle(TITLE);
        meeting.setStatus(MeetingStatus.PLANNED);
        meeting.setMeetingDate(start);
        meeting.setPlace("Länsstyrelsen, Hamnesplanaden 3, Uppsala");
        for (String title : List.of("Inledning", "Tema: Trygghetsvandringar")) {
            AgendaItem item = SamverkaFactory.eINSTANCE.createAgendaItem();
            item.setSeq(meeting.getAgendaItems().size() + 1);
            item.setTitle(title);
            meeting.getAgendaItems().add(item);
        }
        meetingId = laptop.save(meeting).getId();
        assertTrue(members > 4, "the demo network has members: " + members);
    }

    @Test
    void makeInvitationsInviteAGuestRecordRepliesAndAttendanceAndSeeTheCounts() throws Exception {
        window.selectRow("navigation.areas", "Möten");
        window.type("meetings.list.filter", TITLE);
        eventually("the meeting listed", () -> window.tableColumn("meetings.list").size() == 1);
        window.openRow("meetings.list", TITLE);
        eventually("the meeting's page", () -> TITLE.equals(window.textOf("meetings.editor.title")));
        new MeetingSteps(app).showTab(MeetingSteps.INVITATIONS);
        eventually("nobody invited yet", () -> window.textOf(TABLE + ".counts").startsWith("Inga inbjudna ännu"));

        window.clickButton(TABLE + ".make");
        eventually("the invitations made", () -> window.textOf(TABLE + ".message")
                .equals(members + " inbjudna från gruppens medlemmar på mötesdagen."));
        eventually("the invitees listed", () -> rows().size() == members);
        assertEquals("0 kommer · 0 anmält förhinder · 0 kommer inte · " + members + " har inte svarat",
                window.textOf(TABLE + ".counts"));
        assertEquals(MeetingStatus.INVITED, laptop.find(Meeting.class, meetingId).orElseThrow().getStatus());
        window.clickButton(TABLE + ".make");
        eventually("made again: no one added", () -> window.textOf(TABLE + ".message")
                .equals("Alla gruppens medlemmar på mötesdagen är redan inbjudna."));
        assertEquals(members, rows().size());

        // A guest made in place, for the theme only.
        window.clickButton(TABLE + ".guest");
        WindowDriver dialog = app.waitForWindow("Bjud in gäst till en punkt");
        dialog.chooseItem("guest.item", "2. Tema: Trygghetsvandringar");
        dialog.type("guest.firstName", "Gunnel");
        dialog.type("guest.lastName", "Gästföreläsare");
        dialog.clickButton("guest.ok");
        window.ui().waitUntil("the dialog closed", () -> !dialog.isOpen(), Ui.DEFAULT_TIMEOUT);
        eventually("the guest listed", () -> rows().stream().anyMatch(r -> r.get(0).equals("Gunnel Gästföreläsare")
                && r.get(2).equals("Tema: Trygghetsvandringar")));
        int invited = members + 1;

        List<String> names = rows().stream().map(r -> r.get(0)).toList();
        // Replies: 1 by key, by button, an apology with its note, 2 by key.
        window.selectRow(TABLE, names.get(0));
        window.pressKey(TABLE, '1');
        eventually("the first coming", () -> replyOf(names.get(0)).equals("Kommer"));
        window.selectRow(TABLE, names.get(1));
        window.clickButton(TABLE + ".reply.ACCEPTED");
        eventually("the second coming", () -> replyOf(names.get(1)).equals("Kommer"));
        window.selectRow(TABLE, names.get(2));
        window.pressKey(TABLE, '3');
        WindowDriver apology = app.waitForWindow("Anmält förhinder");
        assertTrue(String.join(" ", apology.labelTexts()).contains(names.get(2)), apology.labelTexts().toString());
        apology.ui().run(() -> MeetingSteps.firstText(apology.shell()).setText("Krockar med kommunstyrelsen"));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "meeting-apology.png"));
        apology.clickButton("OK");
        window.ui().waitUntil("the note asked", () -> !apology.isOpen(), Ui.DEFAULT_TIMEOUT);
        eventually("the apology", () -> replyOf(names.get(2)).equals("Anmält förhinder"));
        window.selectRow(TABLE, names.get(3));
        window.pressKey(TABLE, '2');
        eventually("not coming", () -> replyOf(names.get(3)).equals("Kommer inte"));
        eventually("the counts", () -> window.textOf(TABLE + ".counts").equals("2 kommer · 1 anmält förhinder · "
                + "1 kommer inte · " + (invited - 4) + " har inte svarat"));
        assertEquals("Krockar med kommunstyrelsen", rows().stream().filter(r -> r.get(0).equals(names.get(2)))
                .findFirst().orElseThrow().get(4));

        // Attendance: N by key, the button, then everyone, then the apology absent (F).
        window.selectRow(TABLE, names.get(0));
        window.pressKey(TABLE, 'n');
        eventually("present", () -> presentOf(names.get(0)).equals("✓ Närvarande"));
        assertTrue(window.textOf(TABLE + ".counts").endsWith(" · 1 närvarande · " + (invited - 1) + " frånvarande"),
                window.textOf(TABLE + ".counts"));
        window.clickButton(TABLE + ".allPresent");
        eventually("all present", () -> window.textOf(TABLE + ".counts")
                .endsWith(" · " + invited + " närvarande · 0 frånvarande"));
        window.selectRow(TABLE, names.get(2));
        window.pressKey(TABLE, 'f');
        eventually("the apology absent", () -> presentOf(names.get(2)).isEmpty());
        eventually("the counts after", () -> window.textOf(TABLE + ".counts").equals("2 kommer · 1 anmält förhinder"
                + " · 1 kommer inte · " + (invited - 4) + " har inte svarat · " + (invited - 1) + " närvarande · "
                + "1 frånvarande"));
        scrollToInvitees();
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "meeting-invitations.png"));

        List<Invitation> saved = laptop.findBy(Invitation.class, SamverkaPackage.Literals.INVITATION__MEETING,
                meetingId);
        assertEquals(invited, saved.size());
        Invitation apologised = saved.stream().filter(i -> (i.getPerson().getFirstName() + " "
                + i.getPerson().getLastName()).equals(names.get(2))).findFirst().orElseThrow();
        assertEquals(InvitationResponse.APOLOGY, apologised.getResponse());
        assertEquals("Krockar med kommunstyrelsen", apologised.getResponseNote());
        assertTrue(saved.stream().filter(Invitation::isGuest).allMatch(i -> i.getAgendaItem() != null));
    }

    private static List<List<String>> rows() {
        return window.tableRows(TABLE);
    }

    private static String replyOf(String name) {
        return rows().stream().filter(r -> r.get(0).equals(name)).map(r -> r.get(3)).findFirst().orElse("");
    }

    private static String presentOf(String name) {
        return rows().stream().filter(r -> r.get(0).equals(name)).map(r -> r.get(5)).findFirst().orElse("?");
    }

    /** Scrolls the meeting's form so that the invitees are in view, for the screenshot. */
    private static void scrollToInvitees() {
        window.ui().run(() -> {
            Control table = window.find(TABLE, Control.class);
            for (Composite up = table.getParent(); up != null; up = up.getParent()) {
                if (up instanceof org.eclipse.swt.custom.ScrolledComposite scrolled) {
                    // The section is the form's last: its heading at the top of the view, the list below.
                    Control heading = window.find(TABLE + ".counts", Control.class);
                    int y = heading.getDisplay().map(heading.getParent(), scrolled.getContent(),
                            heading.getLocation()).y - 40;
                    scrolled.setOrigin(0, Math.max(0, y));
                    return;
                }
            }
        });
    }

    private static void eventually(String what, BooleanSupplier condition) {
        EnrolmentScreensTest.eventually(what, condition);
    }
}
