package se.samverka.testing.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * Drives one window or dialog the way a user does: reads what it shows, clicks buttons and menus, types and
 * selects. Widgets are found by the label a user sees, or by the id the application gave them with
 * {@code widget.setData("samverka.id", id)}.
 */
public class WindowDriver {

    /** The {@code setData} key under which the application names its widgets. */
    public static final String WIDGET_ID = "samverka.id";

    /** The {@code setData} key a list sets on its table while it reads its rows in the background. */
    public static final String LOADING = "samverka.loading";

    protected final Ui ui;
    protected final Shell shell;

    WindowDriver(Ui ui, Shell shell) {
        this.ui = ui;
        this.shell = Objects.requireNonNull(shell);
    }

    public Ui ui() {
        return ui;
    }

    public Shell shell() {
        return shell;
    }

    public String title() {
        return ui.get(shell::getText);
    }

    public boolean isOpen() {
        return ui.get(() -> !shell.isDisposed() && shell.isVisible());
    }

    // ---- reading ---------------------------------------------------------------------------------------

    /** The text a user sees in the named label, text field, link or button. */
    public String textOf(String widgetId) {
        return ui.get(() -> visibleText(find(widgetId, Control.class)));
    }

    /** The texts of the labels of the window that are shown (a message dialog's message, for example). */
    public List<String> labelTexts() {
        return ui.get(() -> findAll(shell, w -> w instanceof Label l && l.isVisible()).stream()
                .map(w -> Labels.visible(((Label) w).getText())).filter(text -> !text.isEmpty()).toList());
    }

    /** True when a widget with this id is shown. */
    public boolean has(String widgetId) {
        return ui.get(() -> findAll(shell, w -> widgetId.equals(w.getData(WIDGET_ID))).stream()
                .anyMatch(w -> !(w instanceof Control c) || c.isVisible()));
    }

    /** The error message a JFace title-area dialog shows at its top, or null when there is none. */
    public String errorMessage() {
        return ui.get(() -> shell.getData() instanceof TitleAreaDialog dialog ? dialog.getErrorMessage() : null);
    }

