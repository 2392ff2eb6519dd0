package se.samverka.ui.lists;

import java.text.Collator;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

import se.samverka.ui.CommonTexts;
import se.samverka.ui.StatusLine;
import se.samverka.ui.Widgets;

/**
 * A plugin's main list: a filter field above a table whose columns sort by a click on their header. Typing in the
 * filter shows the rows that contain every word typed, in any column, ignoring case and accents. The number of
 * rows shown goes to the status line ("12 av 60 projekt").
 * <p>
 * The table is virtual: only the rows on screen are created, so lists of thousands of records open and filter
 * at once. Define the columns, then {@link #setRecords} whenever the records change.
 *
 * @param <T> the type of record in the rows
 */
public final class RecordTable<T> {

    /** One column: a header, a width in characters, the text of a cell, and how rows sort by it. */
    /** One column: its header, the text of a cell, and its own order ({@code null}: by text, as collated). */
    private record Column<T>(String header, Function<? super T, String> text, Comparator<? super T> order) {
    }

    private final Composite control;
    private final Text filter;
    private final TableViewer viewer;
    private final CommonTexts texts;
    private final Locale locale;
    private final Collator collator;
    private final List<Column<T>> columns = new ArrayList<>();
    private final Map<T, String> searchText = new IdentityHashMap<>();
    private List<T> records = List.of();
    private List<T> shown = List.of();
    private Column<T> sortColumn;
    private boolean ascending = true;
    private StatusLine statusLine;
    private String recordsNoun = "";
    private Consumer<List<T>> shownListener = shown -> { };
    /** The columns widened to their longest cell's text when records are set (index → most characters). */
    private final Map<Integer, Integer> fitted = new java.util.HashMap<>();

    /**
     * Creates the filter field and the table in {@code parent}.
     *
     * @param name the widget name the UI tests find the table by; the filter field is {@code name + ".filter"}
     */
    public RecordTable(Composite parent, String name, CommonTexts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
        this.collator = Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 6).applyTo(control);

        filter = Widgets.named(new Text(control, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), name + ".filter");
        filter.setMessage(texts.list_filter);
        filter.setToolTipText(texts.list_filterTooltip);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(filter);
        filter.addModifyListener(e -> refresh());

        viewer = new TableViewer(control, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        Widgets.named(viewer.getTable(), name);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                if (index < shown.size()) {
                    viewer.replace(shown.get(index), index);
                }
            }

            @Override
            public void inputChanged(Viewer v, Object oldInput, Object newInput) {
                // the rows come from shown
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
    }

    /** Adds a column sorted by its text. */
    public RecordTable<T> column(String header, int widthInChars, Function<? super T, String> text) {
        return column(header, widthInChars, text, null);
    }

    /**
     * Adds a column sorted by {@code order} (dates, numbers), or by its text when {@code order} is {@code null}.
     * The first column added is the initial sort order.
     */
    public RecordTable<T> column(String header, int widthInChars, Function<? super T, String> text,
            Comparator<? super T> order) {
        Function<? super T, String> safeText = record -> Objects.requireNonNullElse(text.apply(record), "");
        Column<T> column = new Column<>(header, safeText, order);
        columns.add(column);
        TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
        TableColumn tableColumn = viewerColumn.getColumn();
        tableColumn.setText(header);
        tableColumn.setMoveable(true);
        tableColumn.setWidth(Math.max(charWidth() * widthInChars, Widgets.headerWidth(viewer.getTable(), header)));
        viewerColumn.setLabelProvider(new ColumnLabelProvider() {
            @SuppressWarnings("unchecked")
            @Override
            public String getText(Object element) {
                return column.text().apply((T) element);
            }
        });
        tableColumn.addListener(SWT.Selection, e -> sortBy(column, column == sortColumn ? !ascending : true));
        if (sortColumn == null) {
            sortColumn = column;
            viewer.getTable().setSortColumn(tableColumn);
            viewer.getTable().setSortDirection(SWT.UP);
        }
        return this;
    }

