package se.samverka.inventory.ui.internal.overview;

import org.eclipse.e4.core.services.nls.Message;

/** The texts of the county overview, from {@code OSGI-INF/l10n/bundle*.properties}. */
@Message
public class OverviewMessages {
    public String overview_heading;
    public String overview_description;
    public String overview_year;
    public String overview_asOf;
    public String overview_legend;
    public String overview_column_municipality;
    public String overview_column_active;
    public String overview_column_activeTooltip;
    public String overview_column_focusArea;
    public String overview_column_method;
    public String overview_byFocus;
    public String overview_byMethod;
    public String overview_total;
    public String overview_loading;
    // Job "overview" (issue 13, item 3): budget totals per municipality and the charts of active projects.
    public String overview_budgets;
    public String overview_budgets_note;
    public String overview_budget_incomePlanned;
    public String overview_budget_incomeActual;
    public String overview_budget_expensesPlanned;
    public String overview_budget_expensesActual;
    public String overview_budget_percent;
    public String overview_budget_resultActual;
    public String overview_budget_programme;
    public String overview_chart_byFocus;
    public String overview_chart_byMethod;
}
