package se.samverka.inventory.ui.internal.support;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.inventory.Amounts;
import se.samverka.inventory.InventoryService;
import se.samverka.inventory.SupportException;
import se.samverka.inventory.SupportRoundPage;
import se.samverka.inventory.SupportService;
import se.samverka.inventory.SupportTotals;
import se.samverka.model.Budget;
import se.samverka.model.BudgetLine;
import se.samverka.model.MunicipalSupport;
import se.samverka.model.Organisation;
import se.samverka.model.SupportRound;
import se.samverka.model.SupportStatus;
import se.samverka.model.rules.Labels;
import se.samverka.store.RecordsChanged;
import se.samverka.ui.SamverkaUi;
import se.samverka.ui.Widgets;

/**
 * The page of a support round: the municipalities offered, each one's application and decision, and the totals. The
 * selected municipality's application and decision are edited below the table; a coordinator sees only their own
 * municipality (the sync gives them no other) and the decision is shown, not editable. Opened without a round, the
 * page offers a new one to several municipalities at once. Reads and saves run as Jobs; a refusal is said in the
 * message line above the table.
 */
public class SupportRoundPart {

    @Inject
    private SupportService service;
    @Inject
    private InventoryService inventory;
    @Inject
    private MPart part;
    @Inject
    private UISynchronize ui;
    @Inject
    @Translation
    private SupportMessages messages;
    @Inject
    @Named(TranslationService.LOCALE)
    private Locale locale;

    private Composite parent;
    private Composite page;
    private Label message;
    private Table table;
    private Label totals;
    private Text appliedOn;
    private Text amountApplied;
    private Text decidedOn;
    private Text amountGranted;
    private final List<Control> decisionControls = new ArrayList<>();
    private final List<Control> applicationControls = new ArrayList<>();
    private SupportRoundPage shown;
    private String own;
    private String selectedId;

    @PostConstruct
    public void createControls(Composite parent) {
        this.parent = parent;
        parent.setLayout(new org.eclipse.swt.layout.FillLayout());
        String id = part.getPersistedState().get(SamverkaUi.RECORD_ID);
        if (id == null) {
            part.setLabel(messages.support_page_new);
            background(() -> new NewRound(service.mayDecide(), inventory.municipalities(),
                    service.programmeExpenseLines()), this::showNewRound);
        } else {
            part.setLabel(messages.support_page_loading);
            load(id);
        }
    }

    private record NewRound(boolean mayOffer, List<Organisation> municipalities, List<BudgetLine> lines) {
    }

    /** What the round's page shows, read in one go off the UI thread. */
    private record Shown(SupportRoundPage round, boolean mayDecide, String ownMunicipality) {
    }

    /** Reads the round (or the round of a municipality's support, as the conflicts view opens it). */
    private void load(String id) {
        background(() -> new Shown(service.round(id).orElse(null), service.mayDecide(), service.ownMunicipality()),
                this::showRound);
    }

    // --- A new round

