package se.samverka.bench;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import se.samverka.inventory.records.CountyOverview;
import se.samverka.inventory.records.MunicipalityService;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.testing.ui.WindowTest;

/**
 * The county overview on the large county, in the real application: its read model
 * ({@link MunicipalityService#overview}: the records' states, the active projects by focus area and method, and the
 * budget totals per municipality) and the overview opened — from showing its part to its matrix drawn filled
 * ({@link PageDrawn}; the other tables are filled and the charts set with it, below the first screen). Goal (issue 13):
 * 300 ms or less. The baseline, in the same run, is the lists' ({@link PlainTable}, 1 227
 * rows). Writes {@code target/overview-benchmark-results.txt}. Run by {@code releng/bench/list-benchmark.sh}.
 */
class OverviewBenchmark extends WindowTest {

    /** The part descriptor of the county overview (se.samverka.inventory.ui's fragment). */
    private static final String PART = "se.samverka.inventory.ui.overview";
    private static final int ROUNDS = 7;

    private static final Results results = new Results("overview-benchmark-results.txt", ROUNDS);

    @AfterAll
    static void write() throws IOException {
        results.write();
    }

    @Test
    void theCountyOverviewOpens() throws Exception {
        MunicipalityService municipalities = ApplicationDriver.service(MunicipalityService.class);
        LocalDate today = LocalDate.now();
        CountyOverview overview = municipalities.overview(today.getYear(), today);
        assertTrue(overview.rows().size() > 10, "the large county: " + overview.rows().size() + " municipalities");

        results.plainTableBaseline(app, window.shell(), 1227);
        results.note("overview of " + today.getYear() + ": " + overview.rows().size() + " municipalities, "
                + overview.rows().stream().mapToInt(CountyOverview.Row::activeProjects).sum() + " active projects");
        results.time("county overview: read model (MunicipalityService.overview, with the budget totals)",
                () -> municipalities.overview(today.getYear(), today));
        results.median("county overview: open, from showing its part to the matrix drawn filled (goal 300 ms)",
                OverviewBenchmark::open);
    }

    /**
     * Shows the overview and runs the window until its matrix is drawn filled (the charts below it set); closes it.
     * In ms.
     */
    private static double open() {
        EPartService parts = app.model().getContext().get(EPartService.class);
        return app.ui().get(() -> {
            Display display = Display.getCurrent();
            long start = System.nanoTime();
            MPart part = parts.showPart(PART, PartState.ACTIVATE);
            Table matrix = window.find("overview.matrix", Table.class);
            // The charts are below the page's first screen: the user sees the filled matrix first.
            double millis = new PageDrawn(display, start)
                    .await(matrix, () -> matrix.getData(WindowDriver.LOADING) == null).drawn();
            assertTrue(window.find("overview.budgets", Table.class).getItemCount() > 2, "the budget totals are shown");
            assertNotNull(window.find("overview.chart.byFocus", Canvas.class).getData("samverka.chart"),
                    "the chart is drawn");
            parts.hidePart(part, true);
            return millis;
        });
    }
}
