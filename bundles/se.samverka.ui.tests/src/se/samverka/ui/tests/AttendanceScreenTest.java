package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import se.samverka.courses.AttendanceService;
import se.samverka.courses.AttendanceService.Grid;
import se.samverka.courses.AttendanceService.Participant;
import se.samverka.model.AttendanceKind;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.OfferingStatus;
import se.samverka.model.Person;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.store.LocalStore;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.testing.ui.WindowTest;

/**
 * The attendance grid in the real window, driven with the keyboard alone: key events are posted to the display as a
 * trainer types them (N, S, F, O, the arrow keys, Delete, Ctrl+Z), "Alla närvarande", a walk-in picked from the
 * register and one made in place; what is stored is read back through the attendance service.
 */
@org.junit.jupiter.api.Order(5)
class AttendanceScreenTest extends WindowTest {

    @Test
    void aDayIsMarkedWithTheKeyboardOnlyAllPresentUndoneAndWalkInsAdded() throws Exception {
        LocalStore store = ApplicationDriver.service(LocalStore.class);
        AttendanceService attendance = ApplicationDriver.service(AttendanceService.class);
        List<CourseOffering> offerings = store.findAll(CourseOffering.class);
        CourseOffering offering = offerings.stream()
                .filter(o -> o.getStatus() == OfferingStatus.PUBLISHED && o.getSessionDays().size() >= 2)
                .filter(o -> offerings.stream().filter(other -> other.getTitle().equals(o.getTitle())).count() == 1)
                .filter(o -> {
                    // Not the full one with a waitlist, whose seats the other tests count.
                    Grid grid = attendance.grid(o.getId());
                    return grid.participants().size() >= 6 && grid.marks().isEmpty()
                            && store.findBy(Enrolment.class, Literals.ENROLMENT__OFFERING, o.getId()).stream()
                                    .noneMatch(e -> e.getStatus() == EnrolmentStatus.WAITLISTED);
                })
                .min(Comparator.comparing(o -> o.getSessionDays().get(0).getSessionDate())).orElseThrow();
        Grid before = attendance.grid(offering.getId());
        int rows = before.participants().size();
        String day1 = before.days().get(0).id();
        String day2 = before.days().get(1).id();

        window.selectRow("navigation.areas", "Utbildningar");
        window.type("courses.list.filter", "");
        window.openRow("courses.list", offering.getTitle());
        window.clickButton("courses.editor.attendance");
        window.ui().waitUntil("the grid open", () -> app.openParts().contains("Närvaro: " + offering.getTitle()),
                Ui.DEFAULT_TIMEOUT);
        assertEquals(before.participants().stream().map(Participant::name).toList(),
                window.tableColumn("attendance.grid"));
        assertEquals("Närvaro – " + offering.getTitle(), window.textOf("attendance.title"));
        assertTrue(window.textOf("attendance.legend").startsWith("N = närvarande    S = sen    F = frånvaro anmäld"
                + "    O = frånvarande"), window.textOf("attendance.legend"));
        assertEquals("Dag 1: 0 närvarande, 0 sena, 0 frånvaro anmäld, 0 frånvarande, " + rows + " utan markering",
                window.textOf("attendance.counts.1"));

        // The keyboard only: each letter marks the cell and moves down to the next participant.
        focusGrid();
        type('n');
        type('s');
        type('f');
        type('o');
        press(SWT.ARROW_UP, 0);
        press(SWT.DEL, 0);
        awaitWrites();
        assertEquals(null, attendance.grid(offering.getId()).mark(enrolment(before, 3), day1), "cleared");
        press('z', SWT.CTRL);
        awaitWrites();
        assertEquals(AttendanceKind.ABSENT, attendance.grid(offering.getId()).mark(enrolment(before, 3), day1),
                "the clear undone");
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "attendance-keyboard.png"));

        // "Alla närvarande" for the day, undone, and again.
        window.clickButtonAndWait("attendance.allPresent");
        awaitWrites();
        assertEquals(rows - 3, attendance.grid(offering.getId()).counts(day1).present());
        focusGrid();
        press('z', SWT.CTRL);
        awaitWrites();
        assertEquals(new AttendanceService.DayCounts(1, 1, 1, 1, rows - 4),
                attendance.grid(offering.getId()).counts(day1), "all present undone");
        window.clickButtonAndWait("attendance.allPresent");
        awaitWrites();
        // Day 2, the first participant.
        focusGrid();
        press(SWT.ARROW_RIGHT, 0);
        press(SWT.HOME, 0);
        type('n');
        awaitWrites();

        Grid stored = attendance.grid(offering.getId());
        assertEquals(AttendanceKind.PRESENT, stored.mark(enrolment(before, 0), day1));
        assertEquals(AttendanceKind.LATE, stored.mark(enrolment(before, 1), day1));
        assertEquals(AttendanceKind.EXCUSED, stored.mark(enrolment(before, 2), day1));
        assertEquals(AttendanceKind.ABSENT, stored.mark(enrolment(before, 3), day1));
        for (int i = 4; i < rows; i++) {
            assertEquals(AttendanceKind.PRESENT, stored.mark(enrolment(before, i), day1), "all present: row " + i);
        }
        assertEquals(new AttendanceService.DayCounts(1, 0, 0, 0, rows - 1), stored.counts(day2));
        assertEquals(AttendanceKind.PRESENT, stored.mark(enrolment(before, 0), day2));
        List<List<String>> shown = window.tableRows("attendance.grid");
        assertEquals(List.of("N", "N"), shown.get(0).subList(3, 5));
        assertEquals(List.of("S", "F", "O"), List.of(shown.get(1).get(3), shown.get(2).get(3), shown.get(3).get(3)));
        assertEquals("Dag 1: " + (rows - 3) + " närvarande, 1 sena, 1 frånvaro anmäld, 1 frånvarande, 0 utan markering",
                window.textOf("attendance.counts.1"));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "attendance-grid.png"));

        // A walk-in from the register: someone not enrolled, found by name.
        Set<String> enrolled = store.findBy(Enrolment.class, Literals.ENROLMENT__OFFERING, offering.getId()).stream()
                .map(e -> e.getPerson().getId()).collect(Collectors.toSet());
        Person guest = store.findAll(Person.class).stream()
                .filter(p -> !enrolled.contains(p.getId()) && p.getOrganisation() != null)
                .min(Comparator.comparing(Person::getLastName).thenComparing(Person::getFirstName)).orElseThrow();
        window.clickButton("attendance.addWalkIn");
        WindowDriver picker = app.waitForWindow("Deltagare på plats");
        picker.type("picker.filter", guest.getFirstName() + " " + guest.getLastName());
        String guestName = guest.getFirstName() + " " + guest.getLastName() + " (" + guest.getOrganisation().getName()
                + ")";
        picker.openRow("picker.list", guestName);
        window.ui().waitUntil("the picker closed", () -> !picker.isOpen(), Ui.DEFAULT_TIMEOUT);
        window.ui().waitUntil("the walk-in in the grid",
                () -> gridNames().contains(guest.getFirstName() + " " + guest.getLastName() + " (på plats)"),
                Ui.DEFAULT_TIMEOUT);

        // A new person made in place, with name and organisation.
        window.clickButton("attendance.newWalkIn");
        WindowDriver dialog = app.waitForWindow("Ny person på plats");
        dialog.type("person.firstName", "Åsa");
        dialog.type("person.lastName", "Östlund-Ängby");
        dialog.clickButton("OK");
        window.ui().waitUntil("the new walk-in in the grid",
                () -> gridNames().contains("Åsa Östlund-Ängby (på plats)"), Ui.DEFAULT_TIMEOUT);
        awaitWrites();
        Grid withWalkIns = attendance.grid(offering.getId());
        assertEquals(rows + 2, withWalkIns.participants().size());
        List<Participant> walkIns = withWalkIns.participants().stream().filter(Participant::walkIn).toList();
        assertEquals(Set.of(guest.getId()), walkIns.stream().map(Participant::personId)
                .filter(guest.getId()::equals).collect(Collectors.toSet()));
        assertEquals(2, walkIns.size());
        assertTrue(walkIns.stream().allMatch(p -> p.status() == EnrolmentStatus.ENROLLED));
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "attendance-walk-ins.png"));
    }

    private static String enrolment(Grid grid, int row) {
        return grid.participants().get(row).enrolmentId();
    }

    /** Gives the grid the keyboard, as a click on it would. */
    private static void focusGrid() {
        window.ui().run(() -> {
            window.shell().forceActive();
            gridTable().setFocus();
        });
        window.ui().waitUntil("the grid has the keyboard", () -> window.ui().get(() -> gridTable().isFocusControl()),
                Ui.DEFAULT_TIMEOUT);
    }

    /** The names in the grid as shown now (on the UI thread, as a wait's condition runs). */
    private static List<String> gridNames() {
        return java.util.Arrays.stream(gridTable().getItems()).map(item -> item.getText(0)).toList();
    }

    private static Table gridTable() {
        return findTable(window.shell());
    }

    private static Table findTable(org.eclipse.swt.widgets.Composite root) {
        for (org.eclipse.swt.widgets.Control child : root.getChildren()) {
            if (child instanceof Table table && "attendance.grid".equals(table.getData(WindowDriver.WIDGET_ID))
                    && table.isVisible()) {
                return table;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                Table found = findTable(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Types a letter: its key pressed and released through the display, as the keyboard sends it. */
    private static void type(char letter) {
        press(letter, 0);
    }

    /** Presses a key (with Ctrl when {@code modifier} is {@link SWT#CTRL}) through the display. */
    private static void press(int key, int modifier) {
        Display display = window.ui().display();
        window.ui().run(() -> {
            if (modifier != 0) {
                display.post(keyEvent(SWT.KeyDown, modifier, (char) 0));
            }
            display.post(keyEvent(SWT.KeyDown, key, key < 0x10000 && (key & SWT.KEYCODE_BIT) == 0 ? (char) key
                    : (char) 0));
            display.post(keyEvent(SWT.KeyUp, key, key < 0x10000 && (key & SWT.KEYCODE_BIT) == 0 ? (char) key
                    : (char) 0));
            if (modifier != 0) {
                display.post(keyEvent(SWT.KeyUp, modifier, (char) 0));
            }
        });
        // Let the window take the keys in before the next one.
        for (int i = 0; i < 3; i++) {
            window.ui().run(() -> {
                while (display.readAndDispatch()) {
                    // the posted keys
                }
            });
        }
    }

    private static Event keyEvent(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        return event;
    }

    /** Waits until the grid has written every mark made (it is marked loading meanwhile). */
    private static void awaitWrites() {
        window.awaitRows("attendance.grid");
    }
}
