package se.samverka.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import se.samverka.model.ActionItem;
import se.samverka.model.ActionItemStatus;
import se.samverka.model.AgendaItem;
import se.samverka.model.Budget;
import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLine;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.CooperationGroup;
import se.samverka.model.Course;
import se.samverka.model.CourseKind;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.FocusArea;
import se.samverka.model.GroupKind;
import se.samverka.model.LocalProject;
import se.samverka.model.Meeting;
import se.samverka.model.MeetingStatus;
import se.samverka.model.OfferingStatus;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.Person;
import se.samverka.model.ProjectStatus;
import se.samverka.model.SyncedObject;
import se.samverka.store.Change;
import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;
import se.samverka.store.SyncPort;

/**
 * A laptop database made by the landed release d062c44 (fixtures/laptop-d062c44.zip, see fixtures/README.md) opens
 * with the current store: its records, references and unsent changes are as they were made, and it takes new edits.
 */
class EarlierLaptopDatabaseTest {

    private static final String FIXTURE = "fixtures/laptop-d062c44.zip";
    private static final char[] PASSWORD = "fixture-lösenord-1".toCharArray();
    private static final String USER = "anna";

    // The ids the release gave the records when it made the fixture.
    private static final String TIERP = "8e696bd3-5b42-413f-9c18-e957220bd68a";
    private static final String KARIN = "7c8d313d-f582-4b2a-ae42-795d6f2d3604";
    private static final String OLLE = "ca257a1d-5f7d-46dc-8a65-4f510cfc3a82";
    private static final String GROUP = "9afd6147-a140-4a70-9542-7765bac28b30";
    private static final String MEETING = "cba6f819-5f67-4f9b-bb6d-b9cae55d4d66";
    private static final String FIRST_ITEM = "a77da04a-8321-4223-843f-d22b52b7f579";
    private static final String SECOND_ITEM = "05800e43-273d-4fbf-a25e-4937fe21852f";
    private static final String DECISION = "10f99252-8dd4-4a60-b096-3ab34b559c6c";
    private static final String ACTION = "57f3f263-c740-49b6-a891-1f46f5b53233";
    private static final String COURSE = "3cdac0ef-e26a-402a-8de4-4a72e9871e05";
    private static final String OFFERING = "5102b4ee-98c9-4367-b028-e292938843fd";
    private static final String ENROLMENT = "717cdf22-4525-432b-a5d0-fedf7c284d75";
    private static final String PROJECT = "6eb8118b-485c-49bc-a044-b0e99443821f";
    private static final String BUDGET = "70e410c5-1b3c-4c55-954c-ed9b9ac90de3";
    private static final String INCOME_LINE = "d1c19903-5c97-4aeb-b8c0-d29cbdb37ffe";
    private static final String EXPENSE_LINE = "9c7aa2df-4b79-4b1d-886b-d5506351672c";
    private static final String REPLICA = "ca87c67c-a7d1-4cfc-ae35-251c9f28e763";

    /** The change log as the release wrote it: seq, class, id, kind, fields, old and new version. */
    private static final List<String> CHANGES = List.of(
            "1 Organisation " + TIERP + " INSERT [name, municipalityCode] 0>1",
            "2 Person " + KARIN + " INSERT [firstName, lastName, title, organisation, municipality, email] 0>1",
            "3 Person " + KARIN + " UPDATE [phone] 1>2",
            "4 Person " + OLLE + " INSERT [firstName, lastName] 0>1",
            "5 Person " + OLLE + " DELETE [deleted] 1>2",
            "6 CooperationGroup " + GROUP + " INSERT [name, kind, description] 0>1",
            "7 AgendaItem " + SECOND_ITEM + " INSERT [title, description, decisions] 0>1",
            "8 Meeting " + MEETING + " INSERT [cooperationGroup, title, meetingDate, endsAt, place, status, agendaItems] 0>1",
            "9 Decision " + DECISION + " INSERT [text] 0>1",
            "10 AgendaItem " + FIRST_ITEM + " INSERT [title, presenter, durationMinutes] 0>1",
            "11 ActionItem " + ACTION + " INSERT [meeting, agendaItem, description, owner, dueDate, status] 0>1",
            "12 Course " + COURSE + " INSERT [name] 0>1",
            "13 CourseOffering " + OFFERING + " INSERT [course, title, venue, capacity, trainers, status] 0>1",
            "14 Enrolment " + ENROLMENT + " INSERT [offering, person, status, requestedAt, note] 0>1",
            "15 LocalProject " + PROJECT + " INSERT [municipality, title, focusAreas, status, contact] 0>1",
            "16 BudgetLine " + EXPENSE_LINE + " INSERT [kind, category, description, plannedAmount] 0>1",
            "17 BudgetLine " + INCOME_LINE + " INSERT [category, description, plannedAmount] 0>1",
            "18 Budget " + BUDGET + " INSERT [project, name, budgetYear, lines] 0>1");

