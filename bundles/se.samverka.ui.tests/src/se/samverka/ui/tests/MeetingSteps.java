package se.samverka.ui.tests;

import java.time.LocalDate;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

import se.samverka.model.Meeting;
import se.samverka.store.LocalStore;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.Ui;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.ui.forms.RecordEditor;

/**
 * The steps the meeting screen tests take in the window, in one place: open a meeting from the Möten list, add an
 * agenda item through its dialog, record a decision, make an action item with an owner found in the picker, give an
 * apology with its note. Each step waits for its dialog to close (and an agenda item for its row); what else it did
 * to the page the test asserts.
 */
final class MeetingSteps {

    private final ApplicationDriver app;
    private final WindowDriver window;

    /** The meeting page's tabs, as the user reads them. */
    static final String MEETING = "Möte";
    static final String INVITATIONS = "Inbjudningar och närvaro";
    static final String MINUTES = "Protokoll och åtgärder";

    MeetingSteps(ApplicationDriver app) {
        this.app = app;
        this.window = app.mainWindow();
    }

    /** Opens the meeting listed with this title in Möten (the filter narrowed by {@code filter}). */
    void open(String filter, String title) {
        window.selectRow("navigation.areas", "Möten");
        window.type("meetings.list.filter", filter);
        // The list reads itself again in a Job after records made elsewhere: wait for the row.
        eventually("the meeting listed", () -> window.tableRows("meetings.list").stream()
                .anyMatch(row -> row.contains(title)));
        window.openRow("meetings.list", title);
        eventually("the meeting's page", () -> title.equals(window.textOf("meetings.editor.title")));
    }

    /**
     * Shows a tab of the meeting page in front ({@link #MEETING}, {@link #INVITATIONS}, {@link #MINUTES}), clicked
     * as a user does; its widgets are made when it is first shown.
     */
    void showTab(String tab) {
        window.selectTab(tab);
    }

    /**
     * Adds an agenda item through "Dagordningspunkt" on the page's first tab; {@code presenter} (or null) is found
     * by name in the picker.
     */
    void addItem(String title, String presenter, String minutes) {
        showTab(MEETING);
        window.clickButton("meetings.agenda.add");
        WindowDriver dialog = app.waitForWindow("Dagordningspunkt");
        dialog.type("item.title", title);
        if (presenter != null) {
            dialog.clickButton("item.choosePresenter");
            app.pick("Välj föredragande", presenter);
            eventually("the presenter shown", () -> presenter.equals(dialog.textOf("item.presenter")));
        }
        dialog.type("item.minutes", minutes);
        dialog.clickButton("item.ok");
        closed(dialog);
        eventually("the item on the agenda", () -> window.tableRows("meetings.agenda").stream()
                .anyMatch(row -> row.get(2).equals(title)));
    }

    /** Records a decision on the {@code item}-th agenda item of the page, in its minutes tab. */
    void decide(int item, String text) {
        showTab(MINUTES);
        window.clickButton("minutes.addDecision." + item);
        WindowDriver dialog = app.waitForWindow("Nytt beslut");
        dialog.type("decision.text", text);
        dialog.clickButton("OK");
        closed(dialog);
    }

    /** Makes an action item on the {@code item}-th agenda item, in the minutes tab, its owner found in the picker. */
    void act(int item, String what, String owner, LocalDate due) {
        showTab(MINUTES);
        window.clickButton("minutes.addAction." + item);
        WindowDriver dialog = app.waitForWindow("Ny åtgärd");
        dialog.type("action.what", what);
        dialog.clickButton("action.pick");
        app.pick("Välj ansvarig", owner);
        dialog.type("action.due", due.toString());
        dialog.clickButton("OK");
        closed(dialog);
    }

    /** With the invitee's row selected: key 3 (apology), the note typed in the dialog that asks for it. */
    WindowDriver apology(String note) {
        window.pressKey("meetings.invitations", '3');
        WindowDriver apology = app.waitForWindow("Anmält förhinder");
        apology.ui().run(() -> firstText(apology.shell()).setText(note));
        return apology;
    }

    /**
     * Waits until the meeting's page has taken in the meeting as it is stored now (the same version) and says
     * nothing of a change made elsewhere: a write the page made itself through a service is its own.
     */
    void takenInAsOwn(String title) {
        LocalStore store = ApplicationDriver.service(LocalStore.class);
        Meeting stored = store.findAll(Meeting.class).stream().filter(m -> title.equals(m.getTitle())).findFirst()
                .orElseThrow();
        eventually("the page's own write taken in, with no 'Ändrat på annat håll' (it says '"
                + window.textOf("meetings.editor.message") + "')", () -> {
                    long now = store.find(Meeting.class, stored.getId()).orElseThrow().getVersion();
                    return shownVersion(title) == now
                            && !window.textOf("meetings.editor.message").startsWith("Ändrat");
                });
    }

    /** The version of the meeting the open page of this title holds. */
    private long shownVersion(String title) {
        return window.ui().get(() -> {
            EModelService models = app.model().getContext().get(EModelService.class);
            return models.findElements(app.model(), null, MPart.class, null).stream()
                    .filter(p -> title.equals(p.getLocalizedLabel()) && p.getObject() instanceof RecordEditor<?>)
                    .map(p -> ((RecordEditor<?>) p.getObject()).record().getVersion()).findFirst().orElse(-1L);
        });
    }

    /** Scrolls the open page so that the named widget is near the top of the view, for a screenshot. */
    void scrollTo(String widgetId) {
        window.ui().run(() -> {
            Control target = window.find(widgetId, Control.class);
            for (Composite up = target.getParent(); up != null; up = up.getParent()) {
                if (up instanceof ScrolledComposite scrolled) {
                    Point at = scrolled.getContent().toControl(target.toDisplay(0, 0));
                    scrolled.setOrigin(0, Math.max(0, at.y - 60));
                    return;
                }
            }
        });
    }

    /** Waits for the dialog to close (it may be closed already: its title is not asked). */
    void closed(WindowDriver dialog) {
        window.ui().waitUntil("the dialog closed", () -> !dialog.isOpen(), Ui.DEFAULT_TIMEOUT);
    }

    static Text firstText(Composite root) {
        for (Control child : root.getChildren()) {
            if (child instanceof Text text) {
                return text;
            }
            if (child instanceof Composite composite) {
                Text found = firstText(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static void eventually(String what, BooleanSupplier condition) {
        EnrolmentScreensTest.eventually(what, condition);
    }
}
