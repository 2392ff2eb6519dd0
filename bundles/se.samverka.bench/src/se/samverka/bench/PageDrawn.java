package se.samverka.bench;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

/**
 * When a page being opened is there for its user: each control awaited has been drawn on the screen with its content
 * ({@link #await}), the moment the page's opening is measured to ({@link #drawn}). After it, GTK goes on drawing the
 * whole window for a while, a frame at a time, for its own animations (a button's colours fading in over 200 ms on
 * Adwaita), with nothing new to see; {@link #idle} runs the window until that has ended too, for a second figure.
 */
final class PageDrawn {

    /** How long a page may take before the benchmark fails rather than waits on. */
    private static final long DEADLINE_NANOS = 20_000_000_000L;

    private final Display display;
    private final long start;
    private final Map<Control, BooleanSupplier> awaited = new LinkedHashMap<>();
    private final Set<Control> drawn = new HashSet<>();
    private final Listener painted = e -> {
        BooleanSupplier filled = awaited.get(e.widget);
        if (filled != null && filled.getAsBoolean()) {
            drawn.add((Control) e.widget);
        }
    };

    /** @param start {@link System#nanoTime()} when the opening began */
    PageDrawn(Display display, long start) {
        this.display = display;
        this.start = start;
    }

    /**
     * Awaits {@code control} drawn while {@code filled} holds (its rows there, its text set). Call it before running
     * the window on, so that no drawing is missed.
     */
    PageDrawn await(Control control, BooleanSupplier filled) {
        awaited.put(control, filled);
        control.addListener(SWT.Paint, painted);
        return this;
    }

    /** Runs the window until every control awaited has been drawn with its content. In ms since the start. */
    double drawn() {
        try {
            while (drawn.size() < awaited.size()) {
                if (System.nanoTime() - start > DEADLINE_NANOS) {
                    throw new AssertionError("not drawn with their content within 20 s: "
                            + awaited.keySet().stream().filter(control -> !drawn.contains(control)).toList());
                }
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
            return (System.nanoTime() - start) / 1e6;
        } finally {
            awaited.keySet().stream().filter(control -> !control.isDisposed())
                    .forEach(control -> control.removeListener(SWT.Paint, painted));
        }
    }

    /** Runs the window until it has nothing more to do (GTK's animations ended). In ms since the start. */
    double idle() {
        while (display.readAndDispatch()) {
            // the frames GTK draws for its animations
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