    /** The outbox as the release read it: class, id, base version, newest change. */
    private static final List<String> OUTBOX = List.of(
            "Organisation " + TIERP + " 0 1",
            "Person " + KARIN + " 0 3",
            "Person " + OLLE + " 0 5",
            "CooperationGroup " + GROUP + " 0 6",
            "Meeting " + MEETING + " 0 10",
            "ActionItem " + ACTION + " 0 11",
            "Course " + COURSE + " 0 12",
            "CourseOffering " + OFFERING + " 0 13",
            "Enrolment " + ENROLMENT + " 0 14",
            "LocalProject " + PROJECT + " 0 15",
            "Budget " + BUDGET + " 0 18");

    @Test
    void aLaptopDatabaseOfReleaseD062c44OpensWithItsRecordsAndUnsentChanges() throws Exception {
        LocalStores stores = StoreTestSupport.stores();
        Path folder = unzipFixture();
        assertTrue(stores.exists(folder), "the fixture is a Samverka database");

        LocalStore store = stores.open(folder, PASSWORD, USER);
        try {
            assertRecords(store);
            assertEquals(CHANGES, describe(store.changes()));
            store.changes().forEach(change -> assertEquals(USER, change.user()));
            SyncPort sync = store.sync();
            assertEquals(REPLICA, sync.replicaId());
            assertEquals(0, sync.checkpoint());
            assertNull(sync.lastSync());
            assertEquals(18, sync.unsentChanges());
            assertEquals(OUTBOX, outbox(sync));
            assertTrue(sync.conflicts().isEmpty());

            Meeting meeting = store.find(Meeting.class, MEETING).orElseThrow();
            meeting.setMinutes("Protokoll justerat.");
            Meeting saved = store.save(meeting);
            assertEquals(2, saved.getVersion());
        } finally {
            store.close();
        }

        store = stores.open(folder, PASSWORD, USER);
        try {
            assertEquals("Protokoll justerat.", store.find(Meeting.class, MEETING).orElseThrow().getMinutes());
            List<Change> changes = store.changes();
            assertEquals(CHANGES, describe(changes.subList(0, 18)), "the earlier changes stay as they were");
            assertEquals(List.of("19 Meeting " + MEETING + " UPDATE [minutes] 1>2"),
                    describe(changes.subList(18, changes.size())));
            assertEquals(USER, changes.get(18).user());
            assertEquals(19, store.sync().unsentChanges());
            List<String> outbox = OUTBOX.stream()
                    .map(line -> line.equals("Meeting " + MEETING + " 0 10") ? "Meeting " + MEETING + " 0 19" : line)
                    .toList();
            assertEquals(outbox, outbox(store.sync()));
        } finally {
            store.close();
        }
    }

