package se.samverka.sync.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.samverka.model.AttendanceKind;
import se.samverka.model.AttendanceMark;
import se.samverka.model.Budget;
import se.samverka.model.Course;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.LocalProject;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SessionDay;
import se.samverka.model.SyncedObject;
import se.samverka.model.sync.Role;
import se.samverka.server.ServerConfig;
import se.samverka.store.LocalStore;
import se.samverka.sync.SyncClient;
import se.samverka.sync.SyncReport;
import se.samverka.sync.SyncSettings;
import se.samverka.sync.protocol.RecordState;
import se.samverka.sync.protocol.Wire;

/**
 * The sync benchmark (run by {@code releng/bench/sync-benchmark.sh}, not by the build; see docs/BENCHMARKS.md): a
 * typical day (a county laptop pushing 300 changed records), the first sync of a municipality laptop, and the server's
 * hot paths: a trainer's day (30 participants × 3 session days of attendance marks, each mark checked against the
 * marks of its participant and day) and a CSV import (1 000 new enrolments, a seat decided for each), on loopback
 * and through an emulated rural link (300 ms round trip, 1 Mbit/s each way), each beside the floor (3 round trips +
 * bytes ÷ bandwidth) and beside a raw Derby bulk insert of the same rows (one batch of INSERTs of each record's
 * state, over a new TLS connection to the same server through the same link). Medians of the rounds after a
 * warm-up.
 */
class SyncBenchmark {

    private static final int ROUNDS = Integer.getInteger("samverka.bench.rounds", 5);
    private static final int DAY = 300;
    private static final long RTT_MILLIS = 300;
    private static final long BITS_PER_SECOND = 1_000_000;

    /** A trainer's day: participants and session days of one offering, every participant marked every day. */
    private static final int PARTICIPANTS = 30;
    private static final int DAYS = 3;
    /** A CSV import of new enrolments, into offerings of this many. */
    private static final int IMPORT = 1000;
    private static final int IMPORT_OFFERINGS = 10;
    private static final String TRAINER = "benchutbildare";

    private static County county;
    private String trainerId;
    private final StringBuilder results = new StringBuilder();

