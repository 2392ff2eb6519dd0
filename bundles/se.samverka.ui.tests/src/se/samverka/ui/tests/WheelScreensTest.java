package se.samverka.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import se.samverka.inventory.InventoryService;
import se.samverka.model.LocalProject;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.testing.ui.WindowTest;

/**
 * The mouse wheel turned over a drop-down on a long page: on GTK it chose the next value of whatever drop-down passed
 * under the pointer — a project's contact person changed while the page was scrolled down (found by hand with
 * xdotool on the demo county), and the page stopped scrolling there. Now the drop-down refuses the wheel (the event's
 * doit false, which SWT passes on to GTK as handled), keeps its value, the page scrolls on, and has no unsaved change.
 * The contact person is now chosen in a picker, so the project's municipality is the drop-down turned over here.
 */
@Order(3) // before the sync tests: on a laptop that has not synced
class WheelScreensTest extends WindowTest {

    private static final String DROP_DOWN = "inventory.editor.municipality";

    @Test
    void theWheelOverADropDownScrollsThePageAndLeavesTheValue() throws Exception {
        InventoryService inventory = ApplicationDriver.service(InventoryService.class);
        List<LocalProject> projects = inventory.projects();
        LocalProject project = projects.stream().filter(p -> p.getMunicipality() != null)
                .filter(p -> projects.stream().filter(o -> o.getTitle().contains(p.getTitle())).count() == 1)
                .findFirst().orElseThrow();
        window.selectRow("navigation.areas", "Lokala projekt");
        window.type("inventory.list.filter", project.getTitle());
        window.openRow("inventory.list", project.getTitle());
        // This project's page (another test's project page may be open too).
        window.ui().waitUntil("the project's page", () -> window.ui().get(() -> dropDownOf(project) != null),
                Ui.DEFAULT_TIMEOUT);
        try {
            wheelOverTheDropDown(project, window.ui().get(() -> dropDownOf(project)));
        } finally {
            close(project);
        }
    }

    private static void wheelOverTheDropDown(LocalProject project, Combo dropDown) {
        String before = window.ui().get(dropDown::getText);
        assertFalse(before.isEmpty(), "the project has a municipality");

        // The drop-down in the middle of the page's visible height.
        ScrolledComposite page = window.ui().get(() -> WindowDriver.pageOf(dropDown));
        int originBefore = window.ui().get(() -> {
            Rectangle area = page.getClientArea();
            Point inContent = page.getContent().toControl(dropDown.toDisplay(0, 0));
            page.setOrigin(0, Math.max(0, inContent.y - area.height / 2));
            return page.getOrigin().y;
        });
        // Three steps of the wheel, away from the user, as SWT hands them to the drop-down from GTK's scroll event
        // (Display.post cannot send a wheel on GTK). A wheel event whose doit is false is one GTK does not act on.
        for (int i = 0; i < 3; i++) {
            Event wheel = window.ui().get(() -> {
                Event event = new Event();
                event.count = -3;
                event.detail = SWT.SCROLL_LINE;
                dropDown.notifyListeners(SWT.MouseVerticalWheel, event);
                return event;
            });
            assertFalse(wheel.doit, "the drop-down does not take the wheel");
        }
        window.ui().waitUntil("the page scrolled", () -> window.ui().get(() -> page.getOrigin().y) > originBefore,
                Ui.DEFAULT_TIMEOUT);
        assertEquals(before, window.ui().get(dropDown::getText), "the drop-down keeps its value");
        assertTrue(window.ui().get(() -> app.recordPages(project.getId()).stream().noneMatch(MPart::isDirty)),
                "the page has no unsaved change: " + app.openParts());
        app.screenshot(Path.of(System.getProperty("samverka.screenshots"), "wheel-over-drop-down.png"));
    }

    /** The municipality's drop-down on the project's page, or null while the page is not made. */
    private static Combo dropDownOf(LocalProject project) {
        return app.recordPages(project.getId()).stream()
                .map(p -> WindowDriver.findIn((Composite) p.getWidget(), DROP_DOWN, Combo.class))
                .filter(c -> c != null).findFirst().orElse(null);
    }

    /** Closes the project's page and clears the list's filter, for the tests after this one. */
    private static void close(LocalProject project) {
        app.closeRecordPages(project.getId());
        window.type("inventory.list.filter", ""); // the project list as the next test expects it, unfiltered
    }
}
