package se.samverka.inventory.followup;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;

import se.samverka.inventory.Amounts;
import se.samverka.inventory.BudgetSheet;
import se.samverka.inventory.BudgetSheet.PlannedActual;
import se.samverka.inventory.BudgetTotals;
import se.samverka.inventory.charts.BudgetChart;
import se.samverka.inventory.records.Finding;
import se.samverka.inventory.records.RecordState;
import se.samverka.model.MunicipalRecordKind;
import se.samverka.reports.DocumentInfo;
import se.samverka.reports.Report;
import se.samverka.reports.Table;
import se.samverka.reports.TextStyle;

/**
 * The follow-up report (uppföljningsrapport) as PDF/A-2u, in Swedish or English: the scope and period, the projects
 * active in the period with status and period and their indicators (baseline, target against outcome), the statutory
 * records' state, the budget planned against actual per year with its totals and chart, and the support given.
 * Amounts are written by {@link Amounts} exactly as the budget page and the support list show them. Made from a
 * {@link FollowUp}; no store, no UI.
 */
public final class FollowUpDocument {

    /** The chart's size in the PDF (mm) and its resolution (pixels per mm: 8 ≈ 200 dpi). */
    private static final float CHART_WIDTH = 170;
    private static final float CHART_HEIGHT = 85;
    private static final int CHART_PIXELS_PER_MM = 8;
    /** Room for a heading, a table's header row and its first row (mm): a heading never ends a page alone. */
    private static final float HEADING_AND_ROW = 36;

    private final Locale locale;
    private final String creatorTool;

    /**
     * @param locale      the language: English for a locale whose language is English, else Swedish
     * @param creatorTool the application writing it, e.g. "Samverka 0.1.0"
     */
    public FollowUpDocument(Locale locale, String creatorTool) {
        this.locale = FollowUpTexts.language(locale);
        this.creatorTool = creatorTool;
    }

    /** The language the report is written in (sv-SE or en-GB). */
    public Locale locale() {
        return locale;
    }

    /** The report's title, e.g. "Uppföljningsrapport – delrapport". */
    public String title(FollowUp report) {
        return text("kind." + report.request().kind().name());
    }

    /** The period as the report writes it: "2025–2026", or "2026" for one year. */
    public static String period(FollowUpRequest request) {
        return request.fromYear() == request.toYear() ? String.valueOf(request.fromYear())
                : request.fromYear() + "\u2013" + request.toYear();
    }

    /** Writes the report. */
    public void write(FollowUp report, OutputStream out) throws IOException {
        String title = title(report);
        String period = period(report.request());
        ZonedDateTime now = ZonedDateTime.now();
        DocumentInfo info = new DocumentInfo(title + " \u2013 " + report.scope() + " " + period,
                text("document.author"), report.scope() + ", " + period, locale, creatorTool, now);
        try (Report pdf = Report.create(info)) {
            pdf.text(title, TextStyle.bold(20));
            pdf.space(2);
            pdf.text(report.scope(), TextStyle.bold(14));
            pdf.text(text("document.period", period), TextStyle.regular(12));
            pdf.space(1);
            pdf.text(text("document.made", now.toLocalDate().toString(), report.day().toString()),
                    TextStyle.regular(9));
            projects(pdf, report);
            indicators(pdf, report);
            records(pdf, report);
            budget(pdf, report);
            support(pdf, report);
            pdf.pageNumbers((page, pages) -> text("document.footer", title, report.scope(), period, page, pages));
            pdf.save(out);
        }
    }

    private void projects(Report pdf, FollowUp report) throws IOException {
        section(pdf, text("section.projects") + " (" + report.projects().size() + ")");
        if (report.projects().isEmpty()) {
            pdf.text(text("projects.none"), TextStyle.BODY);
            return;
        }
        boolean programme = report.request().programme();
        List<List<String>> rows = new ArrayList<>();
        for (FollowUp.Project p : report.projects()) {
            List<String> row = new ArrayList<>();
            row.add(p.title());
            if (programme) {
                row.add(p.municipality());
            }
            row.add(p.status() == null ? "" : text("status." + p.status().name()));
            row.add(dates(p.startsOn(), p.endsOn()));
            rows.add(row);
        }
        List<Table.Column> columns = new ArrayList<>();
        columns.add(new Table.Column(text("column.project"), programme ? 64 : 100));
        if (programme) {
            columns.add(new Table.Column(text("column.municipality"), 38));
        }
        columns.add(new Table.Column(text("column.status"), 22));
        columns.add(new Table.Column(text("column.period"), 44));
        pdf.table(new Table(columns, rows, 0, 0));
    }

