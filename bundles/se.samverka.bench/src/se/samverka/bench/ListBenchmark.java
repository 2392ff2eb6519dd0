package se.samverka.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

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

    private static final List<String> results = new ArrayList<>();

    @AfterAll
    static void write() throws IOException {
        Path file = Path.of(System.getProperty("samverka.bench.results"));
        Files.write(file, results);
        results.forEach(System.out::println);
    }

    @Test
    void storeLoadListOpenFilterAndHeap() {
        BundleContext bundles = FrameworkUtil.getBundle(ListBenchmark.class).getBundleContext();
        MeetingService meetings = service(bundles, MeetingService.class);
        CourseService courses = service(bundles, CourseService.class);
        InventoryService inventory = service(bundles, InventoryService.class);
        int projects = inventory.projects().size();
        assertTrue(projects > 1000, "the large county is loaded: " + projects + " projects");
        results.add(String.format(Locale.ROOT, "records: %d meetings, %d course offerings, %d projects",
                meetings.meetings().size(), courses.offerings().size(), projects));

        double baseline = median(() -> plainTable(projects));
        results.add(String.format(Locale.ROOT, "baseline: plain JFace table of %d rows x 8 columns: %.0f ms",
                projects, baseline));

        report("store load: meeting rows (the list)", median(() -> time(meetings::rows)), baseline);
        report("store load: course offerings + enrolment counts (the list)",
                median(() -> time(() -> List.of(courses.offerings(), courses.enrolmentCounts()))), baseline);
        report("store load: project rows with budget sums (the list)", median(() -> time(inventory::rows)),
                baseline);
        se.samverka.store.LocalStore store = service(bundles, se.samverka.store.LocalStore.class);
        report("  of which the project rows alone", median(() -> time(() -> store.select(
                se.samverka.model.LocalProject.class, "id", "municipality.name", "title", "preventionType", "status",
                "startsOn", "endsOn"))), baseline);
        report("  of which focus areas and methods", median(() -> time(() -> List.of(
                store.selectMany(se.samverka.model.LocalProject.class, "focusAreas"),
                store.selectMany(se.samverka.model.LocalProject.class, "methods")))), baseline);
        report("  of which the budget sums", median(() -> time(inventory::plannedExpenses)), baseline);
        // Job "records" (issue 13): the county overview, every municipality x record kind with the law's rule, and
        // the active projects by focus area and method (the list of municipalities reads the same records).
        se.samverka.inventory.records.MunicipalityService municipalities = service(bundles,
                se.samverka.inventory.records.MunicipalityService.class);
        java.time.LocalDate today = java.time.LocalDate.now();
        report("store load: the county overview (municipalities x record kinds, active projects)",
                median(() -> time(() -> municipalities.overview(today.getYear(), today))), baseline);
        report("store load: the list of municipalities with their findings",
                median(() -> time(() -> municipalities.municipalities(today))), baseline);
        report("store load: all meetings as records (agenda, decisions)", median(() -> time(meetings::meetings)),
                baseline);
        report("store load: all projects as records (indicators, values)", median(() -> time(inventory::projects)),
                baseline);
        // A page reads one record and what refers to it, not the whole list (LocalStore.find and findBy).
        String meetingId = meetings.rows().stream()
                .max(java.util.Comparator.comparingInt(se.samverka.meetings.MeetingRow::agendaItems)).orElseThrow()
                .id();
        report("store load: one meeting page (the meeting with the most agenda items, its invitations, its action"
                + " items)", median(() -> time(() -> List.of(store.find(se.samverka.model.Meeting.class, meetingId),
                        store.findBy(se.samverka.model.Invitation.class, Literals.INVITATION__MEETING, meetingId),
                        store.findBy(se.samverka.model.ActionItem.class, Literals.ACTION_ITEM__MEETING,
                                meetingId)))),
                baseline);
        // Invitations: the invitees and counts of the meeting with the most invitations (InvitationService.page).
        se.samverka.meetings.InvitationService invitations = service(bundles,
                se.samverka.meetings.InvitationService.class);
        java.util.Map.Entry<List<Object>, Long> invited = store.count(se.samverka.model.Invitation.class, "meeting.id")
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow();
        String invitedId = (String) invited.getKey().get(0);
        report("store load: one meeting's invitees and counts (the meeting with the most invitations, "
                + invited.getValue() + ")", median(() -> time(() -> invitations.page(invitedId))), baseline);
        String offeringId = courses.enrolmentCounts().entrySet().stream()
                .max(java.util.Comparator.comparingLong(e -> e.getValue().enrolled())).orElseThrow().getKey();
        report("store load: one offering page (the largest offering, its enrolments, their marks)",
                median(() -> time(() -> {
                    List<se.samverka.model.Enrolment> enrolments = store.findBy(se.samverka.model.Enrolment.class,
                            Literals.ENROLMENT__OFFERING, offeringId);
                    return List.of(store.find(se.samverka.model.CourseOffering.class, offeringId), enrolments,
                            store.findBy(se.samverka.model.AttendanceMark.class, Literals.ATTENDANCE_MARK__ENROLMENT,
                                    enrolments.stream().map(se.samverka.model.Enrolment::getId).toList()));
                })), baseline);

        String[][] lists = { { "Möten", "meetings.list", "nätverksträff 2024" },
            { "Utbildningar", "courses.list", "grundkurs hösten" }, { "Lokala projekt", "inventory.list", "trygg" } };
        for (String[] list : lists) {
            report("open list: " + list[0], median(() -> openArea(list[0])), baseline);
            report("filter list: " + list[0] + " ('" + list[2] + "')", median(() -> filter(list[1], list[2])),
                    baseline);
            window.type(list[1] + ".filter", "");
        }
        for (String[] list : lists) {
            window.selectRow("navigation.areas", list[0]);
            assertTrue(!window.tableRows(list[1]).isEmpty());
        }
        long heap = usedHeapAfterGc();
        results.add(String.format(Locale.ROOT, "heap after opening the three lists (after GC): %d MB (goal 256 MB)",
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

    private double plainTable(int rows) {
        return PlainTable.millis(app, window.shell(), rows);
    }

    private static double time(Supplier<?> work) {
        return Measure.time(work);
    }

    private static double median(Supplier<Double> measurement) {
        return Measure.median(ROUNDS, measurement);
    }

    private static void report(String what, double millis, double baseline) {
        results.add(Measure.line(what, millis, baseline));
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
