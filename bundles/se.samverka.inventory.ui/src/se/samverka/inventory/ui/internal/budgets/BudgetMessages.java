package se.samverka.inventory.ui.internal.budgets;

import org.eclipse.e4.core.services.nls.Message;

/** The texts of the budget page, from the {@code # budgets} block of {@code OSGI-INF/l10n/bundle*.properties}. */
@Message
public class BudgetMessages {
    public String budget_open;
    public String budget_openTooltip;
    public String budget_openNew;
    public String budget_openProgramme;
    public String budget_partLabel;
    public String budget_heading;
    public String budget_lead;
    public String budget_empty;
    public String budget_columnLine;
    public String budget_columnPlanned;
    public String budget_columnActual;
    public String budget_columnTotalPlanned;
    public String budget_columnTotalActual;
    public String budget_columnPercent;
    public String budget_income;
    public String budget_expenses;
    public String budget_sumIncome;
    public String budget_sumExpenses;
    public String budget_result;
    public String budget_units;
    public String budget_addYear;
    public String budget_addYearTitle;
    public String budget_addYearMessage;
    public String budget_removeYear;
    public String budget_removeYearTitle;
    public String budget_removeYearMessage;
    public String budget_addRow;
    public String budget_addRowTitle;
    public String budget_addRowCategory;
    public String budget_addRowDescription;
    public String budget_removeRow;
    public String budget_removeRowQuestion;
    public String budget_chooseRow;
    public String budget_export;
    public String budget_exportTitle;
    public String budget_exportFileName;
    public String budget_exporting;
    public String budget_exported;
    public String budget_exportFailed;
    public String budget_filterName;
    public String budget_saved;
    public String budget_notAYear;
    public String budget_change;
    public String list_export;
    public String list_exportTooltip;
    public String list_exportFileName;
    public String list_exported;
    public String list_programme;
}
