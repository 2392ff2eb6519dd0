package se.samverka.inventory.ui.internal.project;

import org.eclipse.e4.core.services.nls.Message;

/**
 * The texts of the project page's budget summary and table of contents, and of a project's partners and status
 * history, and of a contact person made in place, from the {@code # project}, {@code # partners} and
 * {@code # contact} blocks of
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
    public String partners_findHint;
    public String partners_history;
    public String partners_note;
    public String partners_noteHint;
    public String partners_columnDate;
    public String partners_columnStatus;
    public String partners_columnNote;
    public String partners_columnBy;
    public String partners_noHistory;
    public String contact_newTitle;
    public String contact_newMessage;
}
