package se.samverka.ui;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Widget;

/** Small helpers for naming, styling and sizing widgets. */
public final class Widgets {

    private static final String CSS_CLASS = "org.eclipse.e4.ui.css.CssClassName";

    private Widgets() {
    }

    /** Names a widget for the UI tests ({@link SamverkaUi#WIDGET_ID}) and returns it. */
    public static <W extends Widget> W named(W widget, String id) {
        widget.setData(SamverkaUi.WIDGET_ID, id);
        return widget;
    }

    /**
     * Sets a bold font for a heading, {@code grow} points larger than the control's font. (A pure e4 application
     * has no JFace header font: that one comes from the 3.x workbench theme.)
     */
    public static <C extends Control> C heading(C control, ResourceManager resources, int grow) {
        control.setFont(resources.create(
                FontDescriptor.createFrom(control.getFont()).setStyle(SWT.BOLD).increaseHeight(grow)));
        return control;
    }

    /** Gives a widget a CSS class of the Samverka style sheet and returns it. */
    public static <W extends Widget> W styled(W widget, String cssClass) {
        widget.setData(CSS_CLASS, cssClass);
        return widget;
    }

    /** The CSS class given with {@link #styled}, or null. */
    public static String style(Widget widget) {
        return (String) widget.getData(CSS_CLASS);
    }

    /**
     * A control's content changed (a label's text, say): on a page already laid out it is measured again at the next
     * layout, with the rows around it, as its size may have changed; on a page being made nothing is done, since the
     * page's first layout measures it. (Laying a page out while it is made, before it has its size, is wasted work.)
     */
    public static void measureAgain(Control control) {
        if (control.getSize().x > 0) {
            control.requestLayout();
        }
    }

    /**
     * The width a column of {@code table} needs for its header to be read whole: the text in the table's font, with
     * room for a bold theme font, the margins and a sort arrow.
     */
    public static int headerWidth(Table table, String header) {
        GC gc = new GC(table);
        try {
            return gc.textExtent(header).x + 36;
        } finally {
            gc.dispose();
        }
    }
}
