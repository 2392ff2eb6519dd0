package se.samverka.demo.internal;

import static se.samverka.demo.internal.Builder.MODEL;

import java.math.BigDecimal;

import se.samverka.model.Budget;
import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLine;
import se.samverka.model.BudgetLineKind;

/**
 * Makes the budget of the county programme for crime prevention 2010–2012, as it was decided: the principal
 * stakeholders' contributions of 30 000 kr a year each (30, 35 and 40 stakeholders), and the expenses by category.
 */
final class ProgrammeBudgetMaker {

    static final String NAME = "Länsprogrammet för brottsförebyggande arbete";
    static final int FIRST_YEAR = 2010;
    static final int[] STAKEHOLDERS = { 30, 35, 40 };
    static final int CONTRIBUTION = 30_000;
    /** Category, description and the amounts of 2010, 2011 and 2012. */
    private static final Object[][] EXPENSES = {
        { BudgetCategory.COORDINATOR_SALARY, "Lön länssamordnare", new int[] { 540_000, 540_000, 540_000 } },
        { BudgetCategory.EXTERNAL_INFORMATION, "Extern information", new int[] { 130_000, 140_000, 150_000 } },
        { BudgetCategory.CONFERENCES, "Konferenser", new int[] { 90_000, 140_000, 200_000 } },
        { BudgetCategory.WEBSITE, "Webbplats", new int[] { 20_000, 20_000, 20_000 } },
        { BudgetCategory.EVALUATION, "Utvärdering", new int[] { 30_000, 90_000, 150_000 } },
        { BudgetCategory.OTHER_EXPENSE, "Övrigt", new int[] { 90_000, 120_000, 140_000 } } };

    private final Builder county;

    ProgrammeBudgetMaker(Builder county) {
        this.county = county;
    }

    void make() {
        for (int i = 0; i < STAKEHOLDERS.length; i++) {
            Budget budget = MODEL.createBudget();
            budget.setName(NAME + " " + (FIRST_YEAR + i));
            budget.setBudgetYear(FIRST_YEAR + i);
            BudgetLine income = line(budget, BudgetLineKind.INCOME, BudgetCategory.STAKEHOLDER_CONTRIBUTION,
                    "Huvudintressenter, " + STAKEHOLDERS[i] + " à 30 000 kr", STAKEHOLDERS[i] * CONTRIBUTION);
            income.setQuantity(STAKEHOLDERS[i]);
            income.setUnitAmount(BigDecimal.valueOf(CONTRIBUTION));
            for (Object[] expense : EXPENSES) {
                line(budget, BudgetLineKind.EXPENSE, (BudgetCategory) expense[0], (String) expense[1],
                        ((int[]) expense[2])[i]);
            }
            county.data.budgets.add(county.add(budget));
        }
    }

    static BudgetLine line(Budget budget, BudgetLineKind kind, BudgetCategory category, String description,
            int amount) {
        BudgetLine line = MODEL.createBudgetLine();
        line.setSeq(budget.getLines().size() + 1);
        line.setKind(kind);
        line.setCategory(category);
        line.setDescription(description);
        line.setPlannedAmount(BigDecimal.valueOf(amount));
        line.setActualAmount(BigDecimal.valueOf(amount));
        budget.getLines().add(line);
        return line;
    }
}
