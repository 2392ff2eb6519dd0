package se.samverka.inventory.ui.internal.overview;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
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
    /** The colours of a native table's header texts and lines under the window's theme (GTK, Adwaita). */
    private static final Color HEADER = new Color(0x97, 0x9A, 0x9B);
    private static final Color LINES = new Color(0xF6, 0xF5, 0xF4);

    private final Canvas canvas;
    private final String name;
    private List<String> headers = List.of();
    private List<String> tips = List.of();
    private List<List<String>> rows = List.of();
    private int[] widths = new int[0];
    private final int rowHeight;
    private final int headerHeight;
    private final Font bold;
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
        FontData[] data = canvas.getFont().getFontData();
        for (FontData one : data) {
            one.setStyle(SWT.BOLD);
        }
        bold = new Font(canvas.getDisplay(), data);
        canvas.addListener(SWT.Dispose, e -> bold.dispose());
        GC gc = new GC(canvas);
        try {
            // As high as a native table's rows and header.
            rowHeight = gc.getFontMetrics().getHeight() + PAD;
            headerHeight = rowHeight + 2 * PAD;
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
     * each row its name. Each column is as wide as its widest text (the header's in bold), as a native table's packed
     * column.
     */
    public void show(List<String> headers, List<String> tips, List<List<String>> rows) {
        this.headers = List.copyOf(headers);
        this.tips = tips;
        this.rows = List.copyOf(rows);
        widths = new int[headers.size()];
        GC gc = new GC(canvas);
        try {
            for (int c = 0; c < widths.length; c++) {
                gc.setFont(bold);
                int widest = gc.textExtent(headers.get(c)).x;
                gc.setFont(canvas.getFont());
                for (List<String> row : rows) {
                    widest = Math.max(widest, gc.textExtent(row.get(c)).x);
                }
                // As wide as a native table's packed column (CountyOverviewPart.pack): 8 pixels of padding and 4 more.
                widths[c] = Math.max(24, widest + 8) + 4;
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
        return headerHeight + rowHeight * rows.size() + 2 * canvas.getBorderWidth() + barHeight;
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
        if (widths.length == 0) {
            return;
        }
        GC gc = e.gc;
        Rectangle area = canvas.getClientArea();
        int first = widths[0];
        // The number columns (scrolled), then the name column over them, then the line under the header.
        gc.setClipping(first, 0, Math.max(0, area.width - first), area.height);
        int x = first - scrolled;
        for (int c = 1; c < widths.length; c++) {
            if (x + widths[c] > first && x < area.width) {
                column(gc, c, x);
            }
            x += widths[c];
        }
        gc.setClipping((Rectangle) null);
        gc.setBackground(canvas.getBackground());
        gc.fillRectangle(0, 0, first, area.height);
        column(gc, 0, 0);
        gc.setForeground(LINES);
        gc.drawLine(0, headerHeight - 1, area.width, headerHeight - 1);
    }

    /** A column's header and cells at x: the name column left-aligned, the numbers right-aligned; a line after. */
    private void column(GC gc, int c, int x) {
        gc.setFont(bold);
        gc.setForeground(HEADER);
        text(gc, headers.get(c), c, x, 0, headerHeight);
        gc.setFont(canvas.getFont());
        gc.setForeground(canvas.getForeground());
        for (int r = 0; r < rows.size(); r++) {
            text(gc, rows.get(r).get(c), c, x, headerHeight + rowHeight * r, rowHeight);
        }
        gc.setForeground(LINES);
        gc.drawLine(x + widths[c] - 1, 0, x + widths[c] - 1, headerHeight + rowHeight * rows.size() - 1);
    }

    private void text(GC gc, String text, int c, int x, int y, int height) {
        Point extent = gc.textExtent(text);
        int left = c == 0 ? x + PAD : x + widths[c] - PAD - extent.x;
        gc.drawText(text, left, y + (height - extent.y) / 2, true);
    }

    /** The tooltip of the header under the mouse (a municipality's full name), none elsewhere. */
    private void tooltip(Event e) {
        int column = -1;
        if (e.y < headerHeight) {
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
