package se.samverka.inventory.ui.internal.overview;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.inventory.Amounts;
import se.samverka.inventory.BudgetTotals;
import se.samverka.inventory.charts.ProjectCharts;
import se.samverka.inventory.records.CountyOverview;
import se.samverka.inventory.records.Finding;
import se.samverka.inventory.records.MunicipalityService;
import se.samverka.inventory.records.RecordState;
import se.samverka.inventory.ui.internal.budgets.ChartView;
import se.samverka.inventory.ui.internal.municipality.BackgroundRead;
import se.samverka.inventory.ui.internal.municipality.MunicipalityPagePart;
import se.samverka.inventory.ui.internal.municipality.ReadingPart;
import se.samverka.inventory.ui.internal.municipality.StateStyle;
import se.samverka.model.FocusArea;
import se.samverka.model.MunicipalRecordKind;
import se.samverka.model.PreventionMethod;
import se.samverka.model.rules.Labels;
import se.samverka.ui.Widgets;

/**
 * The county overview: every municipality the user sees × kind of statutory record, each cell the date and the state
 * in colour and words, for a year (the state at the year's end, or today in the current year); and the projects
 * active in the year per municipality by focus area and by method, in tables and in charts ({@link ProjectCharts});
 * and the totals of each municipality's project budgets for the year, planned against actual, with the county's
 * total and the county programme's budget. A double-click on a row opens the municipality page. Read in a Job, in a
 * few statements ({@link MunicipalityService#overview}), and read again when records, projects or budgets change.
 */
public class CountyOverviewPart extends ReadingPart {

    /** How many years back the year filter goes. */
    static final int YEARS = 6;
    private static final Set<String> TYPES = Set.of("MunicipalRecord", "Organisation", "LocalProject", "Budget",
            "BudgetLine");

    @Inject
    private MunicipalityService service;
    @Inject
    private EPartService parts;
    @Inject
    private UISynchronize ui;
    @Inject
    @Translation
    private OverviewMessages messages;
    @Inject
    @Translation
    private se.samverka.inventory.ui.internal.municipality.MunicipalityMessages states;
    @Inject
    @Named(TranslationService.LOCALE)
    private Locale locale;

