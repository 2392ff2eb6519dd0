package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.model.AttendanceMark;
import se.samverka.model.Budget;
import se.samverka.model.BudgetLine;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.LocalProject;
import se.samverka.model.Person;
import se.samverka.store.LocalStore;
import se.samverka.sync.SyncClient;
import se.samverka.sync.SyncClient.Phase;
import se.samverka.sync.SyncException;

/**
 * A sync killed at random points, on either side: the laptop's process, and separately the county server's process,
 * is killed (SIGKILL) in the middle of a sync, dozens of times; after a restart and the next sync nothing is lost or
 * doubled. Each trial the laptop has made one edit of each kind offline ({@link TrialEdits}) and another county
 * laptop (the observer) has changed records the laptop must receive. After the finishing sync: the laptop has no
 * unsent changes and no conflicts (a push applied twice is not a conflict), equals the observer in every record,
 * and every edit of the trial is on the server exactly once. Trials per side: {@code -Dsamverka.kill.trials}.
 *
 * <p>
 * The kill point is chosen per trial among three windows, at a random moment within it: while the request is made
 * and the connection opened, while the server works (before or after its commit), and while the laptop takes the
 * answer in.
 */
class KillTest {

    private static final int TRIALS = Integer.getInteger("samverka.kill.trials", 12);
    private static County county;

    @BeforeAll
    static void startCounty() throws Exception {
        county = County.shared();
    }

    @Test
    void aLaptopKilledAnywhereInASyncLosesAndDoublesNothing() throws Exception {
        Path work = county.folder().resolve("kill-laptop");
        Path laptopFolder = work.resolve("laptop");
        Random random = new Random(42);
        Windows windows = new Windows();
        Map<String, Integer> killedAt = new TreeMap<>();
        try (LocalStore observer = county.laptop("lan2")) {
            county.sync(observer, "lan2");
            for (int trial = 0; trial < TRIALS; trial++) {
                long seed = 7_000 + trial;
                othersWork(observer, seed);
                county.sync(observer, "lan2");
                List<String> edits;
                List<String> arguments = List.of("--laptop", laptopFolder.toString(), "--user", "lan1", "--port",
                        String.valueOf(county.settings.port()), "--trust", county.settings.trustStore().toString(),
                        "--seed", String.valueOf(seed));
                try (ChildProcess laptop = ChildProcess.start("laptop " + trial, work.resolve("run-" + trial),
                        "se.samverka.sync.tests.killclient", arguments, new String(County.PASSWORD) + "\n")) {
                    laptop.await("EDITED", 180_000);
                    edits = laptop.all("EDIT ");
                    int window = (trial + 2) % 3;
                    String mark = window == 0 ? "EDITED" : window == 1 ? "PHASE CONNECTED" : "PHASE ANSWERED";
                    if (window > 0) {
                        laptop.await(mark, 120_000);
                    }
                    Thread.sleep(random.nextLong(windows.length(window) + 1));
                    laptop.kill();
                    windows.learn(laptop);
                    String where = laptop.find("SYNCED") != null ? "after the sync"
                            : phaseReached(laptop).map(p -> "after " + p).orElse("before connecting");
                    killedAt.merge(where, 1, Integer::sum);
                    System.out.println("Trial " + trial + ": laptop killed " + where);
                }
                // The laptop starts again (Derby recovers its database) and syncs.
                try (LocalStore laptop = County.stores().open(laptopFolder, County.PASSWORD, "lan1")) {
                    county.sync(laptop, "lan1");
                    county.sync(observer, "lan2");
                    checkTrial("trial " + trial + " (seed " + seed + ")", laptop, observer, edits);
                }
            }
        }
        System.out.println("Laptop kills: " + killedAt);
        assertTrue(killedAt.keySet().stream().anyMatch(k -> !k.equals("after the sync")),
                "at least one kill landed inside a sync: " + killedAt);
    }