    private void indicators(Report pdf, FollowUp report) throws IOException {
        List<FollowUp.Project> withIndicators = report.projects().stream().filter(p -> !p.indicators().isEmpty())
                .toList();
        if (report.projects().isEmpty()) {
            return;
        }
        section(pdf, text("section.indicators"));
        if (withIndicators.isEmpty()) {
            pdf.text(text("indicators.none"), TextStyle.BODY);
            return;
        }
        for (FollowUp.Project p : withIndicators) {
            pdf.keepTogether(HEADING_AND_ROW);
            pdf.space(2);
            pdf.text(p.title() + (report.request().programme() && !p.municipality().isEmpty()
                    ? " \u2013 " + p.municipality() : ""), TextStyle.bold(11));
            pdf.space(1);
            List<List<String>> rows = new ArrayList<>();
            for (FollowUp.Indicator indicator : p.indicators()) {
                String name = indicator.name() + (indicator.unit().isEmpty() ? "" : " (" + indicator.unit() + ")");
                String baseline = number(indicator.baseline());
                if (indicator.values().isEmpty()) {
                    rows.add(List.of(name, baseline, "", "", "", text("indicators.noValues")));
                }
                boolean first = true;
                for (FollowUp.Value value : indicator.values()) {
                    rows.add(List.of(first ? name : "", first ? baseline : "", value.period(), number(value.target()),
                            number(value.outcome()), value.comment()));
                    first = false;
                }
            }
            pdf.table(new Table(List.of(new Table.Column(text("column.indicator"), 48),
                    new Table.Column(text("column.baseline"), 28), new Table.Column(text("column.indicatorPeriod"), 17),
                    new Table.Column(text("column.target"), 17), new Table.Column(text("column.outcome"), 20),
                    new Table.Column(text("column.comment"), 40)), rows, 0, 0));
        }
    }

    private void records(Report pdf, FollowUp report) throws IOException {
        section(pdf, text("section.records"));
        if (report.records().isEmpty()) {
            pdf.text(text("records.none"), TextStyle.BODY);
            return;
        }
        List<Table.Column> columns = new ArrayList<>();
        columns.add(new Table.Column(text("column.municipality"), 34));
        for (MunicipalRecordKind kind : kinds()) {
            // The column's own heading: "Samverkansöverenskommelse" is wider than a fifth of the page, so it is
            // hyphenated where Swedish breaks it (and its column is the widest), not cut where the letters run out.
            columns.add(new Table.Column(text("records.column." + kind.name()), switch (kind) {
                case COOPERATION_AGREEMENT -> 40;
                case CITIZEN_PROMISE -> 36;
                default -> 30;
            }));
        }
        List<List<String>> rows = new ArrayList<>();
        for (FollowUp.Records municipality : report.records()) {
            List<String> row = new ArrayList<>();
            row.add(municipality.municipality());
            for (MunicipalRecordKind kind : kinds()) {
                row.add(state(municipality.states().get(kind)));
            }
            rows.add(row);
        }
        pdf.table(new Table(columns, rows, 0, 0));
        if (!report.request().programme()) {
            pdf.space(3);
            pdf.text(text("records.findings"), TextStyle.bold(11));
            if (report.findings().isEmpty()) {
                pdf.text(text("records.noFindings"), TextStyle.BODY);
            }
            for (Finding finding : report.findings()) {
                pdf.text("\u2022 " + finding.text(locale) + " " + finding.action(locale), TextStyle.BODY);
            }
        }
    }

    private void budget(Report pdf, FollowUp report) throws IOException {
        section(pdf, text("section.budget"));
        BudgetSheet sheet = report.budget();
        if (sheet.isEmpty()) {
            pdf.text(text("budget.none"), TextStyle.BODY);
            return;
        }
        pdf.text(text("budget.lead") + (report.request().programme() ? "" : " " + text("budget.projectsLead")),
                TextStyle.regular(9));
        pdf.space(1.5f);
        List<List<String>> rows = new ArrayList<>();
        BudgetTotals total = BudgetTotals.ZERO;
        for (int year : sheet.yearNumbers()) {
            BudgetTotals totals = BudgetTotals.of(sheet, year);
            rows.add(budgetRow(String.valueOf(year), totals));
            total = total.plus(totals);
        }
        rows.add(budgetRow(text("row.total"), total));
        pdf.table(new Table(List.of(new Table.Column(text("column.year"), 16),
                new Table.Column(text("column.incomePlanned"), 26), new Table.Column(text("column.incomeActual"), 26),
                new Table.Column(text("column.expensesPlanned"), 26),
                new Table.Column(text("column.expensesActual"), 26),
                new Table.Column(text("column.resultPlanned"), 26), new Table.Column(text("column.resultActual"), 26)),
                rows, 0, 0));
        pdf.space(1.5f);
        pdf.text(text("budget.expensesShare", Amounts.percent(total.expenses().percent(), locale)), TextStyle.BODY);
        pdf.keepTogether(CHART_HEIGHT + 12);
        pdf.space(3);
        pdf.text(text("budget.chart"), TextStyle.bold(11));
        pdf.space(1);
        JFreeChart chart = BudgetChart.chart(sheet, locale, Report.awtFont(false, 10 * CHART_PIXELS_PER_MM / 2.835f));
        forPrint(chart);
        BufferedImage image = BudgetChart.image(chart, Math.round(CHART_WIDTH * CHART_PIXELS_PER_MM),
                Math.round(CHART_HEIGHT * CHART_PIXELS_PER_MM));
        pdf.image(image, CHART_WIDTH, CHART_HEIGHT);
    }

