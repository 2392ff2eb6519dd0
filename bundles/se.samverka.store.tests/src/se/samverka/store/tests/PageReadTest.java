package se.samverka.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverka.model.ActionItem;
import se.samverka.model.AgendaItem;
import se.samverka.model.AttendanceKind;
import se.samverka.model.AttendanceMark;
import se.samverka.model.Budget;
import se.samverka.model.BudgetLine;
import se.samverka.model.CooperationGroup;
import se.samverka.model.Course;
import se.samverka.model.CourseKind;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.FocusArea;
import se.samverka.model.IndicatorValue;
import se.samverka.model.Invitation;
import se.samverka.model.LocalProject;
import se.samverka.model.Meeting;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.Person;
import se.samverka.model.ProjectIndicator;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.model.SessionDay;
import se.samverka.model.SyncedObject;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;
import se.samverka.store.internal.probe.StoreProbe;
import se.samverka.store.internal.probe.StoreProbe.Counted;

/**
 * The reads behind a page — a record with its parts and what refers to it — cost a number of SQL statements that
 * does not grow with the number of rows: each page is read at two sizes and must cost the same, few statements.
 * The data is made so that every row brings new records to load (each person works at an organisation of their
 * own, part of a municipality, part of the county), as a real county's would.
 */
class PageReadTest {

    private static final char[] PASSWORD = "Brottsförebygg4nde!".toCharArray();
    private static final SamverkaFactory MODEL = SamverkaFactory.eINSTANCE;
    /** What a page may cost at most: a few statements per kind of record on it, none per row. */
    private static final long FEW = 40;

    private LocalStore store;
    private Organisation county;
    private List<Organisation> municipalities;
    private int people;