    @Test
    void aServerKilledAnywhereInASyncLosesAndDoublesNothing() throws Exception {
        ChildServer countyServer = new ChildServer(county, "kill-server");
        SyncClient client = countyServer.client;
        char[] password = ChildServer.PASSWORD;
        Random random = new Random(4242);
        Map<String, Integer> killedAt = new TreeMap<>();
        ExecutorService background = Executors.newSingleThreadExecutor();
        ChildProcess server = countyServer.start(0, true);
        Path work = countyServer.work;
        try (LocalStore laptop = County.stores().open(work.resolve("laptop"), County.PASSWORD, "lan");
                LocalStore observer = County.stores().open(work.resolve("observer"), County.PASSWORD, "lan")) {
            client.sync(laptop, "lan", password);
            client.sync(observer, "lan", password);
            long[] windows = { 300, 1_500 };
            for (int trial = 0; trial < TRIALS; trial++) {
                long seed = 9_000 + trial;
                othersWork(observer, seed);
                client.sync(observer, "lan", password);
                List<String> edits = TrialEdits.make(laptop, seed);
                List<Phase> phases = java.util.Collections.synchronizedList(new ArrayList<>());
                long started = System.nanoTime();
                long[] connectedAt = { -1 };
                long[] answeredAt = { -1 };
                Future<?> sync = background.submit(() -> client.sync(laptop, "lan", password, () -> false, p -> {
                    long at = (System.nanoTime() - started) / 1_000_000;
                    if (p == Phase.CONNECTED) {
                        connectedAt[0] = at;
                    } else if (p == Phase.ANSWERED) {
                        answeredAt[0] = at;
                    }
                    phases.add(p);
                }));
                boolean inCall = trial % 2 == 1;
                if (inCall) {
                    while (!phases.contains(Phase.CONNECTED) && !sync.isDone()) {
                        Thread.sleep(2);
                    }
                }
                Thread.sleep(random.nextLong(windows[inCall ? 1 : 0] + 1));
                server.kill();
                String where;
                try {
                    sync.get(120, TimeUnit.SECONDS);
                    where = "after the server answered";
                } catch (java.util.concurrent.ExecutionException e) {
                    assertTrue(e.getCause() instanceof SyncException, "a killed server is a sync error: " + e);
                    SyncException error = (SyncException) e.getCause();
                    assertTrue(error.reason() == SyncException.Reason.UNREACHABLE
                            || error.reason() == SyncException.Reason.SERVER,
                            "reason " + error.reason() + ": " + error.getMessage());
                    where = phases.isEmpty() ? "before connecting" : "after " + phases.get(phases.size() - 1);
                }
                if (connectedAt[0] >= 0 && answeredAt[0] >= 0) {
                    windows[1] = answeredAt[0] - connectedAt[0];
                }
                killedAt.merge(where, 1, Integer::sum);
                System.out.println("Trial " + trial + ": server killed " + where);
                // The server starts again (Derby recovers the county database); the laptop syncs again.
                server = countyServer.start(trial + 1, false);
                client.sync(laptop, "lan", password);
                client.sync(observer, "lan", password);
                checkTrial("trial " + trial + " (seed " + seed + ")", laptop, observer, edits);
            }
        } finally {
            background.shutdownNow();
            server.close();
        }
        System.out.println("Server kills: " + killedAt);
        assertTrue(killedAt.keySet().stream().anyMatch(k -> k.startsWith("after CONNECTED")),
                "at least one kill landed while the server worked: " + killedAt);
    }