    /** The rows of the named table as the user sees them: one list of cell texts per row. */
    public List<List<String>> tableRows(String widgetId) {
        awaitRows(widgetId);
        return ui.get(() -> {
            Table table = find(widgetId, Table.class);
            int columns = Math.max(1, table.getColumnCount());
            List<List<String>> rows = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    cells.add(item.getText(c));
                }
                rows.add(cells);
            }
            return rows;
        });
    }

    /** The first cell of each row of the named table. */
    public List<String> tableColumn(String widgetId) {
        return tableRows(widgetId).stream().map(row -> row.get(0)).toList();
    }

    /** The first cell of the selected rows of the named table. */
    public List<String> selectedRows(String widgetId) {
        awaitRows(widgetId);
        return ui.get(() -> Arrays.stream(find(widgetId, Table.class).getSelection()).map(TableItem::getText)
                .toList());
    }

    /** The labels of the top level of the named tree. */
    public List<String> treeRoots(String widgetId) {
        return ui.get(() -> Arrays.stream(find(widgetId, Tree.class).getItems()).map(TreeItem::getText).toList());
    }

    /** A row of a tree as the user sees it: how deep it is (0 at the top) and the texts of its cells. */
    public record TreeRow(int level, List<String> cells) {
    }

    /** The rows of the named tree that are shown (children of expanded rows), each parent before its children. */
    public List<TreeRow> treeRows(String widgetId) {
        return ui.get(() -> {
            Tree tree = find(widgetId, Tree.class);
            List<TreeRow> rows = new ArrayList<>();
            addRows(tree.getItems(), 0, Math.max(1, tree.getColumnCount()), rows);
            return rows;
        });
    }

    private static void addRows(TreeItem[] items, int level, int columns, List<TreeRow> rows) {
        for (TreeItem item : items) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(item.getText(c));
            }
            rows.add(new TreeRow(level, cells));
            if (item.getExpanded()) {
                addRows(item.getItems(), level + 1, columns, rows);
            }
        }
    }

    /**
     * The chosen check boxes and radio buttons of this window that are not drawn as chosen: each visible one is
     * drawn into an image and its box compared with two plain buttons of its kind, one chosen and one not, drawn on
     * white in a shell of their own. A box nearer to the plain unchosen one is named (by id, else label). This is the
     * check a user makes by looking: a style that hides the check mark fails it though the selection is right.
     */
    public List<String> chosenBoxesDrawnUnchosen() {
        return ui.get(() -> {
            List<String> wrong = new ArrayList<>();
            List<Widget> boxes = findAll(shell, w -> w instanceof Button b && b.isVisible() && b.getSelection()
                    && (b.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0);
            for (Widget widget : boxes) {
                Button box = (Button) widget;
                int style = box.getStyle() & (SWT.CHECK | SWT.RADIO);
                Shell plain = new Shell(shell.getDisplay(), SWT.NO_TRIM);
                try {
                    plain.setBackground(shell.getDisplay().getSystemColor(SWT.COLOR_WHITE));
                    plain.setBackgroundMode(SWT.INHERIT_FORCE);
                    plain.setLayout(new org.eclipse.swt.layout.RowLayout(SWT.VERTICAL));
                    Button chosen = new Button(plain, style);
                    chosen.setText(box.getText());
                    chosen.setSelection(true);
                    Button unchosen = new Button(plain, style);
                    unchosen.setText(box.getText());
                    plain.pack();
                    plain.setLocation(0, 0);
                    plain.open();
                    int[] chosenPixels = boxPixels(chosen);
                    int[] unchosenPixels = boxPixels(unchosen);
                    // A button is drawn once it is shown: let the display draw the plain ones before comparing.
                    long until = System.nanoTime() + 2_000_000_000L;
                    while (distance(chosenPixels, unchosenPixels) < 8 && System.nanoTime() < until) {
                        while (shell.getDisplay().readAndDispatch()) {
                            // drawing
                        }
                        Thread.sleep(20);
                        chosenPixels = boxPixels(chosen);
                        unchosenPixels = boxPixels(unchosen);
                    }
                    if (distance(chosenPixels, unchosenPixels) < 8) {
                        throw new AssertionError("A plain chosen " + box.getText() + " box is drawn like an unchosen"
                                + " one here: the look of boxes cannot be checked");
                    }
                    int[] drawn = boxPixels(box);
                    if (distance(drawn, chosenPixels) >= distance(drawn, unchosenPixels)) {
                        Object id = box.getData(WIDGET_ID);
                        wrong.add(id != null ? id.toString() : Labels.visible(box.getText()));
                    }
                } finally {
                    plain.dispose();
                }
            }
            return wrong;
        });
    }

    /** The pixels of a button's box: the square at its left edge, as high as the button. */
    private static int[] boxPixels(Button button) {
        org.eclipse.swt.graphics.Point size = button.getSize();
        int side = Math.max(1, Math.min(size.x, size.y));
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(button.getDisplay(), side, size.y);
        try {
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
            try {
                button.print(gc);
            } finally {
                gc.dispose();
            }
            org.eclipse.swt.graphics.ImageData data = image.getImageData();
            int[] pixels = new int[side * size.y];
            for (int y = 0; y < size.y; y++) {
                for (int x = 0; x < side; x++) {
                    org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(x, y));
                    pixels[y * side + x] = (rgb.red << 16) | (rgb.green << 8) | rgb.blue;
                }
            }
            return pixels;
        } finally {
            image.dispose();
        }
    }

    /** The mean difference of two boxes' colours, channel by channel (boxes of unequal size compare unlike). */
    private static double distance(int[] a, int[] b) {
        if (a.length != b.length) {
            return Double.MAX_VALUE / 2;
        }
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                sum += Math.abs(((a[i] >> shift) & 0xff) - ((b[i] >> shift) & 0xff));
            }
        }
        return sum / (double) a.length;
    }

    // ---- acting ----------------------------------------------------------------------------------------

    /** Clicks the button with this label (or id). Does not wait: the click may open a modal dialog. */
    public void clickButton(String labelOrId) {
        Button button = ui.get(() -> findButton(labelOrId));
        ui.post(() -> {
            if (!button.isDisposed()) {
                if ((button.getStyle() & (SWT.RADIO | SWT.CHECK)) != 0) {
                    button.setSelection((button.getStyle() & SWT.RADIO) != 0 || !button.getSelection());
                }
                button.notifyListeners(SWT.Selection, new Event());
            }
        });
    }

    /** Chooses a radio button or ticks a check box by its label (or id), and waits for it. */
    public void choose(String labelOrId) {
        ui.run(() -> {
            Button button = findButton(labelOrId);
            if ((button.getStyle() & SWT.RADIO) != 0) {
                for (Control sibling : button.getParent().getChildren()) {
                    if (sibling instanceof Button b && (b.getStyle() & SWT.RADIO) != 0 && b != button) {
                        b.setSelection(false);
                    }
                }
            }
            button.setSelection(true);
            button.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** True when the radio button or check box with this label (or id) is selected. */
    public boolean isChosen(String labelOrId) {
        return ui.get(() -> findButton(labelOrId).getSelection());
    }

    /** Clicks the button with this id or label and waits for the click to be handled. */
    public void clickButtonAndWait(String labelOrId) {
        Button button = ui.get(() -> findButton(labelOrId));
        ui.run(() -> button.notifyListeners(SWT.Selection, new Event()));
    }

    /**
     * Presses a key in the named widget (a table's keys), as SWT tells a key press: focus, then a KeyDown with the
     * character. Does not wait: the key may open a modal dialog.
     */
    public void pressKey(String widgetId, char character) {
        Control control = ui.get(() -> find(widgetId, Control.class));
        ui.post(() -> {
            if (!control.isDisposed()) {
                control.setFocus();
                Event event = new Event();
                event.character = character;
                event.keyCode = character;
                control.notifyListeners(SWT.KeyDown, event);
            }
        });
    }

    /**
     * Shows the tab with this label (or id) of a tab folder in view, as a click on it does (the page may make the
     * tab's widgets then), and waits for it.
     */
    public void selectTab(String labelOrId) {
        ui.run(() -> {
            TabItem item = findAll(shell, w -> w instanceof TabFolder folder && folder.isVisible()).stream()
                    .flatMap(folder -> Arrays.stream(((TabFolder) folder).getItems()))
                    .filter(tab -> labelOrId.equals(Labels.visible(tab.getText()))
                            || labelOrId.equals(tab.getData(WIDGET_ID)))
                    .findFirst().orElseThrow(() -> new AssertionError("No tab '" + labelOrId + "' in window '"
                            + shell.getText() + "'"));
            TabFolder folder = item.getParent();
            if (folder.getSelectionIndex() != folder.indexOf(item)) {
                folder.setSelection(item); // selected in code, GTK tells no one: tell as a click does
                Event event = new Event();
                event.item = item;
                folder.notifyListeners(SWT.Selection, event);
            }
        });
    }

    /** Replaces the text of the named field, as if typed. */
    public void type(String widgetId, String text) {
        ui.run(() -> {
            Text field = find(widgetId, Text.class);
            field.setFocus();
            field.setText(text);
            field.notifyListeners(SWT.Modify, new Event());
        });
    }

    /** Selects the row of the named table whose first cell is this text, as a click does. */
    public void selectRow(String widgetId, String firstCell) {
        awaitRows(widgetId);
        ui.run(() -> {
            Table table = find(widgetId, Table.class);
            TableItem item = Arrays.stream(table.getItems()).filter(i -> firstCell.equals(i.getText()))
                    .findFirst().orElseThrow(() -> new AssertionError(
                            "No row '" + firstCell + "' in table " + widgetId));
            table.setSelection(item);
            click(table, item, false);
        });
    }

    /**
     * Selects the row of the named tree found by the first cells of the rows on the way to it (top level first), as
     * a click does.
     */
    public void selectTreeRow(String widgetId, String... path) {
        clickTreeRow(widgetId, path, false);
    }

    /** Opens the row of the named tree found as {@link #selectTreeRow} finds it, as a double-click does. */
    public void openTreeRow(String widgetId, String... path) {
        clickTreeRow(widgetId, path, true);
    }

    private void clickTreeRow(String widgetId, String[] path, boolean open) {
        ui.run(() -> {
            Tree tree = find(widgetId, Tree.class);
            TreeItem item = treeItem(tree, widgetId, path);
            tree.setSelection(item);
            tree.showItem(item);
            click(tree, item, open);
        });
    }

    /** Tells a table or tree that the user clicked one of its rows, and double-clicked it when {@code open}. */
    private static void click(Control control, Widget item, boolean open) {
        Event event = new Event();
        event.item = item;
        control.notifyListeners(SWT.Selection, event);
        if (open) {
            control.notifyListeners(SWT.DefaultSelection, event);
        }
    }

    private static TreeItem treeItem(Tree tree, String widgetId, String... path) {
        TreeItem[] items = tree.getItems();
        TreeItem item = null;
        for (String label : path) {
            item = Arrays.stream(items).filter(i -> label.equals(i.getText())).findFirst().orElseThrow(
                    () -> new AssertionError("No row '" + label + "' in tree " + widgetId + " at "
                            + Arrays.asList(path)));
            items = item.getItems();
        }
        if (item == null) {
            throw new AssertionError("No row given for tree " + widgetId);
        }
        return item;
    }

    /**
     * Opens the row of the named table that has a cell with exactly this text, as a double-click does (the table
     * is scrolled to it first, so that a virtual table creates it).
     */
    public void openRow(String widgetId, String cellText) {
        awaitRows(widgetId);
        ui.run(() -> {
            Table table = find(widgetId, Table.class);
            TableItem item = null;
            for (int i = 0; i < table.getItemCount() && item == null; i++) {
                TableItem candidate = table.getItem(i);
                for (int c = 0; c < Math.max(1, table.getColumnCount()); c++) {
                    if (cellText.equals(candidate.getText(c))) {
                        item = candidate;
                    }
                }
            }
            if (item == null) {
                throw new AssertionError("No row with '" + cellText + "' in table " + widgetId);
            }
            table.setSelection(item);
            table.showItem(item);
            click(table, item, true);
        });
    }

    /** Clicks the header of the column with this text in the named table (it sorts by that column). */
    public void clickColumnHeader(String widgetId, String header) {
        awaitRows(widgetId);
        ui.run(() -> {
            Table table = find(widgetId, Table.class);
            TableColumn column = Arrays.stream(table.getColumns()).filter(c -> header.equals(c.getText()))
                    .findFirst().orElseThrow(() -> new AssertionError("No column '" + header + "' in " + widgetId));
            column.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** Scrolls the named table sideways until the column with this header is seen, as the user does. */
    public void showColumn(String widgetId, String header) {
        awaitRows(widgetId);
        ui.run(() -> {
            Table table = find(widgetId, Table.class);
            table.showColumn(Arrays.stream(table.getColumns()).filter(c -> header.equals(c.getText())).findFirst()
                    .orElseThrow(() -> new AssertionError("No column '" + header + "' in " + widgetId)));
        });
    }

    /** Chooses the item with this text in the named drop-down, as the user does. */
    public void chooseItem(String widgetId, String itemText) {
        ui.run(() -> {
            Combo combo = find(widgetId, Combo.class);
            int index = Arrays.asList(combo.getItems()).indexOf(itemText);
            if (index < 0) {
                throw new AssertionError("No item '" + itemText + "' in " + widgetId + ": "
                        + Arrays.asList(combo.getItems()));
            }
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** The text of the selected item of the named drop-down. */
    public String chosenItem(String widgetId) {
        return ui.get(() -> find(widgetId, Combo.class).getText());
    }

    /** Clicks the link with this id. */
    public void clickLink(String widgetId) {
        Link link = ui.get(() -> find(widgetId, Link.class));
        ui.post(() -> link.notifyListeners(SWT.Selection, new Event()));
    }

    /**
     * Presses a key on the named control as the user does, with modifiers ({@code SWT.ALT}, {@code SWT.MOD1}; 0 for
     * none), and waits for what it does: for example {@code pressKey("meetings.agenda", SWT.ARROW_UP, SWT.ALT)}.
     */
    public void pressKey(String widgetId, int keyCode, int stateMask) {
        ui.run(() -> {
            Control control = find(widgetId, Control.class);
            control.setFocus();
            Event event = new Event();
            event.keyCode = keyCode;
            event.stateMask = stateMask;
            control.notifyListeners(SWT.KeyDown, event);
        });
    }

    /** Closes the window as its close box does. */
    public void close() {
        ui.post(() -> {
            if (!shell.isDisposed()) {
                shell.close();
            }
        });
        ui.waitUntil("window '" + title() + "' closed", shell::isDisposed, Ui.DEFAULT_TIMEOUT);
    }

    // ---- menus -----------------------------------------------------------------------------------------

    /** The labels of the menu bar, as the user reads them. */
    public List<String> menuBar() {
        return ui.get(() -> Arrays.stream(menuBarOrFail().getItems()).map(i -> Labels.visible(i.getText()))
                .toList());
    }

    /** The labels of the items of a menu of the menu bar (separators left out). */
    public List<String> menuItems(String menu) {
        return ui.get(() -> {
            Menu submenu = menuItem(menuBarOrFail(), menu).getMenu();
            showMenu(submenu);
            return Arrays.stream(submenu.getItems()).filter(i -> (i.getStyle() & SWT.SEPARATOR) == 0)
                    .map(i -> Labels.visible(i.getText())).toList();
        });
    }

    /** Clicks through the menu bar, e.g. {@code clickMenu("Hjälp", "Om Samverka")}. Does not wait. */
    public void clickMenu(String... path) {
        MenuItem item = ui.get(() -> {
            Menu menu = menuBarOrFail();
            MenuItem current = null;
            for (String label : path) {
                if (current != null) {
                    menu = current.getMenu();
                }
                showMenu(menu);
                current = menuItem(menu, label);
            }
            if (!current.isEnabled()) {
                throw new AssertionError("Menu item " + String.join(" > ", path) + " is disabled");
            }
            return current;
        });
        ui.post(() -> item.notifyListeners(SWT.Selection, new Event()));
    }

    private Menu menuBarOrFail() {
        Menu bar = shell.getMenuBar();
        if (bar == null) {
            throw new AssertionError("Window '" + shell.getText() + "' has no menu bar");
        }
        return bar;
    }

    /** Lets the application fill a menu, as it does when the user opens it. */
    private static void showMenu(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
    }

    private static MenuItem menuItem(Menu menu, String label) {
        return Arrays.stream(menu.getItems()).filter(i -> label.equals(Labels.visible(i.getText()))).findFirst()
                .orElseThrow(() -> new AssertionError("No menu item '" + label + "' among "
                        + Arrays.stream(menu.getItems()).map(i -> Labels.visible(i.getText())).toList()));
    }

    /**
     * Scrolls the page the named widget is on (the one in front) so that the widget is near the top of the view, as
     * a user scrolls down to read it.
     */
    public void scrollTo(String widgetId) {
        ui.run(() -> {
            Control target = find(widgetId, Control.class);
            ScrolledComposite page = pageOf(target);
            Point at = page.getContent().toControl(target.toDisplay(0, 0));
            page.setOrigin(0, Math.max(0, at.y - 70));
        });
    }

    /** The scrolled page (a record form's view) a control is on. Call on the UI thread. */
    public static ScrolledComposite pageOf(Control control) {
        for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrolledComposite page) {
                return page;
            }
        }
        throw new AssertionError(control + " is not on a scrolled page");
    }

    /**
     * The first control of this type and name below {@code root} (a part's control, say), or null. Call on the UI
     * thread.
     */
    public static <W extends Control> W findIn(Composite root, String widgetId, Class<W> type) {
        return findAll(root, w -> type.isInstance(w) && widgetId.equals(w.getData(WIDGET_ID))).stream()
                .map(type::cast).findFirst().orElse(null);
    }

    /**
     * How many pixels of a record page's rows lie beyond the end its scroll bar reaches, in the page in front: 0
     * when the user can scroll to every row. The page is the record form named {@code formId} ("inventory.editor").
     */
    public int pixelsBeyondTheEnd(String formId) {
        return ui.get(() -> {
            Composite form = find(formId, Composite.class);
            ScrolledComposite view = (ScrolledComposite) findAll(form, w -> w instanceof ScrolledComposite).get(0);
            Composite body = (Composite) view.getContent();
            int bottom = 0;
            for (Control row : body.getChildren()) {
                if (row.getVisible()) {
                    bottom = Math.max(bottom, row.getBounds().y + row.getBounds().height);
                }
            }
            return Math.max(0, bottom - body.getSize().y);
        });
    }

    /** Waits while the named table reads its rows in the background (as a user waits for a list to fill). */
    public void awaitRows(String widgetId) {
        ui.waitUntil("the rows of " + widgetId, () -> findAll(shell, w -> widgetId.equals(w.getData(WIDGET_ID)))
                .stream().noneMatch(w -> Boolean.TRUE.equals(w.getData(LOADING))), Ui.DEFAULT_TIMEOUT);
    }

    // ---- finding ---------------------------------------------------------------------------------------

    /**
     * The widget of this name and type in the window, the visible one first when several editors hold one; an
     * assertion error when there is none. Call on the UI thread ({@code ui().get(...)}).
     */
    public <W extends Widget> W find(String widgetId, Class<W> type) {
        List<Widget> found = findAll(shell, w -> widgetId.equals(w.getData(WIDGET_ID)));
        // Several editors may hold widgets of one name: the one in the tab in front is the visible one.
        found.sort(java.util.Comparator.comparing(w -> !(w instanceof Control c && c.isVisible())));
        return found.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " '" + widgetId + "' in window '"
                        + shell.getText() + "'"));
    }

    private Button findButton(String labelOrId) {
        List<Widget> found = findAll(shell, w -> w instanceof Button b
                && (labelOrId.equals(Labels.visible(b.getText())) || labelOrId.equals(b.getData(WIDGET_ID))));
        return found.stream().map(Button.class::cast).filter(Control::isVisible).findFirst()
                .orElseThrow(() -> new AssertionError("No button '" + labelOrId + "' in window '"
                        + shell.getText() + "'"));
    }

    static List<Widget> findAll(Composite root, Predicate<Widget> matches) {
        List<Widget> found = new ArrayList<>();
        collect(root, matches, found);
        return found;
    }

    private static void collect(Control control, Predicate<Widget> matches, List<Widget> found) {
        if (matches.test(control)) {
            found.add(control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, matches, found);
            }
        }
    }

    private static String visibleText(Control control) {
        return switch (control) {
            case Text t -> t.getText();
            case Label l -> Labels.visible(l.getText());
            case Button b -> Labels.visible(b.getText());
            case Link l -> Labels.visible(l.getText().replaceAll("</?a[^>]*>", ""));
            case Shell s -> s.getText();
            default -> throw new AssertionError("Cannot read the text of " + control);
        };
    }
}