    @BeforeEach
    void open() throws Exception {
        Path folder = StoreTestSupport.newFolder("pages");
        store = StoreTestSupport.stores().open(folder, PASSWORD, "anna.lindqvist");
        county = store.save(organisation("Länsstyrelsen i Uppsala län", OrganisationKind.COUNTY_BOARD, null));
        municipalities = new ArrayList<>();
        for (String name : List.of("Tierps kommun", "Heby kommun", "Östhammars kommun")) {
            municipalities.add(store.save(organisation(name, OrganisationKind.MUNICIPALITY, county)));
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A meeting page: the meeting with its agenda items and their presenters, its invitations, its action items. */
    private record MeetingPage(Meeting meeting, List<Invitation> invitations, List<ActionItem> actionItems) {
    }

    private MeetingPage meetingPage(String meetingId) {
        return new MeetingPage(store.find(Meeting.class, meetingId).orElseThrow(),
                store.findBy(Invitation.class, Literals.INVITATION__MEETING, meetingId),
                store.findBy(ActionItem.class, Literals.ACTION_ITEM__MEETING, meetingId));
    }

    @Test
    void aMeetingPageCostsTheSameFewStatementsWithFiveOrTwentyAgendaItems() throws Exception {
        CooperationGroup group = MODEL.createCooperationGroup();
        group.setName("Länsnätverket");
        group = store.save(group);
        String small = meetingWith(group, 5);
        String large = meetingWith(group, 20);

        Counted<MeetingPage> five = StoreProbe.count(store, () -> meetingPage(small));
        Counted<MeetingPage> twenty = StoreProbe.count(store, () -> meetingPage(large));

        System.out.printf("Meeting page: %d statements with 5 agenda items, %d with 20%n", five.statements(),
                twenty.statements());
        assertSameFewStatements(five, twenty);

        MeetingPage page = twenty.value();
        assertEquals(20, page.meeting().getAgendaItems().size());
        page.meeting().getAgendaItems().forEach(item -> assertSame(page.meeting(), item.eContainer()));
        assertEquals("Presentatör 20", page.meeting().getAgendaItems().get(19).getPresenter().getFirstName());
        assertEquals(county.getId(), page.meeting().getAgendaItems().get(19).getPresenter().getOrganisation()
                .getParent().getParent().getId(), "the presenter's organisation, its municipality, the county");
        assertEquals(20, page.invitations().size());
        assertTrue(page.invitations().stream().allMatch(i -> i.getMeeting().getId().equals(large)));
        assertEquals(20, page.actionItems().size());
        assertEquals(Set.of(large), page.actionItems().stream().map(a -> a.getMeeting().getId())
                .collect(Collectors.toSet()));
        assertEquals(page.actionItems().stream().map(a -> a.getOwner().getId()).collect(Collectors.toSet()),
                page.meeting().getAgendaItems().stream().map(a -> a.getPresenter().getId())
                        .collect(Collectors.toSet()));
        assertEquals(5, five.value().invitations().size());
    }

    /** An offering page: the offering with its session days, its enrolments and people, and their marks. */
    private record OfferingPage(CourseOffering offering, List<Enrolment> enrolments, List<AttendanceMark> marks) {
    }

    private OfferingPage offeringPage(String offeringId) {
        CourseOffering offering = store.find(CourseOffering.class, offeringId).orElseThrow();
        List<Enrolment> enrolments = store.findBy(Enrolment.class, Literals.ENROLMENT__OFFERING, offeringId);
        return new OfferingPage(offering, enrolments, store.findBy(AttendanceMark.class,
                Literals.ATTENDANCE_MARK__ENROLMENT, enrolments.stream().map(Enrolment::getId).toList()));
    }

    @Test
    void anOfferingPageCostsTheSameFewStatementsWithTenOrThirtyParticipantsMarkedOnThreeDays() throws Exception {
        Course course = course("Grundkurs i praktiskt brottsförebyggande arbete", CourseKind.BASIC_CRIME_PREVENTION);
        String small = offeringWith(course, 10);
        String large = offeringWith(course, 30);

        Counted<OfferingPage> ten = StoreProbe.count(store, () -> offeringPage(small));
        Counted<OfferingPage> thirty = StoreProbe.count(store, () -> offeringPage(large));

        System.out.printf("Offering page: %d statements with 10 participants x 3 days, %d with 30 x 3%n",
                ten.statements(), thirty.statements());
        assertSameFewStatements(ten, thirty);

        OfferingPage page = thirty.value();
        assertEquals(3, page.offering().getSessionDays().size());
        assertEquals(30, page.enrolments().size());
        assertEquals(90, page.marks().size());
        Set<String> enrolled = page.enrolments().stream().map(Enrolment::getId).collect(Collectors.toSet());
        assertTrue(page.marks().stream().allMatch(m -> enrolled.contains(m.getEnrolment().getId())));
        assertEquals(Set.of(1, 2, 3), page.marks().stream().map(m -> m.getSessionDay().getSeq())
                .collect(Collectors.toSet()));
        Enrolment first = page.enrolments().get(0);
        assertEquals(county.getId(), first.getPerson().getOrganisation().getParent().getParent().getId());
        assertEquals(30, ten.value().marks().size());
    }

    /** A project page: the project with its indicators and their values, and its budgets with their lines. */
    private record ProjectPage(LocalProject project, List<Budget> budgets) {
    }

    private ProjectPage projectPage(String projectId) {
        return new ProjectPage(store.find(LocalProject.class, projectId).orElseThrow(),
                store.findBy(Budget.class, Literals.BUDGET__PROJECT, projectId));
    }

    @Test
    void aProjectPageCostsTheSameFewStatementsWithTwoOrEightIndicatorsAndBudgets() throws Exception {
        String small = projectWith(2, municipalities.get(0));
        String large = projectWith(8, municipalities.get(0));

        Counted<ProjectPage> two = StoreProbe.count(store, () -> projectPage(small));
        Counted<ProjectPage> eight = StoreProbe.count(store, () -> projectPage(large));

        System.out.printf("Project page: %d statements with 2 indicators and budgets, %d with 8%n", two.statements(),
                eight.statements());
        assertSameFewStatements(two, eight);

        ProjectPage page = eight.value();
        assertEquals(8, page.project().getIndicators().size());
        assertEquals(List.of("2023", "2024", "2025", "2026"), page.project().getIndicators().get(7).getPeriodValues()
                .stream().map(IndicatorValue::getPeriodLabel).toList());
        assertEquals(county.getId(), page.project().getContact().getOrganisation().getParent().getParent().getId());
        assertEquals(8, page.budgets().size());
        assertTrue(page.budgets().stream().allMatch(b -> b.getLines().size() == 5
                && b.getProject().getId().equals(large)));
    }

    @Test
    void theProjectsOfAMunicipalityCostTheSameFewStatementsForTwoOrSix() throws Exception {
        Organisation heby = municipalities.get(1);
        Organisation knivsta = store.save(organisation("Knivsta kommun", OrganisationKind.MUNICIPALITY, county));
        for (int i = 0; i < 2; i++) {
            projectWith(1, knivsta);
        }
        for (int i = 0; i < 6; i++) {
            projectWith(1, heby);
        }

        Counted<List<LocalProject>> two = StoreProbe.count(store,
                () -> store.findBy(LocalProject.class, Literals.LOCAL_PROJECT__MUNICIPALITY, knivsta.getId()));
        Counted<List<LocalProject>> six = StoreProbe.count(store,
                () -> store.findBy(LocalProject.class, Literals.LOCAL_PROJECT__MUNICIPALITY, heby.getId()));

        System.out.printf("Projects of a municipality: %d statements for 2, %d for 6%n", two.statements(),
                six.statements());
        assertSameFewStatements(two, six);
        assertEquals(6, six.value().size());
        assertTrue(six.value().stream().allMatch(p -> p.getFocusAreas().equals(List.of(FocusArea.PUBLIC_SPACE,
                FocusArea.CHILDREN_AND_YOUTH)) && p.getIndicators().get(0).getPeriodValues().size() == 4));
    }

    @Test
    void findByTakesManyIdsInChunksAndEachRecordOnce() throws Exception {
        Course course = course("MVP", CourseKind.MVP);
        String offeringId = offeringWith(course, 4);
        List<String> enrolments = store.findBy(Enrolment.class, Literals.ENROLMENT__OFFERING, offeringId).stream()
                .map(Enrolment::getId).toList();
        // More ids than one statement names, the real ones at the end and twice.
        List<String> ids = new ArrayList<>(IntStream.range(0, 1_200).mapToObj(i -> UUID.randomUUID().toString())
                .toList());
        ids.addAll(enrolments);
        ids.addAll(enrolments);

        Counted<List<AttendanceMark>> marks = StoreProbe.count(store,
                () -> store.findBy(AttendanceMark.class, Literals.ATTENDANCE_MARK__ENROLMENT, ids));
        assertEquals(12, marks.value().size());
        assertEquals(12, marks.value().stream().map(SyncedObject::getId).distinct().count());
        assertTrue(marks.statements() < 100, marks.statements() + " statements for 1 208 ids");

        List<Enrolment> found = store.find(Enrolment.class, ids);
        assertEquals(enrolments.reversed(), store.find(Enrolment.class, enrolments.reversed()).stream()
                .map(Enrolment::getId).toList(), "in the order asked for");
        assertEquals(enrolments, found.stream().map(Enrolment::getId).toList());
    }

    @Test
    void findByFollowsManyValuedReferencesAndRefusesAReferenceOfAnotherClass() throws Exception {
        Course course = course("PDV", CourseKind.PDV);
        String offeringId = offeringWith(course, 2);
        CourseOffering offering = store.find(CourseOffering.class, offeringId).orElseThrow();
        List<String> trainers = offering.getTrainers().stream().map(Person::getId).toList();

        assertEquals(List.of(offeringId), store.findBy(CourseOffering.class, Literals.COURSE_OFFERING__TRAINERS,
                trainers).stream().map(CourseOffering::getId).toList(), "once, though both trainers name it");
        assertTrue(store.findBy(CourseOffering.class, Literals.COURSE_OFFERING__TRAINERS, "nobody").isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> store.findBy(Enrolment.class, Literals.ATTENDANCE_MARK__ENROLMENT, offeringId));
    }

    @Test
    void whatAPageReadGivesIsADetachedCopyToEditAndSave() throws Exception {
        CooperationGroup group = MODEL.createCooperationGroup();
        group.setName("Styrgruppen");
        String meetingId = meetingWith(store.save(group), 3);
        MeetingPage page = meetingPage(meetingId);
        MeetingPage again = meetingPage(meetingId);
        assertNotSame(page.meeting(), again.meeting(), "each read its own copy");

        page.meeting().getAgendaItems().get(0).setTitle("Ändrad punkt");
        page.actionItems().get(0).setDescription("Ändrad åtgärd");
        store.save(page.meeting());
        store.save(page.actionItems().get(0));

        MeetingPage saved = meetingPage(meetingId);
        assertEquals("Ändrad punkt", saved.meeting().getAgendaItems().get(0).getTitle());
        assertTrue(saved.actionItems().stream().anyMatch(a -> a.getDescription().equals("Ändrad åtgärd")));
        assertEquals("Punkt 1", again.meeting().getAgendaItems().get(0).getTitle(), "an earlier copy is untouched");
    }

    /** The larger page costs as many statements as the smaller, and few; else says which statements grew. */
    private static void assertSameFewStatements(Counted<?> smaller, Counted<?> larger) {
        assertEquals(smaller.statements(), larger.statements(), () -> "the statements grow with the rows; smaller:\n"
                + String.join("\n", smaller.sql()) + "\nlarger:\n" + String.join("\n", larger.sql()));
        assertTrue(larger.statements() <= FEW, () -> larger.statements() + " statements:\n"
                + String.join("\n", larger.sql()));
    }

    /** A meeting with agenda items, each with its own presenter, who is invited and owns an action item. */
    private String meetingWith(CooperationGroup group, int items) throws StoreException {
        Meeting meeting = MODEL.createMeeting();
        meeting.setTitle("Nätverksträff med " + items + " punkter");
        meeting.setCooperationGroup(group);
        meeting.setMeetingDate(new Date(1_762_758_000_000L));
        List<Person> presenters = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            Person presenter = person("Presentatör " + i);
            presenters.add(presenter);
            AgendaItem item = MODEL.createAgendaItem();
            item.setSeq(i);
            item.setTitle("Punkt " + i);
            item.setPresenter(presenter);
            meeting.getAgendaItems().add(item);
        }
        Meeting saved = store.save(meeting);
        List<SyncedObject> records = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            Invitation invitation = MODEL.createInvitation();
            invitation.setMeeting(saved);
            invitation.setPerson(presenters.get(i));
            invitation.setAgendaItem(saved.getAgendaItems().get(i));
            records.add(invitation);
            ActionItem action = MODEL.createActionItem();
            action.setMeeting(saved);
            action.setAgendaItem(saved.getAgendaItems().get(i));
            action.setOwner(presenters.get(i));
            action.setDescription("Åtgärd " + (i + 1));
            records.add(action);
        }
        store.saveAll(records);
        return saved.getId();
    }

