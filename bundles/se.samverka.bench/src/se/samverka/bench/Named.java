package se.samverka.bench;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import se.samverka.testing.ui.WindowDriver;

/** A named widget (the application's {@link WindowDriver#WIDGET_ID}) below a part's control, found on the UI thread. */
final class Named {

    private Named() {
    }

    /** The first control of this type and name below {@code root}, or null. */
    static <W extends Control> W find(Composite root, String name, Class<W> type) {
        for (Control child : root.getChildren()) {
            if (type.isInstance(child) && name.equals(child.getData(WindowDriver.WIDGET_ID))) {
                return type.cast(child);
            }
            if (child instanceof Composite composite) {
                W found = find(composite, name, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
