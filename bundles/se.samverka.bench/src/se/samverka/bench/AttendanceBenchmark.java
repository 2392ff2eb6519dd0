package se.samverka.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import se.samverka.courses.AttendanceService;
import se.samverka.courses.ui.internal.attendance.AttendancePart;
import se.samverka.model.Course;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.OfferingStatus;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SessionDay;
import se.samverka.store.LocalStore;
import se.samverka.testing.ui.ApplicationDriver;
import se.samverka.testing.ui.WindowDriver;
import se.samverka.testing.ui.WindowTest;
import se.samverka.ui.forms.Editors;

/**
 * The attendance grid on the large county, in the real application: an offering of 30 participants × 3 session days
 * (marked on two of them), its read model loaded ({@link AttendanceService#grid}) and the grid opened — from opening
 * its part to the table filled with the read model, as a trainer waits for it. Goal (issue 11): 200 ms or less. The
 * baseline, in the same run, is the lists' baseline ({@link PlainTable}, 1 227 rows). Writes
 * {@code target/attendance-benchmark-results.txt}. Run by {@code releng/bench/list-benchmark.sh}, not by the tests.
 */
class AttendanceBenchmark extends WindowTest {

    private static final int ROUNDS = 7;
    private static final String TITLE = "Benchmark: närvaro 30 × 3";

    private static final Results results = new Results("attendance-benchmark-results.txt", ROUNDS);

    @AfterAll
    static void write() throws IOException {
        results.write();
    }

    @Test
    void theGridOfThirtyParticipantsOnThreeDaysOpens() throws Exception {
        LocalStore store = ApplicationDriver.service(LocalStore.class);
        AttendanceService attendance = ApplicationDriver.service(AttendanceService.class);
        assertTrue(store.findAll(CourseOffering.class).size() > 100, "the large county is loaded");
        String offeringId = offering(store, attendance);
        assertEquals(30, attendance.grid(offeringId).participants().size());
        assertEquals(60, attendance.grid(offeringId).marks().size());

        results.plainTableBaseline(app, window.shell(), 1227);
        results.time("attendance grid: read model of 30 participants x 3 days (AttendanceService.grid)",
                () -> attendance.grid(offeringId));
        results.median("attendance grid: open, from showing its part to the table drawn filled (goal 200 ms)",
                () -> open(offeringId));
    }

    /** The benchmark's offering, made once in the large county: 30 of its people, three days, two of them marked. */
    private static String offering(LocalStore store, AttendanceService attendance) throws Exception {
        for (CourseOffering existing : store.findAll(CourseOffering.class)) {
            if (TITLE.equals(existing.getTitle())) {
                return existing.getId();
            }
        }
        SamverkaFactory model = SamverkaFactory.eINSTANCE;
        Course course = store.findAll(Course.class).stream().min(Comparator.comparing(Course::getName)).orElseThrow();
        CourseOffering offering = model.createCourseOffering();
        offering.setCourse(course);
        offering.setTitle(TITLE);
        offering.setStatus(OfferingStatus.PUBLISHED);
        offering.setCapacity(30);
        offering.setVenue("Länsstyrelsen, Hamnesplanaden 3, Uppsala");
        for (int day = 1; day <= 3; day++) {
            SessionDay sessionDay = model.createSessionDay();
            sessionDay.setSeq(day);
            sessionDay.setSessionDate(new Date(System.currentTimeMillis() + day * 86_400_000L));
            offering.getSessionDays().add(sessionDay);
        }
        CourseOffering saved = store.save(offering);
        List<Person> people = store.findAll(Person.class).stream().sorted(Comparator.comparing(Person::getId))
                .limit(30).toList();
        List<Enrolment> enrolments = new ArrayList<>();
        for (Person person : people) {
            Enrolment enrolment = model.createEnrolment();
            enrolment.setOffering(saved);
            enrolment.setPerson(person);
            enrolment.setStatus(EnrolmentStatus.ENROLLED);
            enrolments.add(enrolment);
        }
        store.saveAll(enrolments);
        var grid = attendance.grid(saved.getId());
        attendance.markAll(saved.getId(), grid.days().get(0).id(), se.samverka.model.AttendanceKind.PRESENT);
        attendance.markAll(saved.getId(), grid.days().get(1).id(), se.samverka.model.AttendanceKind.LATE);
        return saved.getId();
    }

    /** Opens the grid's part and runs the window until its table is drawn filled; closes it. The opening, in ms. */
    private static double open(String offeringId) {
        EPartService parts = app.model().getContext().get(EPartService.class);
        return app.ui().get(() -> {
            Display display = Display.getCurrent();
            long start = System.nanoTime();
            MPart part = Editors.open(parts, AttendancePart.ID, offeringId, "Närvaro");
            Table table = WindowDriver.findIn((Composite) part.getWidget(), "attendance.grid", Table.class);
            double millis = new PageDrawn(display, start)
                    .await(table, () -> table.getData(WindowDriver.LOADING) == null).drawn();
            assertEquals(30, table.getItemCount());
            parts.hidePart(part, true);
            return millis;
        });
    }
}