    private static void assertRecords(LocalStore store) {
        Organisation tierp = store.find(Organisation.class, TIERP).orElseThrow();
        assertEquals("Tierps kommun", tierp.getName());
        assertEquals(OrganisationKind.MUNICIPALITY, tierp.getKind());
        assertEquals("0360", tierp.getMunicipalityCode());
        assertEquals(1, tierp.getVersion());
        assertEquals(USER, tierp.getModifiedBy());

        assertEquals(List.of(KARIN), ids(store.findAll(Person.class)), "the deleted person is not listed");
        assertTrue(store.find(Person.class, OLLE).isEmpty(), "the deleted person stays a tombstone");
        Person karin = store.find(Person.class, KARIN).orElseThrow();
        assertEquals(List.of("Karin", "Ekström", "Samordnare", "karin.ekstrom@tierp.example", "0293-123 45"),
                List.of(karin.getFirstName(), karin.getLastName(), karin.getTitle(), karin.getEmail(),
                        karin.getPhone()));
        assertEquals(TIERP, karin.getOrganisation().getId());
        assertEquals(TIERP, karin.getMunicipality().getId());
        assertEquals(2, karin.getVersion());

        CooperationGroup group = store.find(CooperationGroup.class, GROUP).orElseThrow();
        assertEquals("Brå Tierp", group.getName());
        assertEquals(GroupKind.STEERING_GROUP, group.getKind());
        assertEquals("Lokala brottsförebyggande rådet.", group.getDescription());

        Meeting meeting = store.find(Meeting.class, MEETING).orElseThrow();
        assertEquals("Styrgruppsmöte mars", meeting.getTitle());
        assertEquals(GROUP, meeting.getCooperationGroup().getId());
        assertEquals(new Date(1_773_057_600_000L), meeting.getMeetingDate());
        assertEquals(new Date(1_773_064_800_000L), meeting.getEndsAt());
        assertEquals("Kommunhuset, Tierp", meeting.getPlace());
        assertEquals(MeetingStatus.HELD, meeting.getStatus());
        assertNull(meeting.getMinutes());
        assertEquals(List.of(FIRST_ITEM, SECOND_ITEM), ids(meeting.getAgendaItems()), "in their order");
        AgendaItem first = meeting.getAgendaItems().get(0);
        assertEquals("Lägesbild", first.getTitle());
        assertEquals(KARIN, first.getPresenter().getId());
        assertEquals(20, first.getDurationMinutes());
        assertTrue(first.getDecisions().isEmpty());
        AgendaItem second = meeting.getAgendaItems().get(1);
        assertEquals("Trygghetsvandring i centrum", second.getTitle());
        assertEquals("Planering inför våren.", second.getDescription());
        assertNull(second.getPresenter());
        assertEquals(List.of(DECISION), ids(second.getDecisions()));
        assertEquals("Vandringen genomförs i april.", second.getDecisions().get(0).getText());
        assertSame(meeting, second.eContainer());

        ActionItem action = store.find(ActionItem.class, ACTION).orElseThrow();
        assertEquals(MEETING, action.getMeeting().getId());
        assertEquals(SECOND_ITEM, action.getAgendaItem().getId(), "the action item refers to the second agenda item");
        assertEquals("Trygghetsvandring i centrum", action.getAgendaItem().getTitle());
        assertEquals("Boka lokal och bjud in polisen.", action.getDescription());
        assertEquals(KARIN, action.getOwner().getId());
        assertEquals(new Date(1_774_008_000_000L), action.getDueDate());
        assertEquals(ActionItemStatus.IN_PROGRESS, action.getStatus());
        assertNull(action.getCompletedAt());

        Course course = store.find(Course.class, COURSE).orElseThrow();
        assertEquals("Grundkurs i brottsförebyggande arbete", course.getName());
        assertEquals(CourseKind.BASIC_CRIME_PREVENTION, course.getKind());
        CourseOffering offering = store.find(CourseOffering.class, OFFERING).orElseThrow();
        assertEquals(COURSE, offering.getCourse().getId());
        assertEquals("Grundkurs våren 2026", offering.getTitle());
        assertEquals("Folkets hus", offering.getVenue());
        assertEquals(24, offering.getCapacity());
        assertEquals(OfferingStatus.PUBLISHED, offering.getStatus());
        assertEquals(List.of(KARIN), ids(offering.getTrainers()));
        Enrolment enrolment = store.find(Enrolment.class, ENROLMENT).orElseThrow();
        assertEquals(OFFERING, enrolment.getOffering().getId());
        assertEquals(KARIN, enrolment.getPerson().getId());
        assertEquals(EnrolmentStatus.ENROLLED, enrolment.getStatus());
        assertEquals(0, enrolment.getWaitlistPosition());
        assertEquals(new Date(1_772_000_000_000L), enrolment.getRequestedAt());
        assertEquals("Vegetarisk lunch.", enrolment.getNote());
        assertFalse(enrolment.isWalkIn());

        LocalProject project = store.find(LocalProject.class, PROJECT).orElseThrow();
        assertEquals("Trygg centrumkärna", project.getTitle());
        assertEquals(TIERP, project.getMunicipality().getId());
        assertEquals(KARIN, project.getContact().getId());
        assertEquals(ProjectStatus.ONGOING, project.getStatus());
        assertEquals(List.of(FocusArea.PUBLIC_SPACE, FocusArea.CHILDREN_AND_YOUTH), project.getFocusAreas());
        Budget budget = store.find(Budget.class, BUDGET).orElseThrow();
        assertEquals(PROJECT, budget.getProject().getId());
        assertEquals("Trygg centrumkärna 2026", budget.getName());
        assertEquals(2026, budget.getBudgetYear());
        assertEquals(List.of(INCOME_LINE, EXPENSE_LINE), ids(budget.getLines()));
        assertLine(budget.getLines().get(0), BudgetLineKind.INCOME, BudgetCategory.GRANT, "Länsstyrelsen", "50000.00");
        assertLine(budget.getLines().get(1), BudgetLineKind.EXPENSE, BudgetCategory.EVALUATION, "Utvärdering",
                "12500.50");

        Map<Class<?>, Integer> counts = Map.of(Organisation.class, 1, CooperationGroup.class, 1, Meeting.class, 1,
                ActionItem.class, 1, Course.class, 1, CourseOffering.class, 1, Enrolment.class, 1,
                LocalProject.class, 1, Budget.class, 1);
        counts.forEach((type, count) -> assertEquals(count,
                store.findAll(type.asSubclass(SyncedObject.class)).size(), type.getSimpleName()));
    }