    /** An offering with two trainers, three session days, participants, and a mark for each on each day. */
    private String offeringWith(Course course, int participants) throws StoreException {
        CourseOffering offering = MODEL.createCourseOffering();
        offering.setCourse(course);
        offering.setTitle(course.getName() + " för " + participants);
        offering.setCapacity(participants);
        offering.getTrainers().addAll(List.of(person("Utbildare A"), person("Utbildare B")));
        for (int day = 1; day <= 3; day++) {
            SessionDay sessionDay = MODEL.createSessionDay();
            sessionDay.setSeq(day);
            sessionDay.setSessionDate(new Date(1_762_758_000_000L + day * 86_400_000L));
            offering.getSessionDays().add(sessionDay);
        }
        CourseOffering saved = store.save(offering);
        List<Enrolment> enrolments = new ArrayList<>();
        for (int i = 1; i <= participants; i++) {
            Enrolment enrolment = MODEL.createEnrolment();
            enrolment.setOffering(saved);
            enrolment.setPerson(person("Deltagare " + i));
            enrolment.setEnrolledBy(saved.getTrainers().get(0));
            enrolment.setStatus(EnrolmentStatus.ENROLLED);
            enrolments.add(enrolment);
        }
        List<SyncedObject> marks = new ArrayList<>();
        for (Enrolment enrolment : store.saveAll(enrolments)) {
            for (SessionDay day : saved.getSessionDays()) {
                AttendanceMark mark = MODEL.createAttendanceMark();
                mark.setEnrolment(enrolment);
                mark.setSessionDay(day);
                mark.setMark(AttendanceKind.PRESENT);
                mark.setMarkedBy(saved.getTrainers().get(day.getSeq() % 2));
                marks.add(mark);
            }
        }
        store.saveAll(marks);
        return saved.getId();
    }

