package se.samverka.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import se.samverka.inventory.BudgetService;
import se.samverka.inventory.BudgetSheet;
import se.samverka.inventory.ui.internal.budgets.BudgetPart;
import se.samverka.model.Budget;
import se.samverka.store.LocalStore;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.testing.ui.WindowTest;
import se.samverka.ui.forms.Editors;

/**
 * The budget page on the large county, in the real application: the project with the most budget years, its read
 * model ({@link BudgetService#budget}) and its page opened — from opening the part to the table filled and the chart
 * drawn. Goal (issue 13): 200 ms or less. The baseline, in the same run, is the lists' ({@link PlainTable}, 1 227
 * rows). Writes {@code target/budget-benchmark-results.txt}. Run by {@code releng/bench/list-benchmark.sh}.
 */
class BudgetBenchmark extends WindowTest {

    private static final int ROUNDS = 7;

    private static final Results results = new Results("budget-benchmark-results.txt", ROUNDS);

    @AfterAll
    static void write() throws IOException {
        results.write();
    }

    @Test
    void theMultiYearBudgetPageOpens() throws Exception {
        LocalStore store = ApplicationDriver.service(LocalStore.class);
        BudgetService budgets = ApplicationDriver.service(BudgetService.class);
        Map<Object, Long> years = store.select(Budget.class, "project.id").stream().filter(r -> r[0] != null)
                .collect(Collectors.groupingBy(r -> r[0], Collectors.counting()));
        String projectId = years.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Object, Long> e) -> e.getValue()).reversed()
                        .thenComparing(e -> (String) e.getKey()))
                .map(e -> (String) e.getKey()).findFirst().orElseThrow();
        BudgetSheet sheet = budgets.budget(projectId);
        assertTrue(sheet.years().size() >= 3, "a multi-year budget: " + sheet.yearNumbers());

        results.plainTableBaseline(app, window.shell(), 1227);
        results.note("budget of " + sheet.years().size() + " years x " + sheet.rows().size() + " lines");
        results.time("budget page: read model (BudgetService.budget)", () -> budgets.budget(projectId));
        results.median("budget page: open, from showing its part to the table and the chart drawn (goal 200 ms)",
                () -> open(projectId));
    }

    /** Opens the budget page and runs the window until its table and chart are drawn filled; closes it. In ms. */
    private static double open(String projectId) {
        EPartService parts = app.model().getContext().get(EPartService.class);
        return app.ui().get(() -> {
            Display display = Display.getCurrent();
            long start = System.nanoTime();
            MPart part = Editors.open(parts, BudgetPart.ID, projectId, "Budget");
            Table table = WindowDriver.findIn((Composite) part.getWidget(), "budget.table", Table.class);
            Canvas chart = WindowDriver.findIn((Composite) part.getWidget(), "budget.chart", Canvas.class);
            double millis = new PageDrawn(display, start)
                    .await(table, () -> table.getData(WindowDriver.LOADING) == null)
                    .await(chart, () -> chart.getData("samverka.chart") != null).drawn();
            assertTrue(table.getItemCount() > 4);
            parts.hidePart(part, true);
            return millis;
        });
    }
}
