package se.samverka.inventory.ui.internal.project;

import org.eclipse.e4.core.services.nls.Message;

/**
 * The texts of the project page's budget summary and table of contents, from the {@code # project} block of
 * {@code OSGI-INF/l10n/bundle*.properties}.
 */
@Message
public class ProjectMessages {
    public String project_budgetHeading;
    public String project_budgetLead;
    public String project_budgetNone;
    public String project_budgetYear;
    public String project_budgetIncomePlanned;
    public String project_budgetIncomeActual;
    public String project_budgetExpensesPlanned;
    public String project_budgetExpensesActual;
    public String project_budgetResultPlanned;
    public String project_budgetResultActual;
    public String project_budgetTotal;
    public String project_contents;
}
