package se.samverka.inventory.ui.internal.overview;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * A read-only table of counts drawn on one canvas, for tables with many columns: a header row (each header with a
 * tooltip), a first column of names that stays in place, and right-aligned columns of numbers that scroll sideways,
 * with lines between the cells as a native table draws them.
 * <p>
 * Why not a {@link org.eclipse.swt.widgets.Table}: GTK makes a header widget for every column of a native table and
 * restyles every header as a column is added, so a table's columns cost more than linearly. The overview's tables by
 * focus area and by method have a column per municipality — 52 on the large county of 50 municipalities — and making
 * their columns was half of the overview's opening (docs/BENCHMARKS.md, "The county overview"); drawn, they take a
 * few milliseconds whatever the number of columns.
 * <p>
 * The texts shown are kept on the canvas for tests: {@link #of(Canvas)} finds the grid of a canvas.
 */
public final class CountGrid {

    /** {@code Widget.setData} key under which the canvas holds its grid. */
    public static final String GRID = "samverka.countGrid";
    private static final int PAD = 6;

    private final Canvas canvas;
    private final String name;
    private List<String> headers = List.of();
    private List<String> tips = List.of();
    private List<List<String>> rows = List.of();
    private int[] widths = new int[0];
    private int rowHeight;
    private final int barHeight;
    private int scrolled;
    private int tipColumn = -2;

    /**
     * @param name what the table is, for screen readers (its heading)
     */
    public CountGrid(Composite parent, String name) {
        this.name = name;
        canvas = new Canvas(parent, SWT.BORDER | SWT.H_SCROLL | SWT.DOUBLE_BUFFERED);
        canvas.setData(GRID, this);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        canvas.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        GC gc = new GC(canvas);
        try {
            rowHeight = gc.getFontMetrics().getHeight() + 2 * PAD;
        } finally {
            gc.dispose();
        }
        ScrollBar bar = canvas.getHorizontalBar();
        barHeight = Math.max(bar.getSize().y, 12);
        bar.setVisible(false);
        bar.addListener(SWT.Selection, e -> {
            scrolled = bar.getSelection();
            canvas.redraw();
        });
        canvas.addListener(SWT.Resize, e -> fitScrollBar());
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.MouseMove, this::tooltip);
        canvas.getAccessible().addAccessibleListener(new AccessibleAdapter() {
            @Override
            public void getName(AccessibleEvent e) {
                e.result = CountGrid.this.name;
            }
        });
    }

    /** The grid a canvas draws, or {@code null}. */
    public static CountGrid of(Canvas canvas) {
        return canvas.getData(GRID) instanceof CountGrid grid ? grid : null;
    }

    public Canvas control() {
        return canvas;
    }

    /**
     * Shows a table: the column headers with their tooltips ({@code null} for none) and the rows' cells, the first of
     * each row its name. Each column is as wide as its widest text.
     */
    public void show(List<String> headers, List<String> tips, List<List<String>> rows) {
        this.headers = List.copyOf(headers);
        this.tips = tips;
        this.rows = List.copyOf(rows);
        widths = new int[headers.size()];
        GC gc = new GC(canvas);
        try {
            for (int c = 0; c < widths.length; c++) {
                int widest = gc.textExtent(headers.get(c)).x;
                for (List<String> row : rows) {
                    widest = Math.max(widest, gc.textExtent(row.get(c)).x);
                }
                widths[c] = widest + 3 * PAD;
            }
        } finally {
            gc.dispose();
        }
        tipColumn = -2;
        canvas.setToolTipText(null);
        fitScrollBar();
        canvas.redraw();
    }

    /** The texts shown, row by row, the header row first. */
    public List<List<String>> texts() {
        List<List<String>> texts = new java.util.ArrayList<>();
        texts.add(headers);
        texts.addAll(rows);
        return texts;
    }

    /** The rows shown (without the header row). */
    public List<List<String>> rows() {
        return rows;
    }

    /** The columns' widths in pixels, the name column first. */
    public int[] columnWidths() {
        return widths.clone();
    }

    /** The height that shows the header and every row, with room for the scroll bar should the columns be wider. */
    public int preferredHeight() {
        return rowHeight * (rows.size() + 1) + 2 * canvas.getBorderWidth() + barHeight;
    }

    private int contentWidth() {
        int sum = 0;
        for (int width : widths) {
            sum += width;
        }
        return sum;
    }

    private void fitScrollBar() {
        ScrollBar bar = canvas.getHorizontalBar();
        int client = canvas.getClientArea().width;
        int content = contentWidth();
        boolean needed = content > client && client > 0;
        if (bar.getVisible() != needed) {
            bar.setVisible(needed);
        }
        if (needed) {
            bar.setValues(Math.min(bar.getSelection(), content - client), 0, content, client, 20, client);
            scrolled = bar.getSelection();
        } else {
            scrolled = 0;
        }
    }

    private void paint(Event e) {
        GC gc = e.gc;
        Rectangle area = canvas.getClientArea();
        Color lines = canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
        Color header = canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND);
        if (widths.length == 0) {
            return;
        }
        int first = widths[0];
        // The header row's background, then the cells of the number columns (scrolled), then the name column over them.
        gc.setBackground(header);
        gc.fillRectangle(0, 0, area.width, rowHeight);
        gc.setClipping(first, 0, Math.max(0, area.width - first), area.height);
        int x = first - scrolled;
        for (int c = 1; c < widths.length; c++) {
            if (x + widths[c] > first && x < area.width) {
                column(gc, c, x, lines, header);
            }
            x += widths[c];
        }
        gc.setClipping((Rectangle) null);
        gc.setBackground(canvas.getBackground());
        gc.fillRectangle(0, rowHeight, first, area.height - rowHeight);
        gc.setBackground(header);
        gc.fillRectangle(0, 0, first, rowHeight);
        column(gc, 0, 0, lines, header);
        gc.setForeground(lines);
        int bottom = rowHeight * (rows.size() + 1);
        for (int r = 1; r <= rows.size(); r++) {
            gc.drawLine(0, rowHeight * r, area.width, rowHeight * r);
        }
        gc.drawLine(first - 1, 0, first - 1, Math.min(bottom, area.height));
    }

    /** A column's header and cells at x: the name column left-aligned, the numbers right-aligned. */
    private void column(GC gc, int c, int x, Color lines, Color header) {
        gc.setForeground(canvas.getForeground());
        gc.setBackground(header);
        text(gc, headers.get(c), c, x, 0);
        for (int r = 0; r < rows.size(); r++) {
            text(gc, rows.get(r).get(c), c, x, rowHeight * (r + 1));
        }
        if (c > 0) {
            gc.setForeground(lines);
            gc.drawLine(x + widths[c] - 1, 0, x + widths[c] - 1, rowHeight * (rows.size() + 1));
        }
    }

    private void text(GC gc, String text, int c, int x, int y) {
        Point extent = gc.textExtent(text);
        int left = c == 0 ? x + PAD : x + widths[c] - PAD - extent.x;
        gc.drawText(text, left, y + (rowHeight - extent.y) / 2, true);
    }

    /** The tooltip of the header under the mouse (a municipality's full name), none elsewhere. */
    private void tooltip(Event e) {
        int column = -1;
        if (e.y < rowHeight) {
            int x = widths.length > 0 && e.x < widths[0] ? e.x : e.x + scrolled;
            for (int c = 0, left = 0; c < widths.length; left += widths[c], c++) {
                if (x >= left && x < left + widths[c]) {
                    column = c;
                    break;
                }
            }
        }
        if (column != tipColumn) {
            tipColumn = column;
            canvas.setToolTipText(column < 0 || tips == null || column >= tips.size() ? null : tips.get(column));
        }
    }
}
