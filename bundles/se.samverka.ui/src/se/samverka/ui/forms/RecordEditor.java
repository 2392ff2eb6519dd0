package se.samverka.ui.forms;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.model.SyncedObject;
import se.samverka.store.StoreException;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.SamverkaUi;
import se.samverka.ui.StatusLine;

/**
 * The base of a plugin's record editor: a part in the main area that edits one record in a {@link RecordForm}, with
 * a dirty marker, Save (the window's Save command, Ctrl+S, or the form's button), undo and redo (Ctrl+Z, Ctrl+Y),
 * validation messages at the fields, and a clear message when saving fails.
 * <p>
 * The part's persisted state {@link SamverkaUi#RECORD_ID} names the record; without it the editor makes a new one.
 * Open editors with {@link Editors#open}. After a save, the editor posts the record on
 * {@link SamverkaUi#TOPIC_RECORD_SAVED} so that the lists show it.
 *
 * @param <T> the type of record edited
 */
public abstract class RecordEditor<T extends SyncedObject> {

    @Inject
    private MPart part;
    @Inject
    private IEclipseContext context;
    @Inject
    private StatusLine statusLine;
    @Inject
    private IEventBroker events;
    @Inject
    @Translation
    private CommonTexts texts;
    @Inject
    @Named(TranslationService.LOCALE)
    private Locale locale;

    private final EditHistory history = new EditHistory();
    private RecordForm<T> form;

    @PostConstruct
    public final void createControls(Composite parent) {
        context.set(EditHistory.class, history);
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        form = new RecordForm<>(parent, formName(), texts, locale, history);
        history.addListener(() -> part.setDirty(history.isDirty()));
        form.onSave(this::save);
        String id = part.getPersistedState().get(SamverkaUi.RECORD_ID);
        RecordSource<T> source = source();
        Optional<T> record = id == null ? Optional.of(source.create()) : source.load(id);
        createFields(form);
        if (record.isEmpty()) {
            form.setTitle(part.getLabel());
            form.showSaveError(texts.form_notFound);
            form.control().setEnabled(false);
            return;
        }
        form.setRecord(record.get());
        form.onChange(changed -> showTitle());
        showTitle();
    }

    /** The widget name of the form, for the UI tests (for example "meetings.editor"). */
    protected abstract String formName();

    /** Where the records are read, made and saved: the plugin's service. */
    protected abstract RecordSource<T> source();

    /** Adds the fields of the record to the form. */
    protected abstract void createFields(RecordForm<T> form);

    /** The record's name, in the tab and the form's title. */
    protected abstract String title(T record);

    /** The title of a record that has no name yet ("Nytt möte"); by default "Ny post". */
    protected String newTitle() {
        return texts.form_newRecord;
    }

    /** The form, for subclasses that add rows of their own. */
    protected final RecordForm<T> form() {
        return form;
    }

    protected final CommonTexts texts() {
        return texts;
    }

    protected final Locale locale() {
        return locale;
    }

    /**
     * Saves the record. When a rule is broken nothing is written and the form says what to correct; when the store
     * refuses (changed elsewhere, a database error) the form says so and the changes stay in the editor.
     */
    @Persist
    public final void save() {
        if (form.record() == null) {
            return;
        }
        if (form.hasErrors()) {
            form.showSaveError(texts.form_invalid);
            return;
        }
        try {
            T saved = source().save(form.record());
            form.setRecord(saved);
            history.saved();
            part.getPersistedState().put(SamverkaUi.RECORD_ID, saved.getId());
            showTitle();
            String message = MessageFormat.format(texts.form_saved, title(saved));
            form.showSaved(message);
            statusLine.setMessage(message);
            events.post(SamverkaUi.TOPIC_RECORD_SAVED, saved);
        } catch (StoreException e) {
            String reason = switch (e.reason()) {
                case CHANGED_ELSEWHERE -> texts.form_changedElsewhere;
                case INVALID -> MessageFormat.format(texts.form_saveFailed, e.getMessage());
                case REFERENCED -> MessageFormat.format(texts.form_referenced, referrers(e));
                default -> MessageFormat.format(texts.form_saveFailed,
                        e.getCause() != null && e.getCause().getMessage() != null ? rootMessage(e) : e.getMessage());
            };
            form.showSaveError(reason);
            statusLine.setMessage(reason);
        }
    }

    /** What refers to what a save would remove, as the user knows it: "Åtgärd «Skicka underlaget»". */
    private String referrers(StoreException e) {
        return e.referrers().stream().map(r -> {
            org.eclipse.emf.ecore.EClassifier type = se.samverka.model.SamverkaPackage.eINSTANCE
                    .getEClassifier(r.type());
            String kind = type instanceof org.eclipse.emf.ecore.EClass eClass
                    ? se.samverka.model.rules.Labels.of(eClass, locale()) : r.type();
            return kind + " \u00ab" + r.label() + "\u00bb";
        }).distinct().collect(java.util.stream.Collectors.joining(", "));
    }

    @Focus
    public void setFocus() {
        form.control().setFocus();
    }

    @PreDestroy
    public void dispose() {
        history.dispose();
    }

    private void showTitle() {
        String title = title(form.record());
        String label = title == null || title.isBlank() ? newTitle() : title;
        part.setLabel(label.length() > 40 ? label.substring(0, 39) + "…" : label);
        part.setTooltip(label);
        form.setTitle(label);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