    /** What another laptop did meanwhile: new phone numbers for a dozen people, which this laptop must receive. */
    private static void othersWork(LocalStore observer, long seed) throws Exception {
        List<Person> people = observer.findAll(Person.class).stream().sorted(Comparator.comparing(p -> p.getId()))
                .toList();
        Random random = new Random(seed);
        List<Person> changed = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Person person = people.get(random.nextInt(people.size()));
            person.setPhone("070-" + seed + "-" + i);
            changed.add(person);
        }
        observer.saveAll(changed);
    }

    /** After the finishing sync: nothing unsent, no conflicts, equal to the observer, every edit there once. */
    private static void checkTrial(String trial, LocalStore laptop, LocalStore observer, List<String> edits) {
        assertEquals(0, laptop.sync().unsentChanges(), trial + ": unsent changes left");
        assertTrue(laptop.sync().conflicts().isEmpty(), trial + ": conflicts " + laptop.sync().conflicts());
        assertEquals(County.snapshot(observer), County.snapshot(laptop),
                trial + ": the laptop differs from the observer");
        assertFalse(edits.isEmpty(), trial + ": the laptop made no edits");
        for (String edit : edits) {
            String[] words = edit.split(" ");
            String seed = trial.substring(trial.indexOf("seed ") + 5, trial.length() - 1);
            switch (words[1]) {
            case "new-project" -> {
                assertEquals(1, observer.findAll(LocalProject.class).stream()
                        .filter(p -> p.getTitle().equals("Avbrottsprojekt " + seed)).count(), trial + ": " + edit);
                assertTrue(observer.find(LocalProject.class, words[2]).isPresent(), trial + ": " + edit);
                List<BudgetLine> lines = observer.find(Budget.class, words[3]).orElseThrow().getLines();
                assertEquals(List.of("Bidrag " + seed, "Kostnad " + seed),
                        lines.stream().map(BudgetLine::getDescription).toList(), trial + ": " + edit);
            }
            case "description" -> assertEquals("Beskrivning från avbrottsförsök " + seed,
                    observer.find(LocalProject.class, words[2]).orElseThrow().getDescription(), trial + ": " + edit);
            case "budget-line" -> {
                List<BudgetLine> lines = observer.find(Budget.class, words[2]).orElseThrow().getLines();
                assertEquals(Integer.parseInt(words[3]), lines.size(), trial + ": " + edit);
                assertEquals(1, lines.stream().filter(l -> ("Avbrottsrad " + seed).equals(l.getDescription()))
                        .count(), trial + ": " + edit);
            }
            case "attendance" -> {
                List<AttendanceMark> marks = observer.findAll(AttendanceMark.class).stream()
                        .filter(m -> m.getEnrolment().getId().equals(words[2])
                                && m.getSessionDay().getId().equals(words[3]))
                        .toList();
                assertEquals(1, marks.size(), trial + ": " + edit);
                assertTrue(marks.get(0).getNote().contains("Närvaro " + seed), trial + ": " + edit);
            }
            case "seat" -> {
                assertEquals(EnrolmentStatus.CANCELLED,
                        observer.find(Enrolment.class, words[3]).orElseThrow().getStatus(), trial + ": " + edit);
                assertEquals(EnrolmentStatus.ENROLLED,
                        observer.find(Enrolment.class, words[4]).orElseThrow().getStatus(), trial + ": " + edit);
                CourseOffering offering = observer.find(CourseOffering.class, words[2]).orElseThrow();
                long seated = observer.findAll(Enrolment.class).stream()
                        .filter(e -> e.getOffering().getId().equals(words[2])
                                && (e.getStatus() == EnrolmentStatus.ENROLLED
                                        || e.getStatus() == EnrolmentStatus.COMPLETED
                                        || e.getStatus() == EnrolmentStatus.NO_SHOW))
                        .count();
                assertTrue(seated <= offering.getCapacity(), trial + ": " + seated + " seats of "
                        + offering.getCapacity() + " taken, " + edit);
            }
            case "delete" -> assertFalse(observer.find(LocalProject.class, words[2]).isPresent(),
                    trial + ": " + edit);
            default -> throw new AssertionError("unknown edit " + edit);
            }
        }
    }

    private static java.util.Optional<String> phaseReached(ChildProcess laptop) {
        List<String> phases = laptop.all("PHASE ");
        return phases.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(phases.get(phases.size() - 1).split(" ")[1]);
    }

    /** How long each kill window of the laptop lasts, learnt from the runs that got through it. */
    private static final class Windows {
        private final long[] lengths = { 400, 1_500, 500 };

        long length(int window) {
            return lengths[window];
        }

        void learn(ChildProcess laptop) {
            Map<String, Long> at = new TreeMap<>();
            for (String line : laptop.all("PHASE ")) {
                String[] words = line.split(" ");
                at.put(words[1], Long.parseLong(words[2]));
            }
            if (at.containsKey("CONNECTED")) {
                lengths[0] = Math.max(50, at.get("CONNECTED"));
            }
            if (at.containsKey("CONNECTED") && at.containsKey("ANSWERED")) {
                lengths[1] = Math.max(50, at.get("ANSWERED") - at.get("CONNECTED"));
            }
            if (at.containsKey("ANSWERED") && at.containsKey("APPLIED")) {
                lengths[2] = Math.max(20, at.get("APPLIED") - at.get("ANSWERED"));
            }
        }
    }
}
