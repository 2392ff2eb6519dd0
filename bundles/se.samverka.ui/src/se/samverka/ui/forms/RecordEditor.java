package se.samverka.ui.forms;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.model.SamverkaPackage;
import se.samverka.model.SyncedObject;
import se.samverka.model.rules.Labels;
import se.samverka.store.Futures;
import se.samverka.store.RecordsChanged;
import se.samverka.store.Referrer;
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
 * {@link SamverkaUi#TOPIC_RECORD_SAVED}.
 * <p>
 * When its record changes underneath ({@link SamverkaUi#TOPIC_RECORDS_CHANGED}: a sync, another window), the editor
 * reads it again in a Job and takes the change in: what the user has not edited shows the new values; the user's
 * unsaved edits stay on top; where both changed the same field the user is asked which to keep; the form's message
 * says what changed and by what. A save that would remove a part others refer to asks first, naming them, and then
 * clears those references in the same save (when the source can, {@link RecordSource#clearingReferences}).
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
    private UISynchronize ui;
    @Inject
    @Translation
    private CommonTexts texts;
    @Inject
    @Named(TranslationService.LOCALE)
    private Locale locale;

    private final EditHistory history = new EditHistory();
    private RecordForm<T> form;
    /** The record as last read or saved: the base against which a change from elsewhere is set. */
    private T base;
    /** True while a change from elsewhere is taken in (the user may be asked); what came meanwhile, if anything. */
    private boolean takingIn;
    private RecordsChanged.Cause changedAgain;
    /** The newest version of the record the page itself wrote through a service (see {@link #ownWriteDone}). */
    private long ownVersion = -1;
    /** The version whose "changed elsewhere" notice the form shows, or -1. */
    private long noticeVersion = -1;

    @PostConstruct
    public final void createControls(Composite parent) {
        context.set(EditHistory.class, history);
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        form = new RecordForm<>(parent, formName(), texts, locale, history);
        history.addListener(() -> part.setDirty(history.isDirty()));
        form.onSave(this::save);
        String id = part.getPersistedState().get(SamverkaUi.RECORD_ID);
        RecordSource<T> source = source();
        // The record is read while the fields are made (each takes about as long as the other on a large county).
        CompletableFuture<Optional<T>> reading = id == null
                ? CompletableFuture.completedFuture(Optional.of(source.create()))
                : CompletableFuture.supplyAsync(() -> source.load(id));
        createFields(form);
        Optional<T> record = Futures.joined(reading);
        if (record.isEmpty()) {
            form.setTitle(part.getLabel());
            form.showSaveError(texts.form_notFound);
            form.control().setEnabled(false);
            return;
        }
        form.setRecord(record.get());
        base = EcoreUtil.copy(record.get());
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

    /** The record as the user has it now, with unsaved edits; {@code null} when there is none. */
    public final T record() {
        return form == null ? null : form.record();
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
            saved(source().save(form.record()));
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.REFERENCED && source().clearingReferences() != null
                    && askToClear(e)) {
                try {
                    saved(source().clearingReferences().save(form.record()));
                    return;
                } catch (StoreException again) {
                    refused(again);
                    return;
                }
            }
            refused(e);
        }
    }

    private void saved(T saved) {
        form.setRecord(saved);
        base = EcoreUtil.copy(saved);
        history.saved();
        part.getPersistedState().put(SamverkaUi.RECORD_ID, saved.getId());
        showTitle();
        String message = MessageFormat.format(texts.form_saved, title(saved));
        form.showSaved(message);
        statusLine.setMessage(message);
        events.post(SamverkaUi.TOPIC_RECORD_SAVED, saved);
    }

    private void refused(StoreException e) {
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

    /** What refers to what a save would remove, as the user knows it: "Åtgärd «Skicka underlaget»". */
    private String referrers(StoreException e) {
        return e.referrers().stream().map(this::named).distinct().collect(Collectors.joining(", "));
    }

    private String named(Referrer referrer) {
        String kind = SamverkaPackage.eINSTANCE.getEClassifier(referrer.type()) instanceof EClass eClass
                ? Labels.of(eClass, locale) : referrer.type();
        return kind + " \u00ab" + referrer.label() + "\u00bb";
    }

    /**
     * Asks before a save removes what others refer to, naming each and what will happen to it. Returns true when
     * the user chose to save with the references cleared; when a required reference points to it, only says why it
     * cannot be removed.
     */
    private boolean askToClear(StoreException e) {
        boolean refused = e.referrers().stream().anyMatch(Referrer::required);
        String list = e.referrers().stream()
                .map(r -> "\u2022 " + named(r) + ": " + (r.required() ? texts.form_referenceRequired
                        : texts.form_referenceCleared))
                .distinct().collect(Collectors.joining("\n"));
        if (refused) {
            MessageDialog.openWarning(form.control().getShell(), texts.form_removeTitle,
                    MessageFormat.format(texts.form_removeRefused, list));
            return false;
        }
        MessageDialog dialog = new MessageDialog(form.control().getShell(), texts.form_removeTitle, null,
                MessageFormat.format(texts.form_removeQuestion, list), MessageDialog.QUESTION, 1,
                texts.form_removeAndClear, texts.form_cancel);
        return dialog.open() == 0;
    }

    /** Records changed somewhere: when this editor's record is among them, it is read again and taken in. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void recordsChanged(@UIEventTopic(SamverkaUi.TOPIC_RECORDS_CHANGED) RecordsChanged changed) {
        T mine = record();
        if (mine == null || mine.getId() == null || !changed.touches(mine.getId())
                || form.control().isDisposed()) {
            return;
        }
        readAgain(mine.getId(), changed.cause());
    }

    /**
     * A write this page made through a service rather than through its save (a section setting the meeting's status
     * when it makes the invitations, say) has ended: the record is read again and taken in without saying it changed
     * elsewhere, and such a notice already shown for that write is taken back. Call it on the UI thread once the
     * write is committed.
     */
    public final void ownWriteDone() {
        T mine = record();
        if (mine == null || mine.getId() == null || form.control().isDisposed()) {
            return;
        }
        String id = mine.getId();
        RecordSource<T> source = source();
        Job read = Job.create(part.getLabel(), monitor -> {
            Optional<T> now = source.load(id);
            ui.asyncExec(() -> now.ifPresent(this::acceptOwn));
            return Status.OK_STATUS;
        });
        read.setSystem(true);
        read.schedule();
    }

    private void acceptOwn(T written) {
        if (form.control().isDisposed()) {
            return;
        }
        ownVersion = Math.max(ownVersion, written.getVersion());
        if (noticeVersion >= 0 && noticeVersion <= ownVersion) {
            noticeVersion = -1;
            form.showNotice(null);
        }
        takeIn(Optional.of(written), RecordsChanged.Cause.SAVE);
    }

    /** Reads the record in a Job and takes it in on the UI thread. */
    private void readAgain(String id, RecordsChanged.Cause cause) {
        RecordSource<T> source = source();
        Job read = Job.create(part.getLabel(), monitor -> {
            Optional<T> now = source.load(id);
            ui.asyncExec(() -> takeIn(now, cause));
            return Status.OK_STATUS;
        });
        read.setSystem(true);
        read.schedule();
    }

    /**
     * Takes in the record as it is now saved: what the user has not edited shows the new values, the user's
     * unsaved edits stay, and where both changed a field the user chooses.
     */
    private void takeIn(Optional<T> now, RecordsChanged.Cause cause) {
        T mine = record();
        if (mine == null || form.control().isDisposed() || base == null) {
            return;
        }
        if (takingIn) {
            // Another change arrived while the user is asked about the last one: read again after.
            changedAgain = cause;
            return;
        }
        takingIn = true;
        try {
            takeIn(mine, now, cause);
        } finally {
            takingIn = false;
        }
        if (changedAgain != null && !form.control().isDisposed()) {
            RecordsChanged.Cause again = changedAgain;
            changedAgain = null;
            readAgain(mine.getId(), again);
        }
    }

    private void takeIn(T mine, Optional<T> now, RecordsChanged.Cause cause) {
        if (now.isEmpty()) {
            form.showSaveError(texts.form_notFound);
            return;
        }
        T theirs = now.get();
        if (!mine.getId().equals(theirs.getId()) || theirs.getVersion() == mine.getVersion()) {
            return; // this editor's own save, or already taken in
        }
        T newBase = EcoreUtil.copy(theirs);
        UnsavedEdits.Comparison comparison = UnsavedEdits.compare(base, mine, theirs);
        List<String> changedFields = UnsavedEdits.fields(theirs.eClass()).stream()
                .filter(feature -> comparison.taken().contains(feature) || comparison.bothChanged().contains(feature))
                .map(feature -> Labels.of(feature, locale)).toList();
        if (!history.isDirty()) {
            form.setRecord(theirs);
        } else {
            List<EStructuralFeature> take = new ArrayList<>(comparison.taken());
            for (EStructuralFeature feature : comparison.bothChanged()) {
                if (!keepMine(feature, mine.eGet(feature), theirs.eGet(feature), cause)) {
                    take.add(feature);
                }
            }
            for (EStructuralFeature feature : take) {
                UnsavedEdits.take(mine, theirs, feature);
            }
            UnsavedEdits.rebase(mine, theirs);
        }
        base = newBase;
        showTitle();
        if (cause == RecordsChanged.Cause.SAVE && theirs.getVersion() <= ownVersion) {
            return; // the page's own write: nothing changed elsewhere
        }
        noticeVersion = theirs.getVersion();
        String by = theirs.getModifiedBy() == null ? "" : theirs.getModifiedBy();
        String what = changedFields.isEmpty() ? texts.form_changedNothingShown : String.join(", ", changedFields);
        String notice = MessageFormat.format(cause == RecordsChanged.Cause.SYNC ? texts.form_changedBySync
                : texts.form_changedHere, by, what);
        List<String> kept = new ArrayList<>();
        if (history.isDirty()) {
            comparison.kept().forEach(feature -> kept.add(Labels.of(feature, locale)));
        }
        if (!kept.isEmpty()) {
            notice += " " + MessageFormat.format(texts.form_editsKept, String.join(", ", kept));
        }
        // In the form only: the status line keeps what the sync or the save said.
        form.showNotice(notice);
    }

    /** Asks which value of a field both sides changed to keep; true for the user's own. */
    private boolean keepMine(EStructuralFeature feature, Object mine, Object theirs, RecordsChanged.Cause cause) {
        MessageDialog dialog = new MessageDialog(form.control().getShell(), texts.form_conflictTitle, null,
                MessageFormat.format(texts.form_conflictQuestion, Labels.of(feature, locale),
                        cause == RecordsChanged.Cause.SYNC ? texts.form_bySync : texts.form_elsewhere,
                        shown(feature, mine), shown(feature, theirs)),
                MessageDialog.QUESTION, 0, texts.form_keepMine, texts.form_takeTheirs);
        return dialog.open() != 1;
    }

    /** A value as the user reads it in a question. */
    private String shown(EStructuralFeature feature, Object value) {
        if (value == null || value instanceof String text && text.isEmpty()) {
            return texts.form_none;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(item -> shown(feature, item)).collect(Collectors.joining(", "));
        }
        if (value instanceof Enumerator choice) {
            return Labels.of(choice, locale);
        }
        if (value instanceof Date date) {
            return new FieldFormats(texts, locale).format(FieldFormats.Kind.DATE_TIME, date);
        }
        if (value instanceof EObject object) {
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                if (attribute.getEType().getInstanceClass() == String.class
                        && attribute.getEContainingClass() != SamverkaPackage.Literals.SYNCED_OBJECT
                        && object.eGet(attribute) instanceof String name && !name.isBlank()) {
                    return name;
                }
            }
            return Labels.of(object.eClass(), locale);
        }
        return String.valueOf(value);
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