    private void showNewRound(NewRound round) {
        Composite form = newPage();
        heading(form, messages.support_page_new);
        message = Widgets.named(Widgets.styled(new Label(form, SWT.WRAP), "message"), "support.message");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(message);
        if (!round.mayOffer()) {
            info(messages.support_offer_countyOnly);
            layout();
            return;
        }
        Text title = field(form, messages.support_offer_title, "support.offer.title");
        Text year = field(form, messages.support_offer_year, "support.offer.year");
        year.setText(String.valueOf(LocalDate.now().getYear()));
        label(form, messages.support_offer_paidFrom);
        Combo paidFrom = Widgets.named(new Combo(form, SWT.READ_ONLY), "support.offer.paidFrom");
        paidFrom.add(messages.support_page_noBudgetLine);
        round.lines().forEach(line -> paidFrom.add(lineText(line)));
        paidFrom.select(round.lines().isEmpty() ? 0 : 1);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(paidFrom);
        Label amountsLabel = label(form, messages.support_offer_amounts);
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(amountsLabel);
        Map<Organisation, Text> amounts = new LinkedHashMap<>();
        for (Organisation municipality : round.municipalities()) {
            amounts.put(municipality, field(form, municipality.getName(), "support.offer.amount."
                    + municipality.getName()));
        }
        Text note = field(form, messages.support_offer_note, "support.offer.note");
        Button offer = Widgets.named(new Button(form, SWT.PUSH), "support.offer");
        offer.setText(messages.support_offer_button);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(offer);
        offer.addListener(SWT.Selection, e -> {
            Map<Organisation, BigDecimal> offered = new LinkedHashMap<>();
            for (Map.Entry<Organisation, Text> amount : amounts.entrySet()) {
                if (!amount.getValue().getText().isBlank()) {
                    BigDecimal value = amount(amount.getValue());
                    if (value == null) {
                        return;
                    }
                    offered.put(amount.getKey(), value);
                }
            }
            int chosenYear;
            try {
                chosenYear = Integer.parseInt(year.getText().strip());
            } catch (NumberFormatException bad) {
                chosenYear = 0;
            }
            int theYear = chosenYear;
            String theTitle = title.getText();
            String theNote = note.getText().isBlank() ? null : note.getText();
            BudgetLine line = paidFrom.getSelectionIndex() <= 0 ? null
                    : round.lines().get(paidFrom.getSelectionIndex() - 1);
            save(() -> service.offer(theTitle, theYear, line, offered, theNote), made -> {
                part.getPersistedState().put(SamverkaUi.RECORD_ID, made.getId());
                load(made.getId());
            });
        });
        layout();
    }

    // --- A round's page

    private void showRound(Shown read) {
        SupportRoundPage round = read.round();
        if (round == null) {
            Composite empty = newPage();
            heading(empty, messages.support_page_notFound);
            part.setLabel(messages.support_heading);
            layout();
            return;
        }
        Map<String, String> typed = typedEdits();
        shown = round;
        SupportRound r = round.round();
        part.setLabel(r.getTitle() + " " + r.getSupportYear());
        Composite form = newPage();
        heading(form, r.getTitle() + " " + r.getSupportYear());
        Label about = Widgets.styled(new Label(form, SWT.WRAP), "secondary");
        about.setText(MessageFormat.format(messages.support_page_paidFrom, r.getBudgetLine() == null
                ? messages.support_page_noBudgetLine
                : (round.paidFrom() == null ? "" : round.paidFrom().getName() + " – ")
                        + r.getBudgetLine().getDescription())
                + (r.getNote() == null ? "" : "\n" + r.getNote()));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(400, SWT.DEFAULT).applyTo(about);
        message = Widgets.named(Widgets.styled(new Label(form, SWT.WRAP), "message"), "support.message");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(400, SWT.DEFAULT).applyTo(message);

        table = Widgets.named(new Table(form, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), "support.municipalities");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] headers = { messages.support_column_municipality, messages.support_column_status,
            messages.support_column_offered, messages.support_column_appliedOn, messages.support_column_applied,
            messages.support_column_decidedOn, messages.support_column_granted, messages.support_column_note };
        int[] widths = { 150, 80, 100, 95, 100, 110, 100, 150 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, i >= 2 && i != 3 && i != 5 && i != 7 ? SWT.RIGHT : SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1)
                .hint(SWT.DEFAULT, table.getItemHeight() * (round.supports().size() + 1) + table.getHeaderHeight() + 6)
                .applyTo(table);
        totals = Widgets.named(new Label(form, SWT.NONE), "support.totals");
        Widgets.heading(totals, new LocalResourceManager(JFaceResources.getResources(), totals), 0);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(totals);

        Label selected = Widgets.named(Widgets.styled(new Label(form, SWT.NONE), "secondary"), "support.selected");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(0, 6).applyTo(selected);

        Group application = group(form, messages.support_page_application);
        appliedOn = field(application, messages.support_page_appliedOn, "support.appliedOn");
        amountApplied = field(application, messages.support_page_amountApplied, "support.amountApplied");
        Composite applyButtons = buttons(application);
        Button apply = button(applyButtons, messages.support_page_apply, "support.apply");
        Button withdraw = button(applyButtons, messages.support_page_withdraw, "support.withdraw");
        applicationControls.clear();
        applicationControls.addAll(List.of(appliedOn, amountApplied, apply, withdraw));