    private static void assertLine(BudgetLine line, BudgetLineKind kind, BudgetCategory category, String text,
            String planned) {
        assertEquals(kind, line.getKind());
        assertEquals(category, line.getCategory());
        assertEquals(text, line.getDescription());
        assertEquals(0, new BigDecimal(planned).compareTo(line.getPlannedAmount()), line.getPlannedAmount() + "");
        assertNull(line.getActualAmount());
    }

    private static List<String> ids(List<? extends SyncedObject> objects) {
        return objects.stream().map(SyncedObject::getId).toList();
    }

    private static List<String> describe(List<Change> changes) {
        return changes.stream().map(c -> c.seq() + " " + c.objectType() + " " + c.objectId() + " " + c.kind() + " "
                + c.fields() + " " + c.oldVersion() + ">" + c.newVersion()).toList();
    }

    private static List<String> outbox(SyncPort sync) {
        return sync.outbox().stream().map(o -> o.record().eClass().getName() + " " + o.record().getId() + " "
                + o.baseVersion() + " " + o.upToChange()).toList();
    }

    /** The fixture, read through this bundle, unzipped into a fresh folder under target/. */
    private static Path unzipFixture() throws IOException {
        URL zip = FrameworkUtil.getBundle(EarlierLaptopDatabaseTest.class).getEntry(FIXTURE);
        assertNotNull(zip, FIXTURE + " is part of the test bundle (build.properties)");
        Path folder = StoreTestSupport.newFolder("laptop-d062c44");
        try (ZipInputStream in = new ZipInputStream(zip.openStream())) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(folder), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        return folder;
    }
}
