package se.samverka.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import se.samverka.meetings.ActionItemService;
import se.samverka.meetings.MeetingService;
import se.samverka.meetings.MyActions;
import se.samverka.model.ActionItem;
import se.samverka.model.ActionItemStatus;
import se.samverka.model.sync.Role;
import se.samverka.store.LocalStore;
import se.samverka.store.SyncPort;
import se.samverka.testing.ui.WindowTest;

/**
 * "Mina åtgärder" on the large county, in the real application: the read model ({@link ActionItemService#myActions})
 * and the area opened from the navigation until its table is filled, for the person who owns the most open action
 * items (the laptop is told, as by a sync, that its user is that person). Beside the same baselines as
 * {@link ListBenchmark}: a plain JFace table of as many rows as the project list, and the meeting list's store load.
 * Writes {@code target/myactions-benchmark-results.txt}. Run by {@code releng/bench/myactions-benchmark.sh}.
 */
class MyActionsBenchmark extends WindowTest {

    private static final int ROUNDS = 5;

    private static final Results results = new Results("myactions-benchmark-results.txt", ROUNDS);

    @AfterAll
    static void write() throws IOException {
        results.write();
    }

    @Test
    void myActionsReadModelAndArea() throws Exception {
        LocalStore store = Measure.service(LocalStore.class);
        MeetingService meetings = Measure.service(MeetingService.class);
        ActionItemService actions = Measure.service(ActionItemService.class);
        Map<String, Integer> open = new HashMap<>();
        List<Object[]> items = store.select(ActionItem.class, "owner.id", "status");
        for (Object[] row : items) {
            if (row[0] != null && Set.of(ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS).contains(row[1])) {
                open.merge((String) row[0], 1, Integer::sum);
            }
        }
        String owner = open.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        // As after a sync whose answer said who the user is.
        SyncPort sync = store.sync();
        sync.apply(new SyncPort.Incoming(0, List.of(), Map.of(), List.of(), sync.checkpoint(), null, List.of(),
                new SyncPort.User(Role.COORDINATOR, owner, null)));
        int projects = store.select(se.samverka.model.LocalProject.class, "id").size();
        results.note(String.format(Locale.ROOT, "records: %d action items (%d open for the busiest owner: %d)",
                items.size(), open.values().stream().mapToInt(Integer::intValue).sum(), open.get(owner)));

        results.plainTableBaseline(app, window.shell(), projects);
        results.time("store load: meeting rows (the list), for comparison", meetings::rows);
        MyActions mine = actions.myActions();
        assertTrue(mine.rows().size() == open.get(owner), "every open item of the owner: " + mine.rows().size());
        results.time("store load: Mina åtgärder read model (" + mine.rows().size() + " rows)", actions::myActions);
        results.median("open area: Mina åtgärder (until its table is filled)", this::openMyActions);
    }

    private double openMyActions() {
        window.selectRow("navigation.areas", "Start");
        long start = System.nanoTime();
        window.selectRow("navigation.areas", "Mina åtgärder");
        window.awaitRows("meetings.myActions");
        double millis = (System.nanoTime() - start) / 1e6;
        assertTrue(!window.tableRows("meetings.myActions").isEmpty());
        EPartService parts = app.model().getContext().get(EPartService.class);
        app.ui().run(() -> {
            for (MPart part : new ArrayList<>(parts.getParts())) {
                if ("Mina åtgärder".equals(part.getLocalizedLabel()) && part.isToBeRendered()) {
                    parts.hidePart(part, true);
                }
            }
        });
        return millis;
    }
}