    /** Shows the number of rows in the status line, as "12 av 60 {noun}" ("12 of 60 {noun}"). */
    public RecordTable<T> countIn(StatusLine line, String noun) {
        this.statusLine = line;
        this.recordsNoun = noun;
        return this;
    }

    /** Calls {@code open} with the record of a row double-clicked or chosen with Enter. */
    public RecordTable<T> onOpen(Consumer<T> open) {
        viewer.addOpenListener(e -> selection().stream().findFirst().ifPresent(open));
        return this;
    }

    /** Told of the rows shown after every change of records, filter or order. */
    public RecordTable<T> onShown(Consumer<List<T>> listener) {
        this.shownListener = listener;
        return this;
    }

    /** Aligns the column added last to the right, as numbers and amounts are, so that their digits line up. */
    public RecordTable<T> alignRight() {
        TableColumn[] all = viewer.getTable().getColumns();
        all[all.length - 1].setAlignment(SWT.RIGHT);
        return this;
    }

    /**
     * Gives the column at {@code index} (in the order added) the table's spare width, so that the last column does
     * not stretch (GTK gives the spare width to the last column, which moves a right-aligned amount there far from
     * the others); the column never gets narrower than its own width. Call it after the last column is added.
     */
    public RecordTable<T> fillWith(int index) {
        Table table = viewer.getTable();
        int least = table.getColumn(index).getWidth();
        // The last column's own width: once GTK has stretched it, it reports the stretched width.
        int lastWidth = table.getColumn(table.getColumnCount() - 1).getWidth();
        table.addListener(SWT.Resize, e -> {
            TableColumn[] all = table.getColumns();
            int others = lastWidth;
            for (int i = 0; i < all.length - 1; i++) {
                others += i == index ? 0 : all[i].getWidth();
            }
            TableColumn filling = table.getColumn(index);
            // The table's size less its border and scroll bar: the client area is not yet known while it is hidden.
            int width = Math.max(least, table.getSize().x - table.computeTrim(0, 0, 0, 0).width - others);
            if (width != filling.getWidth()) {
                filling.setWidth(width);
            }
        });
        return this;
    }

    /**
     * Widens the column at {@code index} (in the order added) whenever records are set, so that its longest cell's
     * text fits (names, titles that are longer than the width in characters given), but to at most
     * {@code maxChars} average characters; it never narrows the column.
     */
    public RecordTable<T> fitText(int index, int maxChars) {
        fitted.put(index, maxChars);
        return this;
    }

    /** Replaces the records; the filter, the order and the selection (by equality) are kept. */
    public void setRecords(List<T> newRecords) {
        records = List.copyOf(newRecords);
        searchText.clear();
        refresh();
        fitColumns();
    }

    private void fitColumns() {
        Table table = viewer.getTable();
        if (fitted.isEmpty() || table.isDisposed()) {
            return;
        }
        var gc = new org.eclipse.swt.graphics.GC(table);
        try {
            int charWidth = (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth());
            for (Map.Entry<Integer, Integer> entry : fitted.entrySet()) {
                Column<T> column = columns.get(entry.getKey());
                int widest = 0;
                // The first thousand rows are enough to find how wide the texts run, and cost little.
                for (T record : records.subList(0, Math.min(records.size(), 1000))) {
                    widest = Math.max(widest, gc.textExtent(column.text().apply(record)).x);
                }
                // The cell's padding on both sides, as for the header.
                int width = Math.min(widest + 24, charWidth * entry.getValue());
                TableColumn tableColumn = table.getColumn(entry.getKey());
                if (width > tableColumn.getWidth()) {
                    tableColumn.setWidth(width);
                }
            }
        } finally {
            gc.dispose();
        }
    }

    /** All records, filtered or not. */
    public List<T> records() {
        return records;
    }

    /** The rows shown, in their order. */
    public List<T> shown() {
        return shown;
    }

