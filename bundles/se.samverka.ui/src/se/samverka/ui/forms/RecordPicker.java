package se.samverka.ui.forms;

import java.text.Collator;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import se.samverka.ui.CommonTexts;
import se.samverka.ui.Widgets;
import se.samverka.ui.lists.RecordListPart;

/**
 * A dialog that finds records among many by typing: a search field above the list of candidates, each shown by its
 * readable name. Every word typed must be found in a candidate's search text (for people: their name, organisation
 * and municipality). The arrow keys move in the list from the search field, Enter or a double-click takes the
 * selected ones; several may be selected (one only, {@link #single}). The candidates come from the caller (a service
 * method) and are read in a Job, off the UI thread.
 * <p>
 * Widgets for the UI tests: {@code picker.filter}, {@code picker.list}, {@code picker.count}, {@code picker.ok}.
 *
 * @param <R> the type of record picked
 */
public final class RecordPicker<R> {

    private final Shell parent;
    private final CommonTexts texts;
    private final Locale locale;
    private final String title;
    private final String hint;
    private final Supplier<? extends List<? extends R>> candidates;
    private final Function<? super R, String> label;
    private final Function<? super R, String> searchText;
    private boolean single;
    private String searched = "";

    /**
     * @param title the dialog's title
     * @param hint what the search field says while empty (what one may search by)
     * @param candidates reads the records one may pick; called off the UI thread
     * @param label a record's readable name, as the list shows it
     * @param searchText what a record is found by
     */
    public RecordPicker(Shell parent, CommonTexts texts, Locale locale, String title, String hint,
            Supplier<? extends List<? extends R>> candidates, Function<? super R, String> label,
            Function<? super R, String> searchText) {
        this.parent = parent;
        this.texts = texts;
        this.locale = locale;
        this.title = title;
        this.hint = hint;
        this.candidates = candidates;
        this.label = label;
        this.searchText = searchText;
    }

    /** Only one record may be picked (for a reference to one). */
    public RecordPicker<R> single() {
        single = true;
        return this;
    }

    /** The search begun with this text (a letter typed where the picker was opened from). */
    public RecordPicker<R> searching(String text) {
        searched = text == null ? "" : text;
        return this;
    }

    /** Opens the dialog and waits for the user: the records picked, in the list's order, or none when cancelled. */
    public List<R> open() {
        PickerDialog dialog = new PickerDialog();
        return dialog.open() == Dialog.OK ? dialog.picked : List.of();
    }

    /** A candidate with its name and what it is found by, worked out once. */
    private record Candidate<R>(R record, String name, String key) {
    }

    private final class PickerDialog extends Dialog {

        private Text filter;
        private Table table;
        private Label count;
        private List<Candidate<R>> all = List.of();
        private List<R> picked = List.of();

        PickerDialog() {
            super(parent);
            setShellStyle(getShellStyle() | SWT.RESIZE);
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(title);
        }

        @Override
        protected Control createDialogArea(Composite container) {
            Composite area = (Composite) super.createDialogArea(container);
            GridLayoutFactory.fillDefaults().margins(12, 12).spacing(0, 6).applyTo(area);
            filter = Widgets.named(new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "picker.filter");
            filter.setMessage(hint);
            filter.setText(searched);
            filter.setSelection(searched.length());
            GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
            int selection = single ? SWT.SINGLE : SWT.MULTI;
            table = Widgets.named(new Table(area, selection | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL),
                    "picker.list");
            GridDataFactory.fillDefaults().grab(true, true).hint(460, table.getItemHeight() * 14).applyTo(table);
            count = Widgets.named(new Label(area, SWT.NONE), "picker.count");
            count.setText(texts.form_loading);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(count);

            filter.addListener(SWT.Modify, e -> show());
            filter.addListener(SWT.KeyDown, e -> {
                if (e.keyCode == SWT.ARROW_DOWN || e.keyCode == SWT.ARROW_UP) {
                    move(e.keyCode == SWT.ARROW_DOWN ? 1 : -1);
                    e.doit = false;
                }
            });
            // Enter in the search field takes the selected row, or the first when none is selected.
            filter.addListener(SWT.DefaultSelection, e -> {
                if (table.getSelectionCount() == 0 && table.getItemCount() > 0) {
                    table.select(0);
                }
                if (table.getSelectionCount() > 0) {
                    okPressed();
                }
            });
            table.addListener(SWT.Selection, e -> enableOk());
            table.addListener(SWT.DefaultSelection, e -> {
                if (table.getSelectionCount() > 0) {
                    okPressed();
                }
            });
            load();
            return area;
        }

