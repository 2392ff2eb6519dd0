package se.samverka.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.samverka.courses.ParticipantImport;
import se.samverka.courses.ParticipantSheet;
import se.samverka.courses.ParticipantSheet.Action;
import se.samverka.model.Course;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.OfferingStatus;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.model.SyncedObject;
import se.samverka.store.LocalStore;
import se.samverka.testing.ui.ApplicationDriver;

/**
 * A participant file of 1 000 rows (900 new people, 100 already in the register, matched by e-mail) checked and
 * imported into a new offering of the large county, in the running application. The baseline, in the same run, is
 * the floor of that import: the same 900 people and 1 000 enrolments made in code and saved with one
 * {@code LocalStore.saveAll}, with no file, no check and no matching. Each figure the median of five rounds after a
 * warm-up, each round with new people. Goal (issue 11): checked and imported in 2 s or less. Run by
 * {@code releng/bench/list-benchmark.sh} with the list benchmark; results in
 * {@code target/participant-import-results.txt}.
 */
class ParticipantImportBenchmark {

    private static final int ROWS = 1000;
    private static final int EXISTING = 100;
    private static final int ROUNDS = 5;

    private final LocalStore store = ApplicationDriver.service(LocalStore.class);
    private final ParticipantImport participants = ApplicationDriver.service(ParticipantImport.class);
    private final List<String> results = new ArrayList<>();

    @Test
    void aThousandRowsCheckedAndImported() throws Exception {
        List<Person> register = store.findAll(Person.class).stream()
                .filter(p -> p.getEmail() != null && !p.getEmail().isBlank()).limit(EXISTING).toList();
        assertEquals(EXISTING, register.size());
        List<Organisation> municipalities = store.findAll(Organisation.class).stream()
                .filter(o -> o.getKind() == OrganisationKind.MUNICIPALITY).toList();
        results.add(String.format(Locale.ROOT, "register: %d people, %d municipalities",
                store.select(Person.class, "id").size(),
                municipalities.size()));
        double[] imports = new double[ROUNDS];
        double[] checks = new double[ROUNDS];
        double[] floors = new double[ROUNDS];
        for (int round = -1; round < ROUNDS; round++) {
            String prefix = "r" + (round + 1) + "-" + UUID.randomUUID().toString().substring(0, 6);
            byte[] file = file(prefix, register, municipalities);
            String offeringId = newOffering();
            long start = System.nanoTime();
            ParticipantSheet checked = participants.check(file, offeringId, null);
            long checkedAt = System.nanoTime();
            ParticipantSheet imported = participants.importParticipants(file, offeringId, null);
            long end = System.nanoTime();
            assertTrue(checked.clean(), () -> checked.problems().subList(0, 3).toString());
            assertEquals(ROWS - EXISTING, imported.count(Action.NEW_PERSON));
            assertEquals(EXISTING, imported.count(Action.EXISTING_PERSON));
            assertEquals(ROWS, store.findBy(Enrolment.class, Literals.ENROLMENT__OFFERING, offeringId).size());

            String floorOffering = newOffering();
            long floorStart = System.nanoTime();
            floor(prefix + "f", floorOffering, register, municipalities);
            long floorEnd = System.nanoTime();
            if (round >= 0) {
                checks[round] = (checkedAt - start) / 1e6;
                imports[round] = (end - start) / 1e6;
                floors[round] = (floorEnd - floorStart) / 1e6;
            }
        }
        double floor = median(floors);
        results.add(String.format(Locale.ROOT, "baseline: %d people and %d enrolments saved in one saveAll: %.0f ms",
                ROWS - EXISTING, ROWS, floor));
        results.add(String.format(Locale.ROOT, "check (read, match, preview) of %d rows: %.0f ms (%.2f x baseline)",
                ROWS, median(checks), median(checks) / floor));
        results.add(String.format(Locale.ROOT,
                "check + import of %d rows: %.0f ms (%.2f x baseline; goal 2000 ms)", ROWS, median(imports),
                median(imports) / floor));
        Measure.write("participant-import-results.txt", results);
    }

    /** The participant file as Excel writes it: a BOM, semicolons, CRLF; new people and some of the register. */
    private static byte[] file(String prefix, List<Person> register, List<Organisation> municipalities)
            throws IOException {
        StringBuilder text = new StringBuilder("Förnamn;Efternamn;E-post;Organisation;Kommun;Telefon\r\n");
        for (int i = 0; i < ROWS - EXISTING; i++) {
            String municipality = municipalities.get(i % municipalities.size()).getName();
            text.append("Åsa").append(i).append(';').append("Öberg-").append(prefix).append(';')
                    .append("asa").append(i).append('.').append(prefix).append("@example.se;")
                    .append("\"Skola ").append(i % 40).append("\";").append(municipality).append(";070-")
                    .append(1000000 + i).append("\r\n");
        }
        for (Person person : register) {
            text.append(person.getFirstName()).append(';').append(person.getLastName()).append(';')
                    .append(person.getEmail()).append(";;;\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** What the import saves, made in code: no file, no check, no matching. */
    private void floor(String prefix, String offeringId, List<Person> register, List<Organisation> municipalities)
            throws Exception {
        SamverkaFactory factory = SamverkaFactory.eINSTANCE;
        CourseOffering offering = store.find(CourseOffering.class, offeringId).orElseThrow();
        List<SyncedObject> records = new ArrayList<>();
        List<Person> people = new ArrayList<>(register);
        for (int i = 0; i < ROWS - EXISTING; i++) {
            Person person = factory.createPerson();
            person.setId(UUID.randomUUID().toString());
            person.setFirstName("Åsa" + i);
            person.setLastName("Öberg-" + prefix);
            person.setEmail("asa" + i + "." + prefix + "@example.se");
            person.setMunicipality(municipalities.get(i % municipalities.size()));
            records.add(person);
            people.add(person);
        }
        Date now = new Date();
        for (Person person : people) {
            Enrolment enrolment = factory.createEnrolment();
            enrolment.setId(UUID.randomUUID().toString());
            enrolment.setOffering(offering);
            enrolment.setPerson(person);
            enrolment.setStatus(EnrolmentStatus.ENROLLED);
            enrolment.setRequestedAt(now);
            enrolment.setStatusChangedAt(now);
            records.add(enrolment);
        }
        store.saveAll(records);
    }

    private String newOffering() throws Exception {
        CourseOffering offering = SamverkaFactory.eINSTANCE.createCourseOffering();
        offering.setCourse(store.findAll(Course.class).getFirst());
        offering.setTitle("Importprov " + UUID.randomUUID());
        offering.setCapacity(ROWS);
        offering.setStatus(OfferingStatus.PUBLISHED);
        return store.save(offering).getId();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
