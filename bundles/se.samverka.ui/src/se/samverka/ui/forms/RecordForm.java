package se.samverka.ui.forms;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Layout;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;

import se.samverka.model.Person;
import se.samverka.model.rules.Labels;
import se.samverka.model.rules.ModelRules;
import se.samverka.model.rules.Problem;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.Widgets;

/**
 * The body of a record editor: a header with the record's title, a message line and the Save button, and below it
 * the record's fields, each with its label and, under it, the message about what is wrong with it.
 * <p>
 * Every field is bound to a feature of the record: what the user types is checked (a date must be a date), set on
 * the record as an undoable operation of the editor's {@link EditHistory}, and the record is validated against the
 * model's rules after every change; the messages appear at the fields they are about. Undo and redo update the
 * fields in turn.
 * <p>
 * A long page can put its rows in tabs ({@link #tab}): a tab's rows are made when the tab is first shown, so that
 * opening the page makes only what the first tab shows. Fields made late are bound, validated and undone like the
 * others. Adding rows does not lay the page out each time: it is laid out once, when the record is shown or the tab
 * has been made.
 *
 * @param <T> the type of record edited
 */
public final class RecordForm<T extends EObject> {

    private final String name;
    private final CommonTexts texts;
    private final Locale locale;
    private final EditHistory history;
    private final ResourceManager resources;
    private final ScrolledComposite scrolled;
    private final Composite body;
    /** Where rows go now: {@link #body}, or the inside of the tab being made. */
    private Composite target;
    private TabFolder tabs;
    /** The tab in front, as last seen. */
    private TabItem tabShown;
    /** The tabs not yet shown, with what makes their rows. */
    private final Map<TabItem, Runnable> unmade = new LinkedHashMap<>();
    private boolean layoutPending;
    /** The width of the view when the page was last laid out. */
    private int laidOutWidth = -1;
    private final Label title;
    private final Label message;
    private final Button save;
    private final Map<EStructuralFeature, FieldBinding> bindings = new LinkedHashMap<>();
    private final List<Consumer<T>> changeListeners = new ArrayList<>();
    private final FieldFormats formats;
    private final AdapterImpl listener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch() && notification.getFeature() instanceof EStructuralFeature feature) {
                FieldBinding binding = bindings.get(feature);
                if (binding != null) {
                    binding.showValue(record.eGet(feature));
                }
                validate();
                changeListeners.forEach(l -> l.accept(record));
            }
        }
    };
    private T record;
    private List<Problem> problems = List.of();
    private String saveError;
    private String notice;

    /**
     * Creates the form in {@code parent}.
     *
     * @param name the widget name the UI tests find the form by; fields are named {@code name + "." + feature}
     */
    public RecordForm(Composite parent, String name, CommonTexts texts, Locale locale, EditHistory history) {
        this.name = name;
        this.texts = texts;
        this.locale = locale;
        this.history = history;
        this.formats = new FieldFormats(texts, locale);
        this.resources = new LocalResourceManager(JFaceResources.getResources(), parent);

        Composite top = new Composite(parent, SWT.NONE);
        Widgets.named(top, name);
        Widgets.styled(top, "form");
        // Check boxes take the form's white from their parent: a background set on them hides the check mark on GTK.
        top.setBackgroundMode(SWT.INHERIT_DEFAULT);
        GridLayoutFactory.fillDefaults().margins(16, 12).spacing(0, 8).applyTo(top);

        Composite header = Widgets.styled(new Composite(top, SWT.NONE), "form");
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        title = Widgets.heading(Widgets.styled(new Label(header, SWT.NONE), "heading"), resources, 4);
        Widgets.named(title, name + ".title");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(title);
        save = Widgets.named(new Button(header, SWT.PUSH), name + ".save");
        save.setText(texts.form_save);
        GridDataFactory.swtDefaults().hint(Math.max(110, save.computeSize(SWT.DEFAULT, SWT.DEFAULT).x), SWT.DEFAULT)
                .applyTo(save);
        message = Widgets.named(Widgets.styled(new Label(header, SWT.WRAP), "formMessage"), name + ".message");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(message);

        Label rule = new Label(top, SWT.SEPARATOR | SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(rule);

        scrolled = new ScrolledComposite(top, SWT.V_SCROLL | SWT.H_SCROLL);
        Widgets.styled(scrolled, "form");
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        // The view takes the space the header leaves, whatever its content: without a size hint, laying the form out
        // measured every row of the page to find the view's preferred size, which nothing uses.
        GridDataFactory.fillDefaults().grab(true, true).hint(1, 1).applyTo(scrolled);
        body = Widgets.styled(new Composite(scrolled, SWT.NONE), "form");
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 4).margins(0, 4).applyTo(body);
        scrolled.setContent(body);
        target = body;
        // Laid out again when the width changes (wrapped text grows or shrinks); a new height needs no new layout.
        scrolled.addListener(SWT.Resize, e -> {
            if (scrolled.getClientArea().width != laidOutWidth) {
                layoutBody();
            }
        });
        top.addDisposeListener(e -> {
            if (record != null) {
                record.eAdapters().remove(listener);
            }
        });
    }

    /** The top control of the form. */
    public Control control() {
        return scrolled.getParent();
    }

    /**
     * The composite the fields are in (two columns: label, field), for custom rows: the inside of the tab being made
     * while a tab's rows are made (see {@link #tab}), else the page's body.
     */
    public Composite body() {
        return target;
    }

    /**
     * Adds a tab to the page: the first call puts the tabs after the rows added so far (the rows before them stay
     * above the tabs); what the page adds after its tabs belongs in them. {@code contents} adds the tab's rows
     * through this form, as anywhere else (into {@link #body()}, which is the tab's inside meanwhile): at once for
     * the first tab, and for each other tab when it is first shown. Fields made then show the record in hand and are
     * validated, undone and redone like the others; a problem of a field not yet made is said in the header.
     *
     * @param name the widget name of the tab, for the UI tests
     * @param label the tab's text
     */
    public TabItem tab(String name, String label, Runnable contents) {
        if (target != body) {
            throw new IllegalStateException("a tab inside a tab");
        }
        if (tabs == null) {
            tabs = Widgets.named(new TabFolder(body, SWT.TOP), this.name + ".tabs");
            GridDataFactory.fillDefaults().span(2, 1).grab(true, true).indent(0, 6).applyTo(tabs);
            tabs.addListener(SWT.Selection, e -> {
                TabItem[] shown = tabs.getSelection();
                // GTK also reports the first tab as selected when the tabs are first shown: nothing changed then
                if (shown.length > 0 && shown[0] != tabShown) {
                    tabShown = shown[0];
                    if (!make(shown[0])) {
                        layoutBody(); // the page's height is the tab's shown: scroll as far as it is long
                    }
                }
            });
        }
        TabItem item = Widgets.named(new TabItem(tabs, SWT.NONE), name);
        item.setText(label);
        Composite page = Widgets.styled(new Composite(tabs, SWT.NONE), "form");
        page.setLayout(new TabPage());
        Composite inside = Widgets.styled(new Composite(page, SWT.NONE), "form");
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 4).margins(8, 8).applyTo(inside);
        item.setControl(page);
        unmade.put(item, contents);
        if (tabs.getItemCount() == 1) {
            tabShown = item;
            make(item);
        }
        return item;
    }

    /** Makes a tab's rows if they are not made yet; true when it made them. */
    private boolean make(TabItem item) {
        Runnable contents = unmade.remove(item);
        if (contents == null) {
            return false;
        }
        int before = bindings.size();
        target = (Composite) ((Composite) item.getControl()).getChildren()[0];
        try {
            contents.run();
        } finally {
            target = body;
        }
        if (record != null) {
            bindings.values().stream().skip(before)
                    .forEach(binding -> binding.showValue(record.eGet(binding.feature())));
            showProblems();
        } else {
            layoutLater();
        }
        return true;
    }

    /**
     * The layout of a tab: its inside fills it, and only the tab shown has a size, so that the page scrolls as far
     * as the tab shown is long, not as the longest tab made.
     */
    private final class TabPage extends Layout {

        @Override
        protected Point computeSize(Composite page, int wHint, int hHint, boolean flushCache) {
            Control[] inside = page.getChildren();
            TabItem[] shown = tabs.getSelection();
            if (inside.length == 0 || shown.length == 0 || shown[0].getControl() != page) {
                return new Point(0, 0);
            }
            return inside[0].computeSize(wHint, hHint, flushCache);
        }

        @Override
        protected void layout(Composite page, boolean flushCache) {
            Control[] inside = page.getChildren();
            if (inside.length > 0) {
                inside[0].setBounds(page.getClientArea());
            }
        }
    }

    public void setTitle(String text) {
        title.setText(text);
        title.getParent().layout();
    }

    /** What the Save button does. */
    public void onSave(Runnable action) {
        save.addListener(SWT.Selection, e -> action.run());
    }

    /**
     * Told after every change of the record, and when another record is shown ({@link #setRecord}: after a save, or
     * when a change from elsewhere is taken in), so that rows a plugin adds itself show the record in hand.
     */
    public void onChange(Consumer<T> changeListener) {
        changeListeners.add(changeListener);
    }

    /** A heading between groups of fields. */
    public Label section(String heading) {
        boolean first = bindings.isEmpty() || target.getChildren().length == 0;
        Label label = Widgets.heading(Widgets.styled(new Label(target, SWT.NONE), "subheading"), resources, 1);
        label.setText(heading);
        GridDataFactory.fillDefaults().span(2, 1).indent(0, first ? 0 : 10).applyTo(label);
        return label;
    }

    /** A one-line text field. */
    public Text text(EAttribute feature) {
        return add(new TextField(this, feature, SWT.SINGLE, FieldFormats.Kind.TEXT)).text();
    }

    /** A text field of several lines. */
    public Text textArea(EAttribute feature, int lines) {
        TextField field = add(new TextField(this, feature, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL,
                FieldFormats.Kind.TEXT));
        ((org.eclipse.swt.layout.GridData) field.text().getLayoutData()).heightHint =
                field.text().getLineHeight() * lines + 6;
        return field.text();
    }

    /** A date (written YYYY-MM-DD). */
    public Text date(EAttribute feature) {
        return add(new TextField(this, feature, SWT.SINGLE, FieldFormats.Kind.DATE)).text();
    }

    /** A date and time (written YYYY-MM-DD HH:MM). */
    public Text dateTime(EAttribute feature) {
        return add(new TextField(this, feature, SWT.SINGLE, FieldFormats.Kind.DATE_TIME)).text();
    }

    /** A whole number. */
    public Text integer(EAttribute feature) {
        return add(new TextField(this, feature, SWT.SINGLE, FieldFormats.Kind.INTEGER)).text();
    }

    /** An amount in kronor. */
    public Text amount(EAttribute feature) {
        return add(new TextField(this, feature, SWT.SINGLE, FieldFormats.Kind.AMOUNT)).text();
    }

    /** One of the values of an enumeration, by its label in the user's language. */
    public Combo choice(EAttribute feature) {
        EEnum type = (EEnum) feature.getEAttributeType();
        List<Object> values = new ArrayList<>();
        type.getELiterals().forEach(literal -> values.add(literal.getInstance()));
        return add(new ChoiceField(this, feature, values,
                value -> Labels.of((org.eclipse.emf.common.util.Enumerator) value, locale))).combo();
    }

    /** One of {@code choices}, or none when the reference is optional. */
    public <R extends EObject> Combo reference(EReference feature, List<R> choices, Function<? super R, String> label) {
        return add(new ChoiceField(this, feature, new ArrayList<>(choices), untyped(label))).combo();
    }

    /**
     * One record among many (a person of the county, say), shown by its readable name and found by typing in a
     * {@link RecordPicker} ("Välj …") instead of a drop-down of them all; "Töm" leaves it empty. With {@code newText}
     * and {@code maker}, a button makes one in place: {@code maker} opens a dialog on the given parent and returns the
     * record made (not saved: the page's service saves it with the record), or null when cancelled.
     *
     * @param candidates reads the records that may be chosen; called off the UI thread
     * @param label a record's readable name
     * @param searchText what a record is found by in the picker
     * @param hint what the picker's search field says while empty
     */
    public <R extends EObject> Control referenceFound(EReference feature, Supplier<? extends List<R>> candidates,
            Function<? super R, String> label, Function<? super R, String> searchText, String hint, String newText,
            Function<Control, R> maker) {
        Function<Object, String> anyLabel = untyped(label);
        Function<Object, String> anySearch = untyped(searchText);
        String pickerTitle = MessageFormat.format(texts.picker_chooseTitle,
                Labels.of(feature, locale).toLowerCase(locale));
        return add(new ReferenceField(this, feature, anyLabel,
                (parent, typed) -> new RecordPicker<Object>(parent.getShell(), texts, locale, pickerTitle, hint,
                        candidates, anyLabel, anySearch).single().searching(typed).open(),
                newText, maker == null ? null : maker::apply)).control();
    }

    /**
     * One person of the county, found in the picker by name, organisation or municipality, or made in place with
     * "Ny person …" ({@code maker}, or none for null); see {@link #referenceFound}.
     */
    public Control person(EReference feature, Supplier<? extends List<Person>> candidates,
            Function<Control, Person> maker) {
        return referenceFound(feature, candidates, Labels::name, Labels::searchText, texts.picker_findPeople,
                texts.person_new, maker);
    }

    /**
     * Any number of records, as a list of their names with "Lägg till …" (a searchable {@link RecordPicker} over
     * {@code candidates} not yet chosen) and "Ta bort". Returns the list of the chosen records.
     *
     * @param candidates reads the records that may be chosen; called off the UI thread
     * @param label a record's readable name
     * @param searchText what a record is found by in the picker
     * @param hint what the picker's search field says while empty
     */
    public <R extends EObject> Control referenceList(EReference feature, Supplier<? extends List<R>> candidates,
            Function<? super R, String> label, Function<? super R, String> searchText, String hint) {
        return referenceList(feature, candidates, label, searchText, hint, null, null);
    }

    /**
     * Any number of records, as {@link #referenceList}, with a button {@code newText} that makes one in place:
     * {@code maker} opens a dialog on the given parent and returns the record made (not saved; the page saves it with
     * the record), or null when cancelled. Without a maker (null), no such button.
     */
    public <R extends EObject> Control referenceList(EReference feature, Supplier<? extends List<R>> candidates,
            Function<? super R, String> label, Function<? super R, String> searchText, String hint, String newText,
            Function<Control, R> maker) {
        Function<Object, String> anyLabel = untyped(label);
        Function<Object, String> anySearch = untyped(searchText);
        String pickerTitle = MessageFormat.format(texts.picker_title, Labels.of(feature, locale).toLowerCase(locale));
        return add(new ReferenceListField(this, feature, candidates, anyLabel,
                (parent, notChosen) -> new RecordPicker<Object>(parent.getShell(), texts, locale, pickerTitle, hint,
                        notChosen, anyLabel, anySearch).open(), newText, maker == null ? null : maker::apply))
                .control();
    }

    /** A record's text as the fields take it, from any value (the field holds only records of its reference). */
    @SuppressWarnings("unchecked")
    private static <R> Function<Object, String> untyped(Function<? super R, String> text) {
        return value -> text.apply((R) value);
    }

    /**
     * Any number of people of the county, by name and organisation, found in the picker by name, organisation or
     * municipality; see {@link #referenceList}.
     */
    public Control people(EReference feature, Supplier<? extends List<Person>> candidates) {
        return referenceList(feature, candidates, Labels::name, Labels::searchText, texts.picker_findPeople);
    }

    /** Yes or no. */
    public Button check(EAttribute feature) {
        return add(new CheckField(this, feature)).button();
    }

    /** Any number of the values of an enumeration, as check boxes. */
    public Composite enumSet(EAttribute feature, int columns) {
        return add(new EnumSetField(this, feature, columns)).control();
    }

    /**
     * Lays the page out again after rows changed their size by themselves (a section filled after its read, a list
     * that grew): every row is measured again and the page scrolls as far as it is now long. A page not yet laid
     * out needs nothing: its first layout measures them.
     */
    public void reflow() {
        if (laidOutWidth >= 0 && !body.isDisposed()) {
            layoutBody();
        }
    }

    /** Shows {@code newRecord} in the fields; changes are made to it from now on. */
    public void setRecord(T newRecord) {
        if (record != null) {
            record.eAdapters().remove(listener);
        }
        record = newRecord;
        saveError = null;
        notice = null;
        bindings.values().forEach(binding -> binding.showValue(record.eGet(binding.feature())));
        record.eAdapters().add(listener);
        validate();
        changeListeners.forEach(l -> l.accept(record));
    }

    public T record() {
        return record;
    }

    /** What is wrong with the record now, by the model's rules. */
    public List<Problem> problems() {
        return problems;
    }

    /** True when the record cannot be saved: a rule is broken or a field holds text that is not a value. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::error)
                || bindings.values().stream().anyMatch(binding -> binding.inputError() != null);
    }

    /** Shows why saving failed, in the header, until the next change or save. */
    public void showSaveError(String text) {
        saveError = text;
        showMessage();
    }

    /**
     * Shows what changed in the record from elsewhere (a sync, another window), in the header before what is wrong
     * with it, until the next save or record.
     */
    public void showNotice(String text) {
        notice = text;
        showMessage();
    }

    /** Shows that the record was saved. */
    public void showSaved(String text) {
        saveError = null;
        notice = null;
        endTyping();
        showMessage();
        if (!hasErrors() && problems.isEmpty()) {
            setMessage(text, "formMessageOk");
        }
    }

    /** Ends the typing in every field: the next key starts a new undoable change. */
    public void endTyping() {
        bindings.values().forEach(FieldBinding::endTyping);
    }

    /** The control of a field, to focus it or to test it. */
    public Control field(EStructuralFeature feature) {
        return bindings.get(feature).control();
    }

    // --- for the fields ---

    CommonTexts texts() {
        return texts;
    }

    Locale locale() {
        return locale;
    }

    FieldFormats formats() {
        return formats;
    }

    ResourceManager resources() {
        return resources;
    }

    String name(EStructuralFeature feature) {
        return name + "." + feature.getName();
    }

    /** The label of a field: the model's name of the feature, with an asterisk when it is required. */
    String label(EStructuralFeature feature) {
        return Labels.of(feature, locale) + (feature.getLowerBound() > 0 ? " *" : "");
    }

    /**
     * Sets a value typed or chosen in a field: extends the field's last change while the user types on in it,
     * else does a new undoable change.
     */
    SetValueOperation setValue(FieldBinding binding, Object value, SetValueOperation typing) {
        EStructuralFeature feature = binding.feature();
        Object current = feature.isMany() ? new ArrayList<>((List<?>) record.eGet(feature)) : record.eGet(feature);
        if (java.util.Objects.equals(current, value)) {
            return typing;
        }
        if (typing != null && history.lastDone() == typing && typing.isEditOf(feature)) {
            typing.absorb(value);
            history.lastChanged();
            return typing;
        }
        SetValueOperation operation = new SetValueOperation(Labels.of(feature, locale), this::record, feature,
                current, value);
        history.execute(operation);
        return operation;
    }

    /** Shows or clears an input error (text that is not a value) of a field. */
    void inputErrorChanged() {
        showProblems();
    }

    private <B extends FieldBinding> B add(B binding) {
        bindings.put(binding.feature(), binding);
        layoutLater();
        return binding;
    }

    private void validate() {
        problems = ModelRules.validate(record, locale);
        saveError = null;
        showProblems();
    }

    private void showProblems() {
        for (FieldBinding binding : bindings.values()) {
            String input = binding.inputError();
            if (input != null) {
                binding.showProblem(input, true);
                continue;
            }
            Problem problem = problems.stream().filter(p -> p.object() == record && p.feature() == binding.feature())
                    .sorted((a, b) -> Boolean.compare(b.error(), a.error())).findFirst().orElse(null);
            binding.showProblem(problem == null ? null : problem.message(), problem != null && problem.error());
        }
        showMessage();
        layoutBody();
    }

    private void showMessage() {
        if (saveError != null) {
            setMessage(saveError, "formMessageError");
            return;
        }
        long errors = problems.stream().filter(Problem::error).count()
                + bindings.values().stream().filter(binding -> binding.inputError() != null).count();
        long warnings = problems.stream().filter(p -> !p.error()).count();
        List<String> unplaced = problems.stream()
                .filter(p -> p.object() != record || p.feature() == null || !bindings.containsKey(p.feature()))
                .map(Problem::message).toList();
        if (errors > 0) {
            String text = errors == 1 ? texts.form_oneError : MessageFormat.format(texts.form_errors, errors);
            setMessage(withNotice(unplaced.isEmpty() ? text : text + ": " + String.join(" ", unplaced)),
                    "formMessageError");
        } else if (warnings > 0) {
            String text = MessageFormat.format(texts.form_warnings, warnings);
            setMessage(withNotice(unplaced.isEmpty() ? text : text + ": " + String.join(" ", unplaced)),
                    "formMessageWarning");
        } else if (notice != null) {
            setMessage(notice, "formMessageNotice");
        } else {
            setMessage("", "formMessage");
        }
    }

    private String withNotice(String text) {
        return notice == null ? text : notice + " " + text;
    }

    private void setMessage(String text, String cssClass) {
        if (text.equals(message.getText()) && cssClass.equals(Widgets.style(message))) {
            return; // as it is (no message when a record is first shown): not styled and laid out again
        }
        message.setText(text);
        Widgets.styled(message, cssClass);
        message.setForeground(message.getDisplay().getSystemColor(switch (cssClass) {
            case "formMessageError" -> SWT.COLOR_DARK_RED;
            case "formMessageWarning" -> SWT.COLOR_DARK_YELLOW;
            case "formMessageOk" -> SWT.COLOR_DARK_GREEN;
            case "formMessageNotice" -> SWT.COLOR_DARK_BLUE;
            default -> SWT.COLOR_WIDGET_FOREGROUND;
        }));
        message.getParent().layout();
    }

    /** Lays the page out once, after the rows being added now (unless it is laid out before that). */
    private void layoutLater() {
        if (!layoutPending) {
            layoutPending = true;
            body.getDisplay().asyncExec(() -> {
                if (layoutPending && !body.isDisposed()) {
                    layoutBody();
                }
            });
        }
    }

    private void layoutBody() {
        layoutPending = false;
        int width = scrolled.getClientArea().width;
        if (width == 0 && laidOutWidth < 0) {
            return; // a page being made, not yet given its size: laid out once, when it is (its first Resize)
        }
        laidOutWidth = width;
        boolean neverSized = body.getSize().x == 0;
        // Every row is measured once, at the width it will have; the view then gives the body its size, and the rows
        // are put in place with the sizes just measured. (Laying the body out first laid it out at the size it had
        // before the view had given it one, and then again at its own.)
        scrolled.setMinSize(body.computeSize(Math.max(width, 480), SWT.DEFAULT, true));
        // Giving a body that had no size its size laid it out, and every composite in it that got a size of its own
        // (each had none). Later, a row may have changed inside a composite that keeps its size: all are laid out.
        if (!neverSized) {
            body.layout(false, true);
        }
    }
}