        @Override
        protected void createButtonsForButtonBar(Composite bar) {
            Widgets.named(createButton(bar, IDialogConstants.OK_ID,
                    single ? texts.picker_chooseOne : texts.picker_choose, false), "picker.ok");
            createButton(bar, IDialogConstants.CANCEL_ID, texts.form_cancel, false);
            enableOk();
        }

        @Override
        protected void okPressed() {
            picked = Arrays.stream(table.getSelection()).map(item -> {
                @SuppressWarnings("unchecked")
                R record = (R) item.getData();
                return record;
            }).toList();
            super.okPressed();
        }

        private void load() {
            table.setData(RecordListPart.LOADING, Boolean.TRUE);
            Collator collator = Collator.getInstance(locale);
            Display display = table.getDisplay();
            Job job = Job.create(title, monitor -> {
                List<Candidate<R>> read = new ArrayList<>();
                try {
                    for (R record : candidates.get()) {
                        String name = label.apply(record);
                        read.add(new Candidate<>(record, name, searchText.apply(record).toLowerCase(locale)));
                    }
                } catch (RuntimeException e) {
                    // The store could not be read: say so in the dialog, which stays open to be cancelled.
                    display.asyncExec(() -> {
                        if (!table.isDisposed()) {
                            count.setText(MessageFormat.format(texts.list_loadFailed, title, e.getMessage()));
                            table.setData(RecordListPart.LOADING, null);
                        }
                    });
                    return Status.OK_STATUS;
                }
                read.sort((a, b) -> collator.compare(a.name(), b.name()));
                display.asyncExec(() -> {
                    if (!table.isDisposed()) {
                        all = read;
                        show();
                        table.setData(RecordListPart.LOADING, null);
                    }
                });
                return Status.OK_STATUS;
            });
            job.setSystem(true);
            job.schedule();
        }

        /** Shows the candidates that have every word typed, selecting the first. */
        private void show() {
            List<String> words = Arrays.stream(filter.getText().toLowerCase(locale).split("\\s+"))
                    .filter(word -> !word.isEmpty()).toList();
            table.setRedraw(false);
            try {
                table.removeAll();
                // Those where every word typed begins a word come first ("and ha": Hanna Andersson before
                // Frida Bergström of Svensk Handel), each group in the order of names.
                List<Candidate<R>> later = new ArrayList<>();
                for (Candidate<R> candidate : all) {
                    if (words.stream().allMatch(candidate.key()::contains)) {
                        if (words.stream().allMatch(word -> beginsAWord(candidate.key(), word))) {
                            add(candidate);
                        } else {
                            later.add(candidate);
                        }
                    }
                }
                later.forEach(this::add);
            } finally {
                table.setRedraw(true);
            }
            if (table.getItemCount() > 0 && !words.isEmpty()) {
                table.select(0);
            }
            count.setText(MessageFormat.format(texts.picker_count, table.getItemCount(), all.size()));
            enableOk();
        }

        private void add(Candidate<R> candidate) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(candidate.name());
            item.setData(candidate.record());
        }

        private static boolean beginsAWord(String text, String word) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
                    return true;
                }
            }
            return false;
        }

        private void move(int by) {
            int rows = table.getItemCount();
            if (rows == 0) {
                return;
            }
            int index = Math.max(0, Math.min(rows - 1, table.getSelectionIndex() + by));
            table.setSelection(index);
            table.showSelection();
            enableOk();
        }

        private void enableOk() {
            Button ok = getButton(IDialogConstants.OK_ID);
            if (ok != null && table != null) {
                ok.setEnabled(table.getSelectionCount() > 0);
            }
        }
    }
}