    private ScrolledComposite scroller;
    private Composite page;
    private Combo year;
    private Label asOf;
    private Table matrix;
    private CountGrid byFocus;
    private CountGrid byMethod;
    // Job "overview" (issue 13, item 3): budget totals per municipality and the charts of active projects.
    private Label budgetHeading;
    private Table budgets;
    private ChartView focusChart;
    private ChartView methodChart;
    private BackgroundRead<CountyOverview> reader;
    private volatile int shownYear;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        var resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        scroller = Widgets.styled(new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL), "form");
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        page = Widgets.styled(new Composite(scroller, SWT.NONE), "listPage");
        page.setBackgroundMode(SWT.INHERIT_DEFAULT);
        scroller.setContent(page);
        GridLayoutFactory.fillDefaults().margins(16, 12).spacing(8, 6).numColumns(3).applyTo(page);

        Label title = Widgets.heading(Widgets.styled(new Label(page, SWT.NONE), "heading"), resources, 4);
        title.setText(messages.overview_heading);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        Label yearLabel = new Label(page, SWT.NONE);
        yearLabel.setText(messages.overview_year);
        year = Widgets.named(new Combo(page, SWT.READ_ONLY), "overview.year");
        int thisYear = LocalDate.now().getYear();
        for (int y = thisYear; y > thisYear - YEARS; y--) {
            year.add(String.valueOf(y));
        }
        year.select(0);
        year.addListener(SWT.Selection, e -> load());
        Label lead = Widgets.styled(new Label(page, SWT.WRAP), "secondary");
        lead.setText(messages.overview_description);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(lead);
        asOf = Widgets.named(new Label(page, SWT.NONE), "overview.asOf");
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(asOf);

        matrix = table("overview.matrix", 160);
        column(matrix, messages.overview_column_municipality, 18);
        for (MunicipalRecordKind kind : MunicipalRecordKind.VALUES) {
            column(matrix, Finding.kindName(kind, locale), 24);
        }
        // A short header for a column of small numbers, the full name as its tooltip: the matrix fits beside the
        // navigation at 1440 pixels.
        column(matrix, messages.overview_column_active, 6).setToolTipText(messages.overview_column_activeTooltip);
        matrix.addListener(SWT.DefaultSelection, e -> {
            if (e.item != null && e.item.getData() instanceof CountyOverview.Row row) {
                MunicipalityPagePart.open(parts, row.id(), row.name());
            }
        });
        // The read starts now, in a Job, while the rest of the page is made: it is as long as making the page.
        reader = new BackgroundRead<>(messages.overview_loading, TYPES, matrix, ui,
                () -> service.overview(shownYear, LocalDate.now()), this::show, e -> asOf.setText(
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        reading(reader);
        load();
        Label legend = Widgets.styled(new Label(page, SWT.WRAP), "secondary");
        legend.setText(messages.overview_legend);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(legend);

        budgetHeading = subheading(resources, MessageFormat.format(messages.overview_budgets, year.getText()));
        budgets = table("overview.budgets", 160);
        Label budgetNote = Widgets.styled(new Label(page, SWT.WRAP), "secondary");
        budgetNote.setText(messages.overview_budgets_note);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(budgetNote);

        subheading(resources, messages.overview_byFocus);
        byFocus = grid("overview.byFocus", messages.overview_byFocus);
        subheading(resources, messages.overview_byMethod);
        byMethod = grid("overview.byMethod", messages.overview_byMethod);
        charts(resources);
        // A new width changes only the wrapped texts' heights: the scroller lays the page out at its new size itself.
        scroller.addListener(SWT.Resize, e -> fitHeight());
    }

    private CountGrid grid(String name, String heading) {
        CountGrid grid = new CountGrid(page, heading);
        Widgets.named(grid.control(), name);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(SWT.DEFAULT, grid.preferredHeight())
                .applyTo(grid.control());
        return grid;
    }

    private Label subheading(LocalResourceManager resources, String text) {
        return subheading(page, 3, resources, text);
    }

    private static Label subheading(Composite parent, int span, LocalResourceManager resources, String text) {
        Label label = Widgets.heading(Widgets.styled(new Label(parent, SWT.NONE), "subheading"), resources, 1);
        label.setText(text);
        GridDataFactory.fillDefaults().span(span, 1).grab(true, false).indent(0, 10).applyTo(label);
        return label;
    }

    /** The charts of active projects by focus area and by method, side by side. */
    private void charts(LocalResourceManager resources) {
        Composite charts = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).spacing(16, 6).applyTo(charts);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(charts);
        subheading(charts, 1, resources, messages.overview_chart_byFocus);
        subheading(charts, 1, resources, messages.overview_chart_byMethod);
        focusChart = new ChartView(charts, locale);
        Widgets.named(focusChart.control(), "overview.chart.byFocus");
        methodChart = new ChartView(charts, locale);
        Widgets.named(methodChart.control(), "overview.chart.byMethod");
        int bars = Math.max(FocusArea.VALUES.size(), PreventionMethod.VALUES.size());
        int height = bars * (charts.getFont().getFontData()[0].getHeight() * 2 + 6) + 70;
        GridDataFactory.fillDefaults().grab(true, false).hint(300, height).applyTo(focusChart.control());
        GridDataFactory.fillDefaults().grab(true, false).hint(300, height).applyTo(methodChart.control());
    }

    private Table table(String name, int height) {
        Table table = Widgets.named(new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), name);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(SWT.DEFAULT, height).applyTo(table);
        return table;
    }

    private static TableColumn column(Table table, String header, int chars) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(header);
        column.setWidth(chars * 8);
        return column;
    }

    private void load() {
        shownYear = Integer.parseInt(year.getText());
        reader.load();
    }

    private void show(CountyOverview overview) {
        asOf.setText(MessageFormat.format(messages.overview_asOf, overview.day().toString()));
        matrix.removeAll();
        for (CountyOverview.Row row : overview.rows()) {
            TableItem item = new TableItem(matrix, SWT.NONE);
            item.setData(row);
            item.setText(0, row.name());
            int column = 1;
            for (MunicipalRecordKind kind : MunicipalRecordKind.VALUES) {
                RecordState state = row.state(kind);
                item.setText(column, cell(state));
                item.setBackground(column, StateStyle.background(state.severity()));
                item.setForeground(column, StateStyle.foreground(state.severity()));
                column++;
            }
            item.setText(column, String.valueOf(row.activeProjects()));
        }
        counts(byFocus, messages.overview_column_focusArea, overview, FocusArea.VALUES,
                CountyOverview.Row::byFocusArea);
        counts(byMethod, messages.overview_column_method, overview, PreventionMethod.VALUES,
                CountyOverview.Row::byMethod);
        budgets(overview);
        focusChart.show(ProjectCharts.focusAreaChart(overview, locale, focusChart.font()));
        methodChart.show(ProjectCharts.methodChart(overview, locale, methodChart.font()));
        fit(matrix, overview.rows().size());
        pack(matrix);
        relayout();
    }

    /**
     * The budget totals: per municipality its projects' budgets of the year, income and expenses planned and actual,
     * the expenses' actual against planned in % and the actual result; then the county's total (for county staff, who see more than one
     * municipality) and the county programme's budget.
     */
    private void budgets(CountyOverview overview) {
        budgetHeading.setText(MessageFormat.format(messages.overview_budgets, String.valueOf(overview.year())));
        budgets.setRedraw(false);
        budgets.removeAll();
        if (budgets.getColumnCount() == 0) {
            column(budgets, messages.overview_column_municipality, 18);
            for (String header : List.of(messages.overview_budget_incomePlanned,
                    messages.overview_budget_incomeActual, messages.overview_budget_expensesPlanned,
                    messages.overview_budget_expensesActual, messages.overview_budget_percent,
                    messages.overview_budget_resultActual)) {
                column(budgets, header, 12).setAlignment(SWT.RIGHT);
            }
        }
        for (CountyOverview.Row row : overview.rows()) {
            budgetRow(row.name(), row.budget()).setData(row);
        }
        int lines = overview.rows().size();
        if (overview.rows().size() > 1) {
            TableItem total = budgetRow(messages.overview_total, overview.budgetTotal());
            total.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            lines++;
        }
        budgetRow(messages.overview_budget_programme, overview.programme());
        fit(budgets, lines + 1);
        pack(budgets);
        budgets.setRedraw(true);
    }

    private TableItem budgetRow(String name, BudgetTotals totals) {
        TableItem item = new TableItem(budgets, SWT.NONE);
        item.setText(0, name);
        // Seven columns, so that the table reads without scrolling sideways beside the navigation at 1440 pixels.
        item.setText(1, Amounts.format(totals.plannedIncome(), locale));
        item.setText(2, Amounts.format(totals.actualIncome(), locale));
        item.setText(3, Amounts.format(totals.plannedExpenses(), locale));
        item.setText(4, Amounts.format(totals.actualExpenses(), locale));
        item.setText(5, Amounts.percent(totals.expenses().percent(), locale));
        item.setText(6, Amounts.format(totals.result().actual(), locale));
        return item;
    }

    /** A cell: the date and the state in words, e.g. "2025-03-14 · Aktuell", or "Saknas". */
    private String cell(RecordState state) {
        String status = Finding.statusName(state.status(), locale);
        return state.latest() == null ? status : state.latest() + " · " + status;
    }

    /**
     * A table of active projects counted by the values of an enumeration: a row per value (focus area, method), a
     * column per municipality (its short name, the full name as the column's tooltip) and a column with the county's
     * total. Turned this way the table reads without scrolling sideways: the values' long names sit in one column,
     * the municipalities' short names head narrow columns of numbers. Drawn ({@link CountGrid}): a native table's
     * columns cost too much on GTK at 50 municipalities.
     */
    private <E extends Enum<E> & Enumerator> void counts(CountGrid grid, String header, CountyOverview overview,
            List<E> values, Function<CountyOverview.Row, Map<E, Integer>> counts) {
        List<CountyOverview.Row> rows = overview.rows();
        List<String> headers = new ArrayList<>(rows.size() + 2);
        List<String> tips = new ArrayList<>(rows.size() + 2);
        headers.add(header);
        tips.add(null);
        for (CountyOverview.Row row : rows) {
            headers.add(shortName(row.name()));
            tips.add(row.name());
        }
        headers.add(messages.overview_total);
        tips.add(null);
        List<List<String>> lines = new ArrayList<>(values.size());
        for (E value : values) {
            List<String> cells = new ArrayList<>(rows.size() + 2);
            cells.add(Labels.of(value, locale));
            int total = 0;
            for (CountyOverview.Row row : rows) {
                int count = counts.apply(row).getOrDefault(value, 0);
                total += count;
                cells.add(count == 0 ? "" : String.valueOf(count));
            }
            cells.add(String.valueOf(total));
            lines.add(cells);
        }
        grid.show(headers, tips, lines);
        ((org.eclipse.swt.layout.GridData) grid.control().getLayoutData()).heightHint = grid.preferredHeight();
    }

    /** A municipality's name without " kommun" (and the genitive s before it): "Östhammars kommun" → "Östhammar". */
    static String shortName(String name) {
        return name.replaceFirst("s? kommun$", "");
    }

    /**
     * Each column as wide as its header and cells, so that no name or date is cut off: the width
     * {@link TableColumn#pack()} gives on GTK (the widest text, the header's in bold, and 8 pixels of padding; at
     * least 24), worked out from the texts. {@code pack} asks GTK for every cell's size, which was a sixth of the
     * overview's opening on 50 municipalities.
     */
    private void pack(Table table) {
        TableColumn[] columns = table.getColumns();
        int[] widths = new int[columns.length];
        GC gc = new GC(table);
        try {
            gc.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
            for (int c = 0; c < columns.length; c++) {
                widths[c] = gc.textExtent(columns[c].getText()).x;
            }
            for (TableItem item : table.getItems()) {
                gc.setFont(item.getFont());
                for (int c = 0; c < columns.length; c++) {
                    widths[c] = Math.max(widths[c], gc.textExtent(item.getText(c)).x);
                }
            }
        } finally {
            gc.dispose();
        }
        for (int c = 0; c < columns.length; c++) {
            columns[c].setWidth(Math.max(24, widths[c] + 8) + 4);
        }
    }

    private static void fit(Table table, int rows) {
        // Room for the horizontal scroll bar too: the tables by focus area and method are wider than a laptop.
        int scrollBar = table.getHorizontalBar() == null ? 0 : table.getHorizontalBar().getSize().y;
        ((org.eclipse.swt.layout.GridData) table.getLayoutData()).heightHint = table.getHeaderHeight()
                + table.getItemHeight() * Math.max(2, Math.min(rows, 20)) + 6 + scrollBar;
    }

    /**
     * The page laid out anew after its tables were filled, in one pass: the sizes of what changed worked out again (the
     * wrapped texts keep theirs), the scroller lays the page out at its new size, or the page itself when its size
     * stayed.
     */
    private void relayout() {
        if (scroller.isDisposed()) {
            return;
        }
        page.changed(new Control[] { asOf, matrix, budgetHeading, budgets, byFocus.control(), byMethod.control() });
        Point before = page.getSize();
        scroller.setMinSize(page.computeSize(Math.max(scroller.getClientArea().width, 600), SWT.DEFAULT));
        if (page.getSize().equals(before)) {
            page.layout(false, false);
        }
    }

    /** The scroller's content as tall as the page is at the scroller's width (at least 600 pixels wide). */
    private void fitHeight() {
        if (!scroller.isDisposed()) {
            scroller.setMinSize(page.computeSize(Math.max(scroller.getClientArea().width, 600), SWT.DEFAULT));
        }
    }

    @Focus
    public void setFocus() {
        matrix.setFocus();
    }
}