    @Test
    void syncOnLoopbackAndOnARuralLink() throws Exception {
        county = County.shared();
        prepareBulkTable();
        // The rows of a municipality's first sync, for its bulk-insert baseline: the same every round.
        List<byte[]> municipalityScope;
        try (LocalStore reference = county.laptop("samordnare")) {
            county.sync(reference, "samordnare");
            municipalityScope = states(County.records(reference));
        }
        try (LocalStore dayLaptop = county.laptop("lan1"); LocalStore trainerLaptop = county.laptop(TRAINER)) {
            county.sync(dayLaptop, "lan1");
            Person trainer = SamverkaFactory.eINSTANCE.createPerson();
            trainer.setFirstName("Tuva");
            trainer.setLastName("Benchmark");
            trainerId = dayLaptop.save(trainer).getId();
            county.sync(dayLaptop, "lan1");
            county.server.admin().createUser(TRAINER, County.PASSWORD, Role.TRAINER, null, trainerId);
            county.sync(trainerLaptop, TRAINER);
            line("Sync benchmark: %d rounds after a warm-up, medians; %d cores, Java %s", ROUNDS,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            for (boolean rural : new boolean[] { false, true }) {
                try (EmulatedLink link = link(rural)) {
                    SyncSettings settings = settings(link, rural);
                    measure("typical day: county laptop pushes " + DAY + " changed records", link, rural, round -> {
                        List<SyncedObject> changed = dayOfWork(dayLaptop, round);
                        return new Work(() -> timed(progress -> new SyncClient(settings).sync(dayLaptop,
                                "lan1", County.PASSWORD, () -> false, progress)), states(changed));
                    }, settings);
                    measure("first sync of a municipality laptop", link, rural, round -> {
                        LocalStore fresh = county.laptop("samordnare");
                        return new Work(() -> {
                            try (fresh) {
                                return timed(progress -> new SyncClient(settings).sync(fresh, "samordnare",
                                        County.PASSWORD, () -> false, progress));
                            }
                        }, municipalityScope);
                    }, settings);
                }
            }
            // The server's hot paths (issue 14), after the cases above, so that what they add to the county changes
            // nothing those measure.
            for (boolean rural : new boolean[] { false, true }) {
                try (EmulatedLink link = link(rural)) {
                    SyncSettings settings = settings(link, rural);
                    measure("a trainer's day: " + PARTICIPANTS + " participants × " + DAYS
                            + " session days of attendance marks", link, rural, round -> {
                        List<SyncedObject> marks = trainersDay(dayLaptop, trainerLaptop, round);
                        return new Work(() -> timed(progress -> new SyncClient(settings).sync(trainerLaptop,
                                TRAINER, County.PASSWORD, () -> false, progress)), states(marks));
                    }, settings);
                    measure("a CSV import: " + IMPORT + " new enrolments", link, rural, round -> {
                        List<SyncedObject> enrolments = importEnrolments(dayLaptop, round);
                        return new Work(() -> timed(progress -> new SyncClient(settings).sync(dayLaptop,
                                "lan1", County.PASSWORD, () -> false, progress)), states(enrolments));
                    }, settings);
                }
            }
        }
        String text = results.toString();
        System.out.println(text);
        Path file = Path.of(System.getProperty("samverka.bench.results", "target/sync-benchmark.txt"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text);
    }

    /** The emulated rural link to the county server, or the same proxy on loopback without delay or limit. */
    private static EmulatedLink link(boolean rural) throws java.io.IOException {
        return rural ? new EmulatedLink("localhost", county.settings.port(), RTT_MILLIS, BITS_PER_SECOND)
                : new EmulatedLink("localhost", county.settings.port(), 0, 0);
    }

    /** The sync settings through a link, with the link's heading in the results. */
    private SyncSettings settings(EmulatedLink link, boolean rural) {
        line("");
        line(rural ? "Emulated rural link: %d ms round trip, %d kbit/s each way" : "Loopback (through "
                + "the same proxy without delay or limit, to count round trips and bytes)", RTT_MILLIS,
                BITS_PER_SECOND / 1000);
        return new SyncSettings("localhost", link.port(), ServerConfig.DATABASE, county.settings.trustStore());
    }

    private String lastTurns;

    private record Work(Measured sync, List<byte[]> rows) {
    }

    private interface Measured {
        long[] run() throws Exception;
    }

    private interface Round {
        Work prepare(int round) throws Exception;
    }

    private interface SyncCall {
        SyncReport call(java.util.function.Consumer<SyncClient.Phase> progress) throws Exception;
    }

    /** Total, pushed, received, and the milliseconds until connected, of the server's call, of taking in. */
    private static long[] timed(SyncCall call) throws Exception {
        long started = System.nanoTime();
        java.util.Map<SyncClient.Phase, Long> at = new java.util.EnumMap<>(SyncClient.Phase.class);
        SyncReport report = call.call(phase -> at.put(phase, (System.nanoTime() - started) / 1_000_000));
        long total = (System.nanoTime() - started) / 1_000_000;
        return new long[] { total, report.pushed(), report.received(), at.get(SyncClient.Phase.CONNECTED),
                at.get(SyncClient.Phase.ANSWERED) - at.get(SyncClient.Phase.CONNECTED),
                at.get(SyncClient.Phase.APPLIED) - at.get(SyncClient.Phase.ANSWERED) };
    }

    private void measure(String what, EmulatedLink link, boolean rural, Round round, SyncSettings settings)
            throws Exception {
        List<Long> syncMillis = new ArrayList<>();
        List<Long> syncTrips = new ArrayList<>();
        List<Long> syncUp = new ArrayList<>();
        List<Long> syncDown = new ArrayList<>();
        List<Long> connect = new ArrayList<>();
        List<Long> server = new ArrayList<>();
        List<Long> apply = new ArrayList<>();
        List<Long> bulkMillis = new ArrayList<>();
        List<Long> bulkTrips = new ArrayList<>();
        List<Long> bulkBytes = new ArrayList<>();
        long records = 0;
        for (int r = 0; r <= ROUNDS; r++) {
            Work work = round.prepare(r);
            link.resetCounters();
            long[] sync = work.sync().run();
            long trips = link.roundTrips();
            long up = link.bytesUp();
            long down = link.bytesDown();
            String turns = link.turns();
            clearBulkTable();
            link.resetCounters();
            long bulk = bulkInsert(settings, work.rows());
            if (r == 0) {
                continue; // warm-up
            }
            lastTurns = turns;
            records = Math.max(sync[1], sync[2]);
            syncMillis.add(sync[0]);
            syncTrips.add(trips);
            syncUp.add(up);
            syncDown.add(down);
            connect.add(sync[3]);
            server.add(sync[4]);
            apply.add(sync[5]);
            bulkMillis.add(bulk);
            bulkTrips.add(link.roundTrips());
            bulkBytes.add(link.bytesUp() + link.bytesDown());
        }
        long millis = median(syncMillis);
        long bytes = median(syncUp) + median(syncDown);
        long floor = rural ? 3 * RTT_MILLIS + bytes * 8 * 1000 / BITS_PER_SECOND : 0;
        long bulk = median(bulkMillis);
        line("  %s (%d records)", what, records);
        line("    sync:         %6d ms, %3d round trips, %7d bytes up, %7d bytes down", millis, median(syncTrips),
                median(syncUp), median(syncDown));
        line("                  (connecting %d ms, the server's call %d ms, taking the answer in %d ms)",
                median(connect), median(server), median(apply));
        line("                  round trips, bytes up/down: %s", lastTurns);
        if (rural) {
            long bulkFloor = 3 * RTT_MILLIS + median(bulkBytes) * 8 * 1000 / BITS_PER_SECOND;
            line("    floor:        %6d ms  (3 round trips + %d bytes at %d kbit/s)", floor, bytes,
                    BITS_PER_SECOND / 1000);
            line("    bulk insert:  %6d ms, %3d round trips, %7d bytes (its own floor %d ms)", bulk,
                    median(bulkTrips), median(bulkBytes), bulkFloor);
            line("    sync / floor: %6.2f   sync / bulk insert: %.2f", (double) millis / floor,
                    (double) millis / bulk);
        } else {
            line("    bulk insert:  %6d ms, %3d round trips, %7d bytes", bulk, median(bulkTrips), median(bulkBytes));
            line("    sync / bulk insert: %.2f", (double) millis / bulk);
        }
    }

    /** A day's work on the county laptop: {@value #DAY} records changed (people, projects, budgets). */
    private static List<SyncedObject> dayOfWork(LocalStore laptop, int round) throws Exception {
        List<SyncedObject> changed = new ArrayList<>();
        List<Person> people = sorted(laptop.findAll(Person.class));
        List<LocalProject> projects = sorted(laptop.findAll(LocalProject.class));
        List<Budget> budgets = sorted(laptop.findAll(Budget.class));
        // Distinct records, taken in turn from each kind: people's notes, project descriptions, budget names.
        for (int n = 0; changed.size() < DAY; n++) {
            if (n < people.size()) {
                Person person = people.get(n);
                person.setNote("Samtal " + round + "/" + n + ": vill delta i nätverksträffen i mars.");
                changed.add(person);
            }
            if (n < projects.size() && changed.size() < DAY) {
                LocalProject project = projects.get(n);
                project.setDescription(project.getDescription() + " Uppföljning " + round + "/" + n + ".");
                changed.add(project);
            }
            if (n < budgets.size() && changed.size() < DAY) {
                Budget budget = budgets.get(n);
                budget.setName("Budget " + budget.getBudgetYear() + " (rev. " + round + "/" + n + ")");
                changed.add(budget);
            }
        }
        laptop.saveAll(changed);
        return changed;
    }

    /**
     * A trainer's day at the venue: the county publishes a new offering of {@value #DAYS} session days taught by the
     * benchmark's trainer, with {@value #PARTICIPANTS} enrolled, and the trainer's laptop receives it (neither
     * measured); the trainer marks every participant on every day, offline: the marks returned are pushed by the
     * measured sync.
     */
    private List<SyncedObject> trainersDay(LocalStore office, LocalStore laptop, int round) throws Exception {
        SamverkaFactory make = SamverkaFactory.eINSTANCE;
        CourseOffering offering = make.createCourseOffering();
        offering.setCourse(office.findAll(Course.class).get(0));
        offering.setTitle("Grundkurs, omgång " + round);
        offering.setCapacity(PARTICIPANTS);
        offering.getTrainers().add(office.find(Person.class, trainerId).orElseThrow());
        for (int d = 0; d < DAYS; d++) {
            SessionDay day = make.createSessionDay();
            day.setSessionDate(new java.util.Date(1_796_000_000_000L + d * 86_400_000L));
            offering.getSessionDays().add(day);
        }
        offering = office.save(offering);
        List<Person> people = sorted(office.findAll(Person.class));
        List<Enrolment> enrolments = new ArrayList<>();
        for (int p = 0; p < PARTICIPANTS; p++) {
            Enrolment enrolment = make.createEnrolment();
            enrolment.setOffering(offering);
            enrolment.setPerson(people.get((round * PARTICIPANTS + p) % people.size()));
            enrolment.setStatus(EnrolmentStatus.ENROLLED);
            enrolments.add(enrolment);
        }
        office.saveAll(enrolments);
        county.sync(office, "lan1");
        county.sync(laptop, TRAINER);
        CourseOffering taught = laptop.find(CourseOffering.class, offering.getId()).orElseThrow();
        List<AttendanceMark> marks = new ArrayList<>();
        for (Enrolment enrolment : laptop.findAll(Enrolment.class)) {
            if (!enrolment.getOffering().getId().equals(taught.getId())) {
                continue;
            }
            for (SessionDay day : taught.getSessionDays()) {
                AttendanceMark mark = make.createAttendanceMark();
                mark.setEnrolment(enrolment);
                mark.setSessionDay(day);
                mark.setMark(marks.size() % 7 == 0 ? AttendanceKind.LATE : AttendanceKind.PRESENT);
                mark.setMarkedAt(new java.util.Date(1_796_000_000_000L + marks.size() * 1_000L));
                marks.add(mark);
            }
        }
        if (marks.size() != PARTICIPANTS * DAYS) {
            throw new AssertionError(marks.size() + " marks for " + PARTICIPANTS + " × " + DAYS);
        }
        return new ArrayList<SyncedObject>(laptop.saveAll(marks));
    }

    /**
     * A CSV import on the county laptop: {@value #IMPORT} new enrolments, enrolled, in {@value #IMPORT_OFFERINGS}
     * new offerings with a seat for each (the offerings are made and synced first, not measured), so that the server
     * decides a seat for every one.
     */
    private static List<SyncedObject> importEnrolments(LocalStore office, int round) throws Exception {
        SamverkaFactory make = SamverkaFactory.eINSTANCE;
        Course course = office.findAll(Course.class).get(0);
        List<CourseOffering> offerings = new ArrayList<>();
        for (int o = 0; o < IMPORT_OFFERINGS; o++) {
            CourseOffering offering = make.createCourseOffering();
            offering.setCourse(course);
            offering.setTitle("Import " + round + "/" + o);
            offering.setCapacity(IMPORT / IMPORT_OFFERINGS);
            offerings.add(offering);
        }
        offerings = office.saveAll(offerings);
        county.sync(office, "lan1");
        List<Person> people = sorted(office.findAll(Person.class));
        List<SyncedObject> enrolments = new ArrayList<>();
        for (int e = 0; e < IMPORT; e++) {
            Enrolment enrolment = make.createEnrolment();
            enrolment.setOffering(offerings.get(e % IMPORT_OFFERINGS));
            enrolment.setPerson(people.get(e % people.size()));
            enrolment.setStatus(EnrolmentStatus.ENROLLED);
            enrolments.add(enrolment);
        }
        return new ArrayList<>(office.saveAll(enrolments));
    }

    private static <T extends SyncedObject> List<T> sorted(List<T> records) {
        return records.stream().sorted(Comparator.comparing(SyncedObject::getId)).toList();
    }

    /** Each record as a row of the bulk insert: its sync state in the same compressed form sync uses. */
    private static List<byte[]> states(List<SyncedObject> records) {
        return records.stream().map(r -> Wire.encodeState(RecordState.of(r))).toList();
    }

    private void prepareBulkTable() throws SQLException {
        try (Connection c = owner(county.settings); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE SAMVERKA.BENCH_ROWS (ID INT NOT NULL PRIMARY KEY, STATE BLOB(1M))");
        } catch (SQLException e) {
            if (!"X0Y32".equals(e.getSQLState())) { // exists from an earlier run
                throw e;
            }
        }
    }

    private void clearBulkTable() throws SQLException {
        try (Connection c = owner(county.settings); Statement s = c.createStatement()) {
            s.execute("DELETE FROM SAMVERKA.BENCH_ROWS");
        }
    }

    /** The baseline: the same rows inserted in one batch and committed, over a new TLS connection. */
    private long bulkInsert(SyncSettings settings, List<byte[]> rows) throws SQLException {
        long started = System.nanoTime();
        try (Connection c = owner(settings)) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO SAMVERKA.BENCH_ROWS(ID, STATE) VALUES (?, ?)")) {
                for (int i = 0; i < rows.size(); i++) {
                    insert.setInt(1, i);
                    insert.setBytes(2, rows.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static Connection owner(SyncSettings settings) throws SQLException {
        return SyncClient.dataSource(settings).getConnection(ServerConfig.OWNER, County.OWNER_PASSWORD);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private void line(String format, Object... args) {
        results.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
