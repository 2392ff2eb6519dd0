package se.samverka.inventory.ui.internal.indicators;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * Draws the text of one column's cells in the cells' own foreground colour. SWT on GTK draws every cell's text in
 * the table's colour once the table has an {@code SWT.EraseItem} listener, which the focus cell highlighter of
 * in-place editing adds ({@code EditableCells}): "Ja" and "Nej" in "Målet nått" came out black instead of green and
 * red. Here the column's text of a row not selected is left out of the native drawing and drawn in its colour; a
 * selected row keeps the selection's colours.
 */
final class CellColours {

    private CellColours() {
    }

    /** Keeps the foreground colours of the cells of {@code column} in {@code table}. */
    static void keep(Table table, int column) {
        table.addListener(SWT.EraseItem, e -> {
            if (coloured(e, column)) {
                e.detail &= ~SWT.FOREGROUND;
            }
        });
        table.addListener(SWT.PaintItem, e -> {
            if (coloured(e, column)) {
                TableItem item = (TableItem) e.item;
                String text = item.getText(column);
                Point size = e.gc.textExtent(text);
                Rectangle bounds = item.getTextBounds(column);
                e.gc.setForeground(item.getForeground(column));
                e.gc.drawText(text, bounds.x, e.y + (e.height - size.y) / 2, true);
            }
        });
    }

    private static boolean coloured(Event e, int column) {
        if (e.index != column || (e.detail & SWT.SELECTED) != 0 || !(e.item instanceof TableItem item)) {
            return false;
        }
        Color own = item.getForeground(column);
        return own != null && !own.equals(item.getParent().getForeground());
    }
}