    /**
     * The chart as it reads on paper: at the print resolution JFreeChart's default legend squares (6 px) are specks
     * and the items run into each other, so the squares are made the size of the text and spaced apart; the amounts'
     * labels get room above and below, so the axis picks fewer, rounder steps.
     */
    private static void forPrint(JFreeChart chart) {
        ValueAxis amounts = chart.getCategoryPlot().getRangeAxis();
        amounts.setTickLabelInsets(new RectangleInsets(1.5 * CHART_PIXELS_PER_MM, 4, 1.5 * CHART_PIXELS_PER_MM, 4));
        double square = 3.2 * CHART_PIXELS_PER_MM;
        BarRenderer renderer = (BarRenderer) chart.getCategoryPlot().getRenderer();
        renderer.setDefaultLegendShape(new Rectangle2D.Double(-square / 2, -square / 2, square, square));
        LegendTitle legend = chart.getLegend();
        legend.setItemLabelPadding(new RectangleInsets(2, 1.5 * CHART_PIXELS_PER_MM, 2, 4 * CHART_PIXELS_PER_MM));
        legend.setMargin(new RectangleInsets(2 * CHART_PIXELS_PER_MM, 0, 0, 0));
    }

    /** A year's (or the period's) totals as the budget page and the county overview show them (BudgetTotals). */
    private List<String> budgetRow(String label, BudgetTotals totals) {
        PlannedActual result = totals.result();
        return List.of(label, amount(totals.plannedIncome()), amount(totals.actualIncome()),
                amount(totals.plannedExpenses()), amount(totals.actualExpenses()), amount(result.planned()),
                amount(result.actual()));
    }

    private void support(Report pdf, FollowUp report) throws IOException {
        section(pdf, text("section.support"));
        if (report.support().isEmpty()) {
            pdf.text(text("support.none"), TextStyle.BODY);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (FollowUp.Support s : report.support()) {
            rows.add(List.of(s.round() + " (" + s.year() + ")", s.municipality(),
                    s.status() == null ? "" : text("support." + s.status().name()), Amounts.format(s.offered(), locale),
                    Amounts.format(s.applied(), locale), Amounts.format(s.granted(), locale)));
        }
        rows.add(List.of(text("row.sum"), "", "", Amounts.format(report.supportTotals().offered(), locale),
                Amounts.format(report.supportTotals().applied(), locale),
                Amounts.format(report.supportTotals().granted(), locale)));
        pdf.table(new Table(List.of(new Table.Column(text("column.round"), 40),
                new Table.Column(text("column.municipality"), 36), new Table.Column(text("column.status"), 19),
                new Table.Column(text("column.offered"), 25), new Table.Column(text("column.applied"), 25),
                new Table.Column(text("column.granted"), 25)), rows, 0, 0));
    }

    private static List<MunicipalRecordKind> kinds() {
        return List.of(MunicipalRecordKind.SITUATION_PICTURE, MunicipalRecordKind.ACTION_PLAN,
                MunicipalRecordKind.COOPERATION_AGREEMENT, MunicipalRecordKind.CITIZEN_PROMISE);
    }

    /** A record kind's state as the overview's cell shows it: the status, and the date that matters. */
    private String state(RecordState state) {
        if (state == null) {
            return "";
        }
        String name = Finding.statusName(state.status(), locale);
        LocalDate date = state.latest();
        return date == null ? name : name + "\n" + date;
    }

    private String dates(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn == null) {
            return "";
        }
        return endsOn == null ? text("open.period", startsOn.toString()) : startsOn + " \u2013 " + endsOn;
    }

    /** An indicator's number as people write it: grouped, decimals only when there are any. */
    private String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() <= 0) {
            return amount(plain);
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.min(plain.scale(), 2));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(plain);
    }

    /**
     * An amount in a column headed in kronor, as the budget page shows it ({@link Amounts#number}); in English with
     * its minus sign, which {@code Amounts.number} leaves to {@link Amounts#format} (a negative result must not read
     * as a surplus).
     */
    private String amount(BigDecimal value) {
        String number = Amounts.number(value, locale);
        return value != null && value.signum() < 0 && !number.startsWith("\u2212") ? "\u2212" + number : number;
    }

    private void section(Report pdf, String heading) throws IOException {
        pdf.keepTogether(HEADING_AND_ROW + 8);
        pdf.space(6);
        pdf.text(heading, TextStyle.bold(13));
        pdf.space(1.5f);
    }

    private String text(String key, Object... arguments) {
        return FollowUpTexts.get(locale, key, arguments);
    }
}