    /** The records of the selected rows. */
    @SuppressWarnings("unchecked")
    public List<T> selection() {
        return ((IStructuredSelection) viewer.getStructuredSelection()).toList();
    }

    /** Selects a record's row and scrolls to it, if it is shown. */
    public void select(T record) {
        viewer.setSelection(new StructuredSelection(record), true);
    }

    /** Selects these records' rows (those shown), without scrolling and without telling the selection listeners. */
    public void keepSelected(List<T> kept) {
        if (!kept.isEmpty()) {
            viewer.setSelection(new StructuredSelection(kept), false);
        }
    }

    /** Scrolls so that the row of {@code record} is the first one seen (when it is shown), without selecting it. */
    public void reveal(T record) {
        int index = shown.indexOf(record);
        if (index >= 0) {
            viewer.getTable().setTopIndex(index);
        }
    }

    /** Sorts by the column at {@code index}, ascending or descending. */
    public void sortBy(int index, boolean up) {
        sortBy(columns.get(index), up);
    }

    public Composite control() {
        return control;
    }

    public Table table() {
        return viewer.getTable();
    }

    public Text filterField() {
        return filter;
    }

    public void setFocus() {
        filter.setFocus();
    }

    private void sortBy(Column<T> column, boolean up) {
        sortColumn = column;
        ascending = up;
        Table table = viewer.getTable();
        table.setSortColumn(table.getColumn(columns.indexOf(column)));
        table.setSortDirection(up ? SWT.UP : SWT.DOWN);
        refresh();
    }

    /** Filters and sorts the records into the rows shown, keeping the selection. */
    private void refresh() {
        List<T> selected = viewer.getTable().isDisposed() ? List.of() : selection();
        String[] words = RecordFilter.words(filter.getText(), locale);
        List<T> matching = new ArrayList<>();
        for (T record : records) {
            if (words.length == 0 || RecordFilter.matches(searchText.computeIfAbsent(record, this::searchTextOf),
                    words)) {
                matching.add(record);
            }
        }
        if (sortColumn != null) {
            Comparator<? super T> order = sortColumn.order() != null ? sortColumn.order() : byCollatedText(matching);
            matching.sort(ascending ? order::compare : (a, b) -> order.compare(b, a));
        }
        shown = matching;
        viewer.setInput(shown);
        viewer.setItemCount(shown.size());
        viewer.refresh();
        List<T> stillShown = selected.stream().filter(shown::contains).toList();
        if (!stillShown.isEmpty()) {
            viewer.setSelection(new StructuredSelection(stillShown), true);
        }
        showCount();
        shownListener.accept(shown);
    }

    /**
     * Shows the number of rows in the status line (call it when the list comes to the front); a list not shown (a
     * tab behind another, reloaded after a sync) leaves the status line to the one in front.
     */
    public void showCount() {
        if (statusLine != null && viewer.getTable().isVisible()) {
            statusLine.setDetail(MessageFormat.format(texts.list_count, shown.size(), records.size(), recordsNoun));
        }
    }

    /** Orders by the sort column's text as the language collates it, each row's key computed once. */
    private Comparator<T> byCollatedText(List<T> rows) {
        Map<T, java.text.CollationKey> keys = new IdentityHashMap<>();
        for (T row : rows) {
            keys.put(row, collator.getCollationKey(sortColumn.text().apply(row)));
        }
        return (a, b) -> keys.get(a).compareTo(keys.get(b));
    }

    private String searchTextOf(T record) {
        StringBuilder text = new StringBuilder();
        for (Column<T> column : columns) {
            text.append(column.text().apply(record)).append('\u0000');
        }
        return RecordFilter.normalise(text.toString(), locale);
    }

    private int charWidth() {
        var gc = new org.eclipse.swt.graphics.GC(viewer.getTable());
        try {
            return (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth());
        } finally {
            gc.dispose();
        }
    }
}