        Group decision = group(form, messages.support_page_decision);
        decidedOn = field(decision, messages.support_page_decidedOn, "support.decidedOn");
        amountGranted = field(decision, messages.support_page_amountGranted, "support.amountGranted");
        Composite decideButtons = buttons(decision);
        Button grant = button(decideButtons, messages.support_page_grant, "support.grant");
        Button reject = button(decideButtons, messages.support_page_reject, "support.reject");
        decisionControls.clear();
        decisionControls.addAll(List.of(decidedOn, amountGranted, grant, reject));
        boolean mayDecide = read.mayDecide();
        own = read.ownMunicipality();
        if (!mayDecide) {
            Label county = Widgets.styled(new Label(decision, SWT.WRAP), "secondary");
            county.setText(messages.support_page_countyDecides);
            GridDataFactory.fillDefaults().span(2, 1).hint(250, SWT.DEFAULT).applyTo(county);
        }

        apply.addListener(SWT.Selection, e -> onSelected(support -> {
            LocalDate day = date(appliedOn);
            BigDecimal amount = day == null ? null : amount(amountApplied);
            if (amount != null) {
                save(() -> service.apply(support.getId(), day, amount), this::saved);
            }
        }));
        withdraw.addListener(SWT.Selection, e -> onSelected(support -> save(() -> service.withdraw(support.getId()),
                this::saved)));
        grant.addListener(SWT.Selection, e -> onSelected(support -> {
            LocalDate day = date(decidedOn);
            BigDecimal amount = day == null ? null : amount(amountGranted);
            if (amount != null) {
                save(() -> service.decide(support.getId(), SupportStatus.GRANTED, day, amount), this::saved);
            }
        }));
        reject.addListener(SWT.Selection, e -> onSelected(support -> {
            LocalDate day = date(decidedOn);
            if (day != null) {
                save(() -> service.decide(support.getId(), SupportStatus.REJECTED, day, null), this::saved);
            }
        }));
        table.addListener(SWT.Selection, e -> {
            int index = table.getSelectionIndex();
            selectedId = index < 0 ? null : shown.supports().get(index).getId();
            fillEditors(selected, mayDecide);
        });
        fillTable();
        int index = selectedId == null ? -1 : indexOf(selectedId);
        table.select(Math.max(index, 0));
        selectedId = shown.supports().isEmpty() ? null : shown.supports().get(Math.max(index, 0)).getId();
        fillEditors(selected, mayDecide);
        if (selectedId != null && selectedId.equals(typed.get(TYPED_FOR))) {
            editors().forEach((name, field) -> {
                if (typed.containsKey(name)) {
                    field.setText(typed.get(name));
                }
            });
        }
        layout();
    }

    /** The key of {@link #typedEdits()} that names the support the typing was for. */
    private static final String TYPED_FOR = "";

    /** What {@link #fillEditors} last wrote into each editor, by the editor's name, and for which support. */
    private final Map<String, String> filled = new LinkedHashMap<>();
    private String filledFor;

    /** The application's and the decision's editors, by name. */
    private Map<String, Text> editors() {
        Map<String, Text> editors = new LinkedHashMap<>();
        editors.put("appliedOn", appliedOn);
        editors.put("amountApplied", amountApplied);
        editors.put("decidedOn", decidedOn);
        editors.put("amountGranted", amountGranted);
        return editors;
    }

    /**
     * What the user typed into the editors and has not saved (each editor whose text is not what the page wrote
     * there), with the support it was typed for under {@link #TYPED_FOR}: a page read again (after a save, a sync or
     * another window's change) keeps it for the same support, as a typed decision date must not become today's.
     */
    private Map<String, String> typedEdits() {
        Map<String, String> typed = new LinkedHashMap<>();
        if (filledFor == null || decidedOn == null || decidedOn.isDisposed()) {
            return typed;
        }
        editors().forEach((name, field) -> {
            if (!field.isDisposed() && !field.getText().equals(filled.get(name))) {
                typed.put(name, field.getText());
            }
        });
        if (!typed.isEmpty()) {
            typed.put(TYPED_FOR, filledFor);
        }
        return typed;
    }

    private void fillTable() {
        table.removeAll();
        for (MunicipalSupport support : shown.supports()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { support.getMunicipality().getName(),
                support.getStatus() == null ? "" : Labels.of(support.getStatus(), locale),
                Amounts.format(support.getAmountOffered(), locale), day(support.getAppliedOn()),
                Amounts.format(support.getAmountApplied(), locale), day(support.getDecidedOn()),
                support.getStatus() == SupportStatus.GRANTED ? Amounts.format(support.getAmountGranted(), locale) : "",
                support.getNote() == null ? "" : support.getNote() });
        }
        SupportTotals sums = shown.totals();
        totals.setText(MessageFormat.format(messages.support_page_totals, Amounts.format(sums.offered(), locale),
                Amounts.format(sums.applied(), locale), Amounts.format(sums.granted(), locale)));
    }

    private void fillEditors(Label selected, boolean mayDecide) {
        MunicipalSupport support = selectedSupport();
        boolean mayApply = support != null && (mayDecide || support.getMunicipality().getId().equals(own));
        selected.setText(support == null ? messages.support_page_chooseMunicipality
                : MessageFormat.format(messages.support_page_selected, support.getMunicipality().getName(),
                        Labels.of(support.getStatus(), locale)));
        appliedOn.setText(support == null || support.getAppliedOn() == null ? "" : day(support.getAppliedOn()));
        amountApplied.setText(support == null ? "" : plain(support.getAmountApplied()));
        decidedOn.setText(support == null || support.getDecidedOn() == null ? LocalDate.now().toString()
                : day(support.getDecidedOn()));
        amountGranted.setText(support == null ? "" : plain(support.getStatus() == SupportStatus.GRANTED
                ? support.getAmountGranted() : support.getAmountApplied()));
        applicationControls.forEach(c -> c.setEnabled(mayApply));
        decisionControls.forEach(c -> c.setEnabled(mayDecide && support != null));
        filled.clear();
        editors().forEach((name, field) -> filled.put(name, field.getText()));
        filledFor = support == null ? null : support.getId();
    }

    private void saved(MunicipalSupport support) {
        selectedId = support.getId();
        info(MessageFormat.format(messages.support_page_saved, support.getMunicipality().getName(),
                Labels.of(support.getStatus(), locale)));
        load(shown.round().getId());
    }

    /** The message line's text, kept across the page's rebuilds (after a save, a sync). */
    private String messageText = "";
    private boolean messageIsError;

    /** Another save, a sync or another window changed the round's records: read the page again. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void recordsChanged(@UIEventTopic(SamverkaUi.TOPIC_RECORDS_CHANGED) RecordsChanged changed) {
        if (shown != null && page != null && !page.isDisposed()) {
            load(shown.round().getId());
        }
    }

    // --- Helpers

    private MunicipalSupport selectedSupport() {
        int index = selectedId == null ? -1 : indexOf(selectedId);
        return index < 0 ? null : shown.supports().get(index);
    }

    private int indexOf(String id) {
        for (int i = 0; i < shown.supports().size(); i++) {
            if (shown.supports().get(i).getId().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void onSelected(Consumer<MunicipalSupport> action) {
        MunicipalSupport support = selectedSupport();
        if (support == null) {
            error(messages.support_page_chooseMunicipality);
        } else {
            action.accept(support);
        }
    }

    /** A date typed as 2020-03-16; null (and the message said) when it is not one. */
    private LocalDate date(Text field) {
        try {
            return LocalDate.parse(field.getText().strip());
        } catch (DateTimeParseException e) {
            error(MessageFormat.format(messages.support_page_badDate, field.getText().strip()));
            field.setFocus();
            return null;
        }
    }

    /**
     * An amount typed as the user's language writes it ("150 000", "30 000,50", "150000 kr"); null (and said) when it
     * is not one.
     */
    private BigDecimal amount(Text field) {
        try {
            BigDecimal amount = Amounts.parse(field.getText(), locale);
            if (amount == null) {
                throw new Amounts.InvalidAmountException(field.getText(),
                        MessageFormat.format(messages.support_page_badAmount, field.getText().strip()));
            }
            return amount;
        } catch (Amounts.InvalidAmountException e) {
            error(e.getMessage());
            field.setFocus();
            return null;
        }
    }

    private String plain(BigDecimal amount) {
        return amount == null ? "" : Amounts.number(amount, locale).replace('\u00a0', ' ');
    }

    private static String day(Date date) {
        return date == null ? "" : date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
    }

    private String lineText(BudgetLine line) {
        String budget = line.eContainer() instanceof Budget b ? b.getName() : "";
        return budget + " – " + line.getDescription();
    }

    private void error(String text) {
        messageText = text;
        messageIsError = true;
        showMessage();
    }

    private void info(String text) {
        messageText = text;
        messageIsError = false;
        showMessage();
    }

    private void showMessage() {
        if (message != null && !message.isDisposed()) {
            message.setText(messageText);
            message.setForeground(messageIsError ? message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
            message.getParent().layout(true, true);
        }
    }

    private interface Step<T> {
        T run() throws SupportException;
    }

    /** Runs a step of the service as a Job; its refusal is shown in the message line, its result on the UI thread. */
    private <T> void save(Step<T> step, Consumer<T> done) {
        info("");
        Job job = Job.create(messages.support_heading, monitor -> {
            try {
                T result = step.run();
                ui.asyncExec(() -> {
                    if (page != null && !page.isDisposed()) {
                        done.accept(result);
                    }
                });
            } catch (SupportException refused) {
                ui.asyncExec(() -> error(refused.message(locale)));
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    /** Reads in a Job and shows on the UI thread. */
    private <T> void background(Callable<T> read, Consumer<T> show) {
        Job job = Job.create(messages.support_heading, monitor -> {
            try {
                T result = read.call();
                ui.asyncExec(() -> {
                    if (!parent.isDisposed()) {
                        show.accept(result);
                        showMessage();
                    }
                });
                return Status.OK_STATUS;
            } catch (Exception e) {
                ui.asyncExec(() -> error(String.valueOf(e.getMessage())));
                return Status.error("Cannot read the support round", e);
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    private Composite newPage() {
        if (page != null && !page.isDisposed()) {
            page.dispose();
        }
        ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        page = scroller;
        Composite form = Widgets.styled(new Composite(scroller, SWT.NONE), "listPage");
        GridLayoutFactory.fillDefaults().margins(16, 12).spacing(8, 6).numColumns(2).applyTo(form);
        scroller.setContent(form);
        return form;
    }

    private void layout() {
        ScrolledComposite scroller = (ScrolledComposite) page;
        Control content = scroller.getContent();
        scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        parent.layout(true, true);
    }

    private void heading(Composite form, String text) {
        Label heading = Widgets.heading(Widgets.styled(new Label(form, SWT.NONE), "heading"),
                new LocalResourceManager(JFaceResources.getResources(), form), 4);
        heading.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(heading);
    }

    private static Label label(Composite form, String text) {
        Label label = new Label(form, SWT.NONE);
        label.setText(text);
        return label;
    }

    private static Text field(Composite form, String labelText, String id) {
        label(form, labelText);
        Text text = Widgets.named(new Text(form, SWT.BORDER), id);
        GridDataFactory.fillDefaults().grab(true, false).hint(110, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private static Group group(Composite form, String text) {
        Group group = new Group(form, SWT.NONE);
        group.setText(text);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.TOP).applyTo(group);
        return group;
    }

    private static Composite buttons(Composite group) {
        Composite row = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(row);
        return row;
    }

    private static Button button(Composite row, String text, String id) {
        Button button = Widgets.named(new Button(row, SWT.PUSH), id);
        button.setText(text);
        return button;
    }

    @Focus
    public void setFocus() {
        if (table != null && !table.isDisposed()) {
            table.setFocus();
        } else if (page != null && !page.isDisposed()) {
            page.setFocus();
        }
    }
}