    /** A project with focus areas, indicators of four yearly values each, and as many budgets of five lines. */
    private String projectWith(int size, Organisation municipality) throws StoreException {
        LocalProject project = MODEL.createLocalProject();
        project.setTitle("Trygg centrumkärna " + size);
        project.setContact(person("Kontakt", municipality));
        project.setMunicipality(municipality);
        project.getFocusAreas().addAll(List.of(FocusArea.PUBLIC_SPACE, FocusArea.CHILDREN_AND_YOUTH));
        for (int i = 1; i <= size; i++) {
            ProjectIndicator indicator = MODEL.createProjectIndicator();
            indicator.setName("Indikator " + i);
            for (String year : List.of("2023", "2024", "2025", "2026")) {
                IndicatorValue value = MODEL.createIndicatorValue();
                value.setPeriodLabel(year);
                indicator.getPeriodValues().add(value);
            }
            project.getIndicators().add(indicator);
        }
        LocalProject saved = store.save(project);
        List<Budget> budgets = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Budget budget = MODEL.createBudget();
            budget.setName("Budget " + (2020 + i));
            budget.setBudgetYear(2020 + i);
            budget.setProject(saved);
            for (int line = 1; line <= 5; line++) {
                BudgetLine budgetLine = MODEL.createBudgetLine();
                budgetLine.setSeq(line);
                budgetLine.setDescription("Rad " + line);
                budgetLine.setPlannedAmount(java.math.BigDecimal.valueOf(1_000L * line));
                budget.getLines().add(budgetLine);
            }
            budgets.add(budget);
        }
        store.saveAll(budgets);
        return saved.getId();
    }

    private Course course(String name, CourseKind kind) throws StoreException {
        Course course = MODEL.createCourse();
        course.setName(name);
        course.setKind(kind);
        return store.save(course);
    }

    /** A person at an organisation of their own, part of one of the municipalities. */
    private Person person(String firstName) throws StoreException {
        return person(firstName, municipalities.get(people % municipalities.size()));
    }

    private Person person(String firstName, Organisation municipality) throws StoreException {
        Organisation workplace = store.save(organisation(firstName + "s arbetsplats", OrganisationKind.OTHER,
                municipality));
        Person person = MODEL.createPerson();
        person.setFirstName(firstName);
        person.setLastName("Nr " + ++people);
        person.setOrganisation(workplace);
        person.setMunicipality(municipality);
        return store.save(person);
    }

    private static Organisation organisation(String name, OrganisationKind kind, Organisation parent) {
        Organisation organisation = MODEL.createOrganisation();
        organisation.setName(name);
        organisation.setKind(kind);
        organisation.setParent(parent);
        return organisation;
    }
}
