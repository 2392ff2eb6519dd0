package se.samverka.inventory.ui.internal.budgets;

import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.rules.Labels;
import se.samverka.ui.Widgets;

/**
 * Asks for a new budget line: its category (income categories first, each named with its kind, so that the kind
 * follows from the category) and a description.
 */
final class NewLineDialog extends Dialog {

    private static final BudgetCategory[] INCOME = { BudgetCategory.STAKEHOLDER_CONTRIBUTION, BudgetCategory.GRANT,
        BudgetCategory.OTHER_INCOME };

    private final BudgetMessages messages;
    private final Locale locale;
    private Combo categories;
    private Text text;
    private BudgetCategory category;
    private String description;

    NewLineDialog(Shell shell, BudgetMessages messages, Locale locale) {
        super(shell);
        this.messages = messages;
        this.locale = locale;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.budget_addRowTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(area);
        new Label(area, SWT.NONE).setText(messages.budget_addRowCategory);
        categories = Widgets.named(new Combo(area, SWT.READ_ONLY), "budget.newLine.category");
        for (BudgetCategory value : BudgetCategory.VALUES) {
            categories.add((isIncome(value) ? messages.budget_income : messages.budget_expenses) + ": "
                    + Labels.of(value, locale));
        }
        categories.select(BudgetCategory.OTHER_EXPENSE.getValue());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(categories);
        new Label(area, SWT.NONE).setText(messages.budget_addRowDescription);
        text = Widgets.named(new Text(area, SWT.BORDER), "budget.newLine.description");
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
        return area;
    }

    @Override
    protected void okPressed() {
        category = BudgetCategory.VALUES.get(categories.getSelectionIndex());
        description = text.getText().strip();
        super.okPressed();
    }

    private static boolean isIncome(BudgetCategory category) {
        for (BudgetCategory income : INCOME) {
            if (income == category) {
                return true;
            }
        }
        return false;
    }

    BudgetCategory category() {
        return category;
    }

    BudgetLineKind kind() {
        return isIncome(category) ? BudgetLineKind.INCOME : BudgetLineKind.EXPENSE;
    }

    String description() {
        return description;
    }
}
