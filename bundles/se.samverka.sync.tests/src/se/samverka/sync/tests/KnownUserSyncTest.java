package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.courses.EnrolmentException;
import se.samverka.courses.EnrolmentService;
import se.samverka.courses.EnrolmentService.Enroller;
import se.samverka.courses.ParticipantImport;
import se.samverka.courses.ParticipantSheet;
import se.samverka.courses.internal.enrolment.EnrolmentServiceComponent;
import se.samverka.courses.internal.spreadsheet.ParticipantImportComponent;
import se.samverka.model.CourseOffering;
import se.samverka.model.Person;
import se.samverka.model.sync.Role;
import se.samverka.store.LocalStore;
import se.samverka.store.SyncPort;

/**
 * The laptop learns from the sync's answer who its user is (role, person, municipality, as the county server's
 * {@code USERS} says), keeps it in its database, and the courses services hold the user to it offline: a coordinator's
 * laptop refuses another municipality's person in an enrolment and in a participant file before any further sync.
 */
class KnownUserSyncTest {

    private static County county;

    @BeforeAll
    static void startCounty() throws Exception {
        county = County.shared();
    }

    @Test
    void aCoordinatorsLaptopLearnsItsRoleAndMunicipalityAndRefusesAnotherMunicipalitysPersonOffline()
            throws Exception {
        try (LocalStore laptop = county.laptop("samordnare")) {
            EnrolmentService enrolment = new EnrolmentServiceComponent(laptop);
            assertNull(laptop.sync().user(), "nothing known before the first sync");
            assertEquals(Enroller.COUNTY, enrolment.enroller(), "before the first sync: as today");

            county.sync(laptop, "samordnare");
            assertEquals(new SyncPort.User(Role.COORDINATOR, null, county.municipality.getId()),
                    laptop.sync().user());
            assertEquals(new Enroller(Role.COORDINATOR, county.municipality.getId()), enrolment.enroller());

            // Offline now: the services refuse what the server would, even when the caller names no coordinator.
            CourseOffering offering = laptop.findAll(CourseOffering.class).get(0);
            List<Person> people = laptop.findAll(Person.class);
            Person outsider = people.stream().filter(p -> p.getMunicipality() != null
                    && !p.getMunicipality().getId().equals(county.municipality.getId())).findFirst().orElseThrow();
            Person own = people.stream().filter(p -> p.getMunicipality() != null
                    && p.getMunicipality().getId().equals(county.municipality.getId())
                    && enrolment.refusal(offering.getId(), p, Enroller.COUNTY) == null).findFirst().orElseThrow();
            assertEquals(EnrolmentException.Reason.OTHER_MUNICIPALITY,
                    enrolment.refusal(offering.getId(), outsider, Enroller.COUNTY));
            EnrolmentException refused = assertThrows(EnrolmentException.class,
                    () -> enrolment.enrol(offering.getId(), outsider, Enroller.COUNTY, true));
            assertEquals(EnrolmentException.Reason.OTHER_MUNICIPALITY, refused.reason());
            assertNull(enrolment.refusal(offering.getId(), own, Enroller.COUNTY));

            ParticipantImport sheets = new ParticipantImportComponent(laptop);
            String file = "förnamn;efternamn;kommun\r\nEva;Ek;" + outsider.getMunicipality().getName()
                    + "\r\nOlle;Ås;" + county.municipality.getName() + "\r\n";
            ParticipantSheet sheet = sheets.check(file.getBytes(StandardCharsets.UTF_8), offering.getId(), null);
            assertEquals(List.of(2), sheet.problems().stream().map(ParticipantSheet.Problem::line).toList(),
                    "the other municipality's row, and only it: " + sheet.problems());
            assertEquals(ParticipantSheet.Kind.OTHER_MUNICIPALITY, sheet.problems().get(0).kind());
            assertThrows(IllegalArgumentException.class, () -> sheets
                    .importParticipants(file.getBytes(StandardCharsets.UTF_8), offering.getId(), null));
            assertEquals(0, laptop.sync().unsentChanges(), "nothing saved");
        }
    }

    @Test
    void aTrainersLaptopLearnsThePersonItsUserIs() throws Exception {
        try (LocalStore laptop = county.laptop("utbildare")) {
            county.sync(laptop, "utbildare");
            assertEquals(new SyncPort.User(Role.TRAINER, county.trainer.getId(), null), laptop.sync().user());
            assertEquals(Role.TRAINER, new EnrolmentServiceComponent(laptop).enroller().role());
        }
    }

    @Test
    void countyStaffAreKnownAsSuch() throws Exception {
        try (LocalStore laptop = county.laptop("lan2")) {
            county.sync(laptop, "lan2");
            assertEquals(new SyncPort.User(Role.COUNTY, null, null), laptop.sync().user());
            assertTrue(new EnrolmentServiceComponent(laptop).enroller().role().everything());
        }
    }
}
