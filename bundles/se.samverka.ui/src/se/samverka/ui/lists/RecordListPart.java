package se.samverka.ui.lists;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.log.Logger;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.model.SyncedObject;
import se.samverka.store.RecordsChanged;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.SamverkaUi;
import se.samverka.ui.StatusLine;
import se.samverka.ui.forms.Editors;

/**
 * The base of a plugin's main list part: a {@link ListPage} whose records open in the plugin's editor, that
 * reloads when records of its types changed (a save anywhere in the window, a sync: {@link
 * SamverkaUi#TOPIC_RECORDS_CHANGED}), keeping the selected rows and the scroll position, and that shows its count in
 * the status line when it comes to the front. The rows are read in a Job, off the UI thread; while they are read,
 * the table carries {@link #LOADING} (for the UI tests).
 *
 * @param <T> the type of the rows: the records, or rows read for the list without loading the records
 */
public abstract class RecordListPart<T> {

    /** {@code Widget.setData} key set to {@code Boolean.TRUE} on the table while its rows are being read. */
    public static final String LOADING = "samverka.loading";

    @Inject
    private EPartService parts;
    @Inject
    private StatusLine statusLine;
    @Inject
    private UISynchronize ui;
    @Inject
    @Optional
    private Logger logger;
    @Inject
    @Translation
    private CommonTexts texts;
    @Inject
    @Named(TranslationService.LOCALE)
    private Locale locale;

    private final Set<String> types = new HashSet<>();
    private final String editorId;
    private RecordTable<T> table;
    private Job loader;
    /** Loads asked for: a read that started before the last one asked for leaves the table marked loading. */
    private final java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    private boolean shownOnce;

    /**
     * @param type     the type of record listed (changes of records of it reload the list)
     * @param editorId the id of the part descriptor of the plugin's editor
     * @param alsoFrom other types of record the list's columns read from (an offering's enrolment counts: changes
     *                 of enrolments reload the list too)
     */
    @SafeVarargs
    protected RecordListPart(Class<? extends SyncedObject> type, String editorId,
            Class<? extends SyncedObject>... alsoFrom) {
        this.types.add(type.getSimpleName());
        for (Class<? extends SyncedObject> other : alsoFrom) {
            this.types.add(other.getSimpleName());
        }
        this.editorId = editorId;
    }

    @PostConstruct
    public final void createControls(Composite parent) {
        Page page = page();
        table = ListPage.<T>create(parent, page.name(), page.heading(), page.description(), page.newLabel(),
                () -> Editors.open(parts, editorId, (String) null, null), texts, locale);
        addColumns(table);
        table.countIn(statusLine, page.noun()).onOpen(row -> Editors.open(parts, editorId, idOf(row), null));
        loader = Job.create(page.heading(), monitor -> {
            int answering = asked.get();
            List<T> rows;
            try {
                rows = read();
            } catch (RuntimeException e) {
                ui.asyncExec(() -> failed(e, answering));
                return Status.error("Cannot read the list " + page().name(), e);
            }
            ui.asyncExec(() -> show(rows, answering));
            return Status.OK_STATUS;
        });
        loader.setSystem(true);
        load();
    }

    /** Reads the rows again in the background (once more after a read already running). */
    private void load() {
        asked.incrementAndGet();
        table.table().setData(LOADING, Boolean.TRUE);
        loader.schedule();
    }

    /** Shows rows read, keeping the selected records selected and the rows in view where they were. */
    private void show(List<T> rows, int answering) {
        if (table.table().isDisposed()) {
            return;
        }
        Set<String> selected = new HashSet<>();
        table.selection().forEach(row -> selected.add(idOf(row)));
        int top = table.table().getTopIndex();
        table.setRecords(rows);
        List<T> again = new ArrayList<>();
        for (T row : table.shown()) {
            if (selected.contains(idOf(row))) {
                again.add(row);
            }
        }
        table.keepSelected(again);
        if (shownOnce) {
            table.table().setTopIndex(top);
        } else {
            shownOnce = true;
            firstShown();
        }
        if (answering == asked.get()) {
            table.table().setData(LOADING, null);
        }
    }

    /** The store failed: says so in the status line and keeps what is shown. */
    private void failed(RuntimeException e, int answering) {
        if (logger != null) {
            logger.error(e, "Cannot read the list " + page().name());
        }
        statusLine.setMessage(MessageFormat.format(texts.list_loadFailed, page().heading(),
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        if (!table.table().isDisposed() && answering == asked.get()) {
            table.table().setData(LOADING, null);
        }
    }

    /** What the page says: its widget name, heading, description, new-record button and the noun of its count. */
    public record Page(String name, String heading, String description, String newLabel, String noun) {
    }

    /** The texts of the page. */
    protected abstract Page page();

    /** Adds the columns to the table (and sorts it, when the first column's ascending order is not right). */
    protected abstract void addColumns(RecordTable<T> table);

    /** The id of the record of a row, to open it in the editor. */
    protected abstract String idOf(T row);

    /**
     * Reads the rows (and whatever the columns need) from the plugin's service. Runs in a Job, off the UI thread: it
     * must not touch widgets.
     */
    protected abstract List<T> read();

    /** After the rows were shown the first time (to scroll to the next meeting, for example). */
    protected void firstShown() {
        // nothing by default
    }

    protected final RecordTable<T> table() {
        return table;
    }

    protected final CommonTexts texts() {
        return texts;
    }

    protected final Locale locale() {
        return locale;
    }

    /** Records changed (saved anywhere in the window, or by a sync): the list shows them as they are now. */
    @Inject
    @Optional
    void recordsChanged(@UIEventTopic(SamverkaUi.TOPIC_RECORDS_CHANGED) RecordsChanged changed) {
        if (changed.touchesAny(types) && table != null && !table.table().isDisposed()) {
            load();
        }
    }

    @PreDestroy
    void stopLoading() {
        if (loader != null) {
            loader.cancel();
        }
    }

    @Focus
    public void setFocus() {
        table.showCount();
        table.setFocus();
    }
}
