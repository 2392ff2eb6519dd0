package se.samverka.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * Keeps the mouse wheel from changing a drop-down's value. On GTK a wheel turned over a combo box chooses the next or
 * previous value, even when the box does not have the focus, so scrolling down a long page — a project, a meeting —
 * quietly changed whatever drop-down passed under the pointer (its status, its contact person) and stopped the page
 * from scrolling. Installed once for the display: the wheel over a combo box whose list is not open scrolls the page
 * the box is on instead, and the box keeps its value; the keyboard and the open list still choose.
 */
public final class ComboWheelGuard implements Listener {

    /** Pixels the page moves for one step of the wheel when its scroll bar does not say. */
    private static final int STEP = 48;

    private ComboWheelGuard() {
    }

    /** Installs the guard for every window of the display. */
    public static void install(Display display) {
        display.addFilter(SWT.MouseVerticalWheel, new ComboWheelGuard());
    }

    @Override
    public void handleEvent(Event event) {
        if (!(event.widget instanceof Combo combo) || combo.isDisposed() || combo.getListVisible()) {
            return;
        }
        event.doit = false;
        ScrolledComposite page = scrolledAncestor(combo);
        if (page == null || event.count == 0) {
            return;
        }
        ScrollBar bar = page.getVerticalBar();
        int step = bar != null && bar.getIncrement() > 1 ? bar.getIncrement() * 3 : STEP;
        Point origin = page.getOrigin();
        page.setOrigin(origin.x, Math.max(0, origin.y - Integer.signum(event.count) * step));
    }

    private static ScrolledComposite scrolledAncestor(Combo combo) {
        for (Composite parent = combo.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrolledComposite scrolled) {
                return scrolled;
            }
        }
        return null;
    }
}
