package se.samverka.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import se.samverka.courses.CourseService;
import se.samverka.inventory.InventoryService;
import se.samverka.meetings.MeetingService;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.testing.ui.WindowTest;

/**
 * The lists on a large county (50 municipalities, ten years), in the real application: how long the store takes
 * to load each list's records, how long each list takes to open and to filter, and the heap after all three are
 * open. The baseline, measured in the same run, is a plain JFace table (not virtual) showing as many rows of
 * ready-made strings as the project list has records. Prints the figures and writes them to
 * {@code target/benchmark-results.txt}. Run by {@code releng/bench/list-benchmark.sh}, not by the tests.
 */
class ListBenchmark extends WindowTest {

    private static final int ROUNDS = 5;

    private static final Results results = new Results("benchmark-results.txt", ROUNDS);

    @AfterAll
    static void write() throws IOException {
        results.write();
    }

    @Test
    void storeLoadListOpenFilterAndHeap() {
        BundleContext bundles = FrameworkUtil.getBundle(ListBenchmark.class).getBundleContext();
        MeetingService meetings = service(bundles, MeetingService.class);
        CourseService courses = service(bundles, CourseService.class);
        InventoryService inventory = service(bundles, InventoryService.class);
        int projects = inventory.projects().size();
        assertTrue(projects > 1000, "the large county is loaded: " + projects + " projects");
        results.note(String.format(Locale.ROOT, "records: %d meetings, %d course offerings, %d projects",
                meetings.meetings().size(), courses.offerings().size(), projects));

        results.plainTableBaseline(app, window.shell(), projects);

        results.time("store load: meeting rows (the list)", meetings::rows);
        results.time("store load: course offerings + enrolment counts (the list)",
                () -> List.of(courses.offerings(), courses.enrolmentCounts()));
        results.time("store load: project rows with budget sums (the list)", inventory::rows);
        se.samverka.store.LocalStore store = service(bundles, se.samverka.store.LocalStore.class);
        results.time("  of which the project rows alone", () -> store.select(
                se.samverka.model.LocalProject.class, "id", "municipality.name", "title", "preventionType", "status",
                "startsOn", "endsOn"));
        results.time("  of which focus areas and methods", () -> List.of(
                store.selectMany(se.samverka.model.LocalProject.class, "focusAreas"),
                store.selectMany(se.samverka.model.LocalProject.class, "methods")));
        results.time("  of which the budget sums", inventory::plannedExpenses);
        // Job "records" (issue 13): the county overview, every municipality x record kind with the law's rule, and
        // the active projects by focus area and method (the list of municipalities reads the same records).
        se.samverka.inventory.records.MunicipalityService municipalities = service(bundles,
                se.samverka.inventory.records.MunicipalityService.class);
        java.time.LocalDate today = java.time.LocalDate.now();
        results.time("store load: the county overview (municipalities x record kinds, active projects)",
                () -> municipalities.overview(today.getYear(), today));
        results.time("store load: the list of municipalities with their findings",
                () -> municipalities.municipalities(today));
        results.time("store load: all meetings as records (agenda, decisions)", meetings::meetings);
        results.time("store load: all projects as records (indicators, values)", inventory::projects);
        // A page reads one record and what refers to it, not the whole list (LocalStore.find and findBy).
        String meetingId = meetings.rows().stream()
                .max(java.util.Comparator.comparingInt(se.samverka.meetings.MeetingRow::agendaItems)).orElseThrow()
                .id();
        results.time("store load: one meeting page (the meeting with the most agenda items, its invitations, its"
                + " action items)", () -> List.of(store.find(se.samverka.model.Meeting.class, meetingId),
                        store.findBy(se.samverka.model.Invitation.class, Literals.INVITATION__MEETING, meetingId),
                        store.findBy(se.samverka.model.ActionItem.class, Literals.ACTION_ITEM__MEETING,
                                meetingId)));
        // Invitations: the invitees and counts of the meeting with the most invitations (InvitationService.page).
        se.samverka.meetings.InvitationService invitations = service(bundles,
                se.samverka.meetings.InvitationService.class);
        java.util.Map.Entry<List<Object>, Long> invited = store.count(se.samverka.model.Invitation.class, "meeting.id")
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow();
        String invitedId = (String) invited.getKey().get(0);
        results.time("store load: one meeting's invitees and counts (the meeting with the most invitations, "
                + invited.getValue() + ")", () -> invitations.page(invitedId));
        String offeringId = courses.enrolmentCounts().entrySet().stream()
                .max(java.util.Comparator.comparingLong(e -> e.getValue().enrolled())).orElseThrow().getKey();
        results.time("store load: one offering page (the largest offering, its enrolments, their marks)",
                () -> {
                    List<se.samverka.model.Enrolment> enrolments = store.findBy(se.samverka.model.Enrolment.class,
                            Literals.ENROLMENT__OFFERING, offeringId);
                    return List.of(store.find(se.samverka.model.CourseOffering.class, offeringId), enrolments,
                            store.findBy(se.samverka.model.AttendanceMark.class, Literals.ATTENDANCE_MARK__ENROLMENT,
                                    enrolments.stream().map(se.samverka.model.Enrolment::getId).toList()));
                });

        String[][] lists = { { "Möten", "meetings.list", "nätverksträff 2024" },
            { "Utbildningar", "courses.list", "grundkurs hösten" }, { "Lokala projekt", "inventory.list", "trygg" } };
        for (String[] list : lists) {
            results.median("open list: " + list[0], () -> openArea(list[0]));
            results.median("filter list: " + list[0] + " ('" + list[2] + "')", () -> filter(list[1], list[2]));
            window.type(list[1] + ".filter", "");
        }
        for (String[] list : lists) {
            window.selectRow("navigation.areas", list[0]);
            assertTrue(!window.tableRows(list[1]).isEmpty());
        }
        long heap = usedHeapAfterGc();
        results.note(String.format(Locale.ROOT, "heap after opening the three lists (after GC): %d MB (goal 256 MB)",
                heap / (1024 * 1024)));
        assertTrue(heap > 0);
    }

    /** Opens the area from the navigation (creating its part) and closes it again; the time of the opening. */
    private double openArea(String area) {
        window.selectRow("navigation.areas", "Start");
        long start = System.nanoTime();
        window.selectRow("navigation.areas", area);
        double millis = (System.nanoTime() - start) / 1e6;
        EPartService parts = app.model().getContext().get(EPartService.class);
        app.ui().run(() -> {
            for (MPart part : new ArrayList<>(parts.getParts())) {
                if (area.equals(part.getLocalizedLabel()) && part.isToBeRendered()) {
                    parts.hidePart(part, true);
                }
            }
        });
        return millis;
    }

    private double filter(String table, String text) {
        window.selectRow("navigation.areas", table.startsWith("meetings") ? "Möten"
                : table.startsWith("courses") ? "Utbildningar" : "Lokala projekt");
        window.type(table + ".filter", "");
        long start = System.nanoTime();
        window.type(table + ".filter", text);
        double millis = (System.nanoTime() - start) / 1e6;
        assertTrue(window.tableRows(table).size() >= 0);
        return millis;
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static <S> S service(BundleContext bundles, Class<S> type) {
        var reference = bundles.getServiceReference(type);
        assertTrue(reference != null, type.getSimpleName() + " is registered");
        return bundles.getService(reference);
    }
}
