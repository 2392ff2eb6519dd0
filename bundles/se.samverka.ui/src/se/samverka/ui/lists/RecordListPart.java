package se.samverka.ui.lists;

import java.text.MessageFormat;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.log.Logger;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.model.SyncedObject;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.SamverkaUi;
import se.samverka.ui.StatusLine;
import se.samverka.ui.forms.Editors;

/**
 * The base of a plugin's main list part: a {@link ListPage} whose records open in the plugin's editor, that
 * reloads when a record of its type was saved, and that shows its count in the status line when it comes to the
 * front.
 *
 * @param <T> the type of the rows: the records, or rows read for the list without loading the records
 */
public abstract class RecordListPart<T> {

    @Inject
    private EPartService parts;
    @Inject
    private StatusLine statusLine;
    @Inject
    @Optional
    private Logger logger;
    @Inject
    @Translation
    private CommonTexts texts;
    @Inject
    @Named(TranslationService.LOCALE)
    private Locale locale;

    private final Class<? extends SyncedObject> type;
    private final String editorId;
    private RecordTable<T> table;

    /**
     * @param type     the type of record listed (records of it saved elsewhere reload the list)
     * @param editorId the id of the part descriptor of the plugin's editor
     */
    protected RecordListPart(Class<? extends SyncedObject> type, String editorId) {
        this.type = type;
        this.editorId = editorId;
    }

    @PostConstruct
    public final void createControls(Composite parent) {
        Page page = page();
        table = ListPage.<T>create(parent, page.name(), page.heading(), page.description(), page.newLabel(),
                () -> Editors.open(parts, editorId, (String) null, null), texts, locale);
        addColumns(table);
        table.countIn(statusLine, page.noun()).onOpen(row -> Editors.open(parts, editorId, idOf(row), null));
        load();
    }

    /** Reloads the list; when the store fails, says so in the status line and keeps what is shown. */
    private void load() {
        try {
            reload();
        } catch (RuntimeException e) {
            if (logger != null) {
                logger.error(e, "Cannot read the list " + page().name());
            }
            statusLine.setMessage(MessageFormat.format(texts.list_loadFailed, page().heading(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
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

    /** Reads the records (and whatever the columns need) from the plugin's service and shows them. */
    protected abstract void reload();

    protected final RecordTable<T> table() {
        return table;
    }

    protected final CommonTexts texts() {
        return texts;
    }

    protected final Locale locale() {
        return locale;
    }

    /** A record saved in an editor: the list shows it as saved. */
    @Inject
    @Optional
    void recordSaved(@UIEventTopic(SamverkaUi.TOPIC_RECORD_SAVED) Object saved) {
        if (type.isInstance(saved) && table != null && !table.table().isDisposed()) {
            load();
        }
    }

    @Focus
    public void setFocus() {
        table.showCount();
        table.setFocus();
    }
}
