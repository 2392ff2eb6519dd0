package se.samverka.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverka.model.ActionItem;
import se.samverka.model.AgendaItem;
import se.samverka.model.Budget;
import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLine;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.CooperationGroup;
import se.samverka.model.Course;
import se.samverka.model.CourseKind;
import se.samverka.model.CourseOffering;
import se.samverka.model.Decision;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.FocusArea;
import se.samverka.model.LocalProject;
import se.samverka.model.Meeting;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.rules.EnrolmentTransitions;
import se.samverka.model.rules.Labels;
import se.samverka.store.Change;
import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;
import se.samverka.store.RecordsChanged;
import se.samverka.store.Referrer;
import se.samverka.store.StoreException;

/** The local store on a real encrypted Derby database. */
class LocalStoreTest {

    private static final char[] PASSWORD = "Brottsförebygg4nde!".toCharArray();
    private static final SamverkaFactory MODEL = SamverkaFactory.eINSTANCE;

    private LocalStores stores;
    private Path folder;
    private LocalStore store;

    @BeforeEach
    void open() throws Exception {
        stores = StoreTestSupport.stores();
        folder = StoreTestSupport.newFolder("store");
        store = stores.open(folder, PASSWORD, "anna.lindqvist");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aGraphSurvivesARestartWithContainmentOrderAndReferences() throws Exception {
        Organisation tierp = organisation("Tierps kommun");
        Person karin = store.save(person("Karin", "Ek", tierp));
        Person olle = store.save(person("Olle", "Berg", tierp));

        Meeting meeting = meeting("Nätverksträff", group("Länsnätverket"));
        for (String title : List.of("Inledning", "Lägesbild", "Avslutning")) {
            AgendaItem item = MODEL.createAgendaItem();
            item.setTitle(title);
            item.setPresenter(karin);
            meeting.getAgendaItems().add(item);
        }
        Decision decision = MODEL.createDecision();
        decision.setText("Lägesbilden godkänns.");
        meeting.getAgendaItems().get(1).getDecisions().add(decision);
        String meetingId = store.save(meeting).getId();

        Course course = MODEL.createCourse();
        course.setName("Grundkurs");
        course.setKind(CourseKind.BASIC_CRIME_PREVENTION);
        CourseOffering offering = MODEL.createCourseOffering();
        offering.setCourse(store.save(course));
        offering.setTitle("Grundkurs november");
        offering.getTrainers().addAll(List.of(olle, karin));
        String offeringId = store.save(offering).getId();

        LocalProject project = MODEL.createLocalProject();
        project.setMunicipality(tierp);
        project.setTitle("Trygg centrumkärna");
        project.getFocusAreas().addAll(List.of(FocusArea.PUBLIC_SPACE, FocusArea.CHILDREN_AND_YOUTH));
        String projectId = store.save(project).getId();

        reopen();
        Meeting loaded = store.find(Meeting.class, meetingId).orElseThrow();
        assertEquals(List.of("Inledning", "Lägesbild", "Avslutning"),
                loaded.getAgendaItems().stream().map(AgendaItem::getTitle).toList());
        loaded.getAgendaItems().forEach(item -> assertSame(loaded, item.eContainer()));
        assertEquals("Lägesbilden godkänns.", loaded.getAgendaItems().get(1).getDecisions().get(0).getText());
        assertSame(loaded.getAgendaItems().get(1), loaded.getAgendaItems().get(1).getDecisions().get(0).eContainer());
        assertEquals("Karin", loaded.getAgendaItems().get(0).getPresenter().getFirstName());
        assertEquals("Tierps kommun", loaded.getAgendaItems().get(0).getPresenter().getOrganisation().getName());
        assertEquals("Länsnätverket", loaded.getCooperationGroup().getName());
        assertEquals(List.of("Olle", "Karin"), store.find(CourseOffering.class, offeringId).orElseThrow()
                .getTrainers().stream().map(Person::getFirstName).toList());
        assertEquals(List.of(FocusArea.PUBLIC_SPACE, FocusArea.CHILDREN_AND_YOUTH),
                store.find(LocalProject.class, projectId).orElseThrow().getFocusAreas());
    }

    @Test
    void editsOfAContainedListAreSavedAndDoNotEmptyTheObject() throws Exception {
        Meeting meeting = meeting("Styrgrupp", group("Styrgruppen"));
        AgendaItem first = MODEL.createAgendaItem();
        first.setTitle("Budget");
        meeting.getAgendaItems().add(first);
        Meeting saved = store.save(meeting);
        assertEquals(1, meeting.getAgendaItems().size(), "saving leaves the caller's object as it was");
        assertEquals(1, saved.getAgendaItems().size(), "saving keeps the contained items in the result");

        AgendaItem second = MODEL.createAgendaItem();
        second.setTitle("Övrigt");
        saved.getAgendaItems().add(0, second);
        Meeting again = store.save(saved);
        assertEquals(List.of("Övrigt", "Budget"), again.getAgendaItems().stream().map(AgendaItem::getTitle).toList());

        reopen();
        assertEquals(List.of("Övrigt", "Budget"), store.find(Meeting.class, again.getId()).orElseThrow()
                .getAgendaItems().stream().map(AgendaItem::getTitle).toList());
    }

    @Test
    void aStaleCopyIsRefused() throws Exception {
        Person person = person("Olle", "Berg", null);
        String id = store.save(person).getId();
        Person mine = store.find(Person.class, id).orElseThrow();
        Person theirs = store.find(Person.class, id).orElseThrow();
        mine.setFirstName("Olof");
        store.save(mine);
        theirs.setFirstName("Ola");
        int changesBefore = store.changes().size();
        StoreException refused = assertThrows(StoreException.class, () -> store.save(theirs));
        assertEquals(StoreException.Reason.CHANGED_ELSEWHERE, refused.reason());
        assertEquals("Olof", store.find(Person.class, id).orElseThrow().getFirstName());
        assertEquals(changesBefore, store.changes().size(), "the change entry was rolled back with the write");
    }

    @Test
    void everyWriteIsRecordedAsAChangeAndAnInvalidWriteAsNothing() throws Exception {
        Person person = person("Sara", "Holm", null);
        Person saved = store.save(person);
        saved.setFirstName("Sarah");
        Person updated = store.save(saved);

        Person nameless = MODEL.createPerson();
        StoreException invalid = assertThrows(StoreException.class, () -> store.save(nameless));
        assertEquals(StoreException.Reason.INVALID, invalid.reason());
        assertTrue(invalid.getMessage().contains("måste fyllas i") || invalid.getMessage().contains("is required"),
                invalid.getMessage());

        List<Change> changes = store.changes().stream().filter(c -> c.objectType().equals("Person")).toList();
        assertEquals(2, changes.size(), "the refused write left no change: " + changes);
        assertEquals(Change.Kind.INSERT, changes.get(0).kind());
        assertEquals(List.of("firstName", "lastName"), changes.get(0).fields());
        assertEquals(Change.Kind.UPDATE, changes.get(1).kind());
        assertEquals(List.of("firstName"), changes.get(1).fields());
        assertEquals(changes.get(0).newVersion(), changes.get(1).oldVersion());
        assertEquals(updated.getVersion(), changes.get(1).newVersion());
        assertEquals("anna.lindqvist", changes.get(1).user());
        assertEquals(1, store.findAll(Person.class).size());
    }

    @Test
    void aBatchOfNewRecordsThatReferToEachOtherIsSavedInOneTransaction() throws Exception {
        assertTrue(store.isEmpty());
        Organisation heby = MODEL.createOrganisation();
        heby.setKind(OrganisationKind.MUNICIPALITY);
        heby.setName("Heby kommun");
        Person lena = person("Lena", "Holm", heby);
        CooperationGroup network = MODEL.createCooperationGroup();
        network.setName("Länsnätverket");
        Meeting meeting = meeting("Nätverksträff 1", network);
        AgendaItem item = MODEL.createAgendaItem();
        item.setTitle("Lägesbild Heby");
        item.setPresenter(lena);
        meeting.getAgendaItems().add(item);

        store.saveAll(List.of(heby, lena, network, meeting));
        reopen();

        assertFalse(store.isEmpty());
        Meeting loaded = store.findAll(Meeting.class).get(0);
        assertEquals("Länsnätverket", loaded.getCooperationGroup().getName());
        assertEquals("Heby kommun", loaded.getAgendaItems().get(0).getPresenter().getOrganisation().getName());
        assertEquals(5, store.changes().size(), "one change per record, the contained agenda item included");
    }

    @Test
    void aBatchWithOneInvalidRecordWritesNothing() throws Exception {
        Organisation knivsta = MODEL.createOrganisation();
        knivsta.setKind(OrganisationKind.MUNICIPALITY);
        knivsta.setName("Knivsta kommun");
        Person nameless = person("Per", "Ek", knivsta);
        nameless.setLastName(null);

        StoreException refused = assertThrows(StoreException.class,
                () -> store.saveAll(List.of(knivsta, nameless)));

        assertEquals(StoreException.Reason.INVALID, refused.reason());
        assertTrue(store.findAll(Organisation.class).isEmpty());
        assertTrue(store.changes().isEmpty());
        assertTrue(store.isEmpty());
    }

    @Test
    void anEnrolmentStatusChangesOnlyAsAllowedAndARefusalWritesNothing() throws Exception {
        Organisation heby = organisation("Heby kommun");
        Person person = store.save(person("Lena", "Holm", heby));
        Course course = MODEL.createCourse();
        course.setName("MVP");
        course.setKind(CourseKind.MVP);
        CourseOffering offering = MODEL.createCourseOffering();
        offering.setCourse(store.save(course));
        offering.setTitle("MVP hösten");
        offering = store.save(offering);
        Enrolment enrolment = MODEL.createEnrolment();
        enrolment.setOffering(offering);
        enrolment.setPerson(person);
        enrolment.setStatus(EnrolmentStatus.WAITLISTED);
        enrolment.setWaitlistPosition(1);
        enrolment = store.save(enrolment);
        int changesBefore = store.changes().size();

        Enrolment skipping = enrolment;
        skipping.setStatus(EnrolmentStatus.COMPLETED);
        skipping.setWaitlistPosition(0);
        StoreException refused = assertThrows(StoreException.class, () -> store.save(skipping));
        assertEquals(StoreException.Reason.INVALID, refused.reason());
        assertEquals(EnrolmentTransitions.refusal(EnrolmentStatus.WAITLISTED, EnrolmentStatus.COMPLETED,
                java.util.Locale.getDefault()), refused.getMessage());
        assertTrue(refused.getMessage().contains(Labels.of(EnrolmentStatus.COMPLETED, java.util.Locale.getDefault())));
        assertEquals(changesBefore, store.changes().size());
        Enrolment stored = store.find(Enrolment.class, enrolment.getId()).orElseThrow();
        assertEquals(EnrolmentStatus.WAITLISTED, stored.getStatus());

        stored.setStatus(EnrolmentStatus.ENROLLED);
        stored.setWaitlistPosition(0);
        assertEquals(EnrolmentStatus.ENROLLED, store.save(stored).getStatus(), "promoted from the waitlist");
    }

    @Test
    void amountsAreSummedAndRecordsCountedWithoutLoadingThem() throws Exception {
        Organisation tierp = organisation("Tierps kommun");
        LocalProject project = MODEL.createLocalProject();
        project.setMunicipality(tierp);
        project.setTitle("Nattvandring i Söderfors");
        project = store.save(project);
        for (int year : List.of(2025, 2026)) {
            Budget budget = MODEL.createBudget();
            budget.setProject(project);
            budget.setName("Nattvandring " + year);
            budget.setBudgetYear(year);
            budget.getLines().add(line(BudgetLineKind.INCOME, BudgetCategory.GRANT, 50_000));
            budget.getLines().add(line(BudgetLineKind.EXPENSE, BudgetCategory.OTHER_EXPENSE, 30_000));
            budget.getLines().add(line(BudgetLineKind.EXPENSE, BudgetCategory.EVALUATION, 12_500));
            store.save(budget);
        }

        var sums = store.sum(Budget.class, "lines", "plannedAmount", java.util.Map.of("kind", BudgetLineKind.EXPENSE),
                "project.id");
        assertEquals(java.util.Map.of(List.of(project.getId()), new java.math.BigDecimal("85000")),
                stripped(sums));
        assertEquals(java.util.Map.of(List.of(), 2L), store.count(Budget.class));
        assertEquals(java.util.Map.of(List.of(2025), 1L, List.of(2026), 1L), store.count(Budget.class, "budgetYear"));
    }

    @Test
    void listRowsAreReadWithoutLoadingTheRecords() throws Exception {
        Organisation heby = organisation("Heby kommun");
        Person contact = store.save(person("Lena", "Holm", heby));
        LocalProject withContact = MODEL.createLocalProject();
        withContact.setMunicipality(heby);
        withContact.setTitle("Grannsamverkan i Tärnsjö");
        withContact.setContact(contact);
        withContact.getFocusAreas().addAll(List.of(FocusArea.PUBLIC_SPACE, FocusArea.BUSINESS));
        withContact.getIndicators().add(MODEL.createProjectIndicator());
        withContact.getIndicators().get(0).setName("Anmälda inbrott");
        LocalProject without = MODEL.createLocalProject();
        without.setMunicipality(heby);
        without.setTitle("Nattvandring i Östervåla");
        store.saveAll(List.of(withContact, without));

        java.util.Map<String, List<Object>> rows = new java.util.HashMap<>();
        for (Object[] row : store.select(LocalProject.class, "title", "contact.lastName", "size(indicators)")) {
            rows.put((String) row[0], java.util.Arrays.asList(row));
        }
        assertEquals(java.util.Arrays.asList("Grannsamverkan i Tärnsjö", "Holm", 1L), rows.get("Grannsamverkan i Tärnsjö"));
        assertEquals(java.util.Arrays.asList("Nattvandring i Östervåla", null, 0L), rows.get("Nattvandring i Östervåla"),
                "a project without a contact is listed, with an empty contact");
        var focus = store.selectMany(LocalProject.class, "focusAreas");
        assertEquals(java.util.Set.of(FocusArea.PUBLIC_SPACE, FocusArea.BUSINESS),
                java.util.Set.copyOf(focus.get(withContact.getId())));
        assertFalse(focus.containsKey(without.getId()));
    }

    private static BudgetLine line(BudgetLineKind kind, BudgetCategory category, int planned) {
        BudgetLine line = MODEL.createBudgetLine();
        line.setKind(kind);
        line.setCategory(category);
        line.setPlannedAmount(java.math.BigDecimal.valueOf(planned));
        return line;
    }

    private static java.util.Map<List<Object>, java.math.BigDecimal> stripped(
            java.util.Map<List<Object>, java.math.BigDecimal> sums) {
        java.util.Map<List<Object>, java.math.BigDecimal> result = new java.util.HashMap<>();
        sums.forEach((key, sum) -> result.put(key, sum.stripTrailingZeros().setScale(0)));
        return result;
    }

    @Test
    void aDeleteIsATombstone() throws Exception {
        Person person = person("Per", "Dahl", null);
        Person saved = store.save(person);
        store.delete(saved);
        assertTrue(store.findAll(Person.class).isEmpty());
        assertTrue(store.find(Person.class, saved.getId()).isEmpty());
        Change last = store.changes().get(store.changes().size() - 1);
        assertEquals(Change.Kind.DELETE, last.kind());
        assertEquals(saved.getId(), last.objectId());
    }

    @Test
    void aWrongPasswordIsRefusedAndTheDataStaysReadable() throws Exception {
        Person person = person("Lena", "Ström", null);
        String id = store.save(person).getId();
        store.close();

        StoreException refused = assertThrows(StoreException.class,
                () -> stores.open(folder, "fel lösenord".toCharArray(), "x"));
        assertEquals(StoreException.Reason.WRONG_PASSWORD, refused.reason());

        store = stores.open(folder, PASSWORD, "anna.lindqvist");
        assertEquals("Lena", store.find(Person.class, id).orElseThrow().getFirstName());
    }

    @Test
    void theDatabaseFilesHoldNoPlaintext() throws Exception {
        String name = "Zlatanbergsdottir";
        Person person = person(name, "Lind", null);
        store.save(person);
        store.close();
        assertTrue(filesUnder(folder).size() > 5, "the database has files");
        for (Path file : filesUnder(folder)) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains(name), "plain name in " + file);
            assertFalse(new String(Files.readAllBytes(file), StandardCharsets.UTF_16BE).contains(name),
                    "UTF-16 name in " + file);
        }
        store = stores.open(folder, PASSWORD, "anna.lindqvist");
        assertEquals(name, store.findAll(Person.class).get(0).getFirstName(), "readable with the password");
    }

    private Organisation organisation(String name) throws StoreException {
        Organisation organisation = MODEL.createOrganisation();
        organisation.setName(name);
        organisation.setKind(OrganisationKind.MUNICIPALITY);
        return store.save(organisation);
    }

    private static Person person(String firstName, String lastName, Organisation organisation) {
        Person person = MODEL.createPerson();
        person.setFirstName(firstName);
        person.setLastName(lastName);
        person.setOrganisation(organisation);
        return person;
    }

    @Test
    void whatRefersToAPartIsNamedAndTheClearingSaveRemovesThePartAndClearsTheReferences() throws Exception {
        Meeting planned = meeting("Nätverksträff", group("Länsnätverket"));
        for (String title : List.of("Lägesbild", "Budget")) {
            AgendaItem item = MODEL.createAgendaItem();
            item.setTitle(title);
            planned.getAgendaItems().add(item);
        }
        Meeting meeting = store.save(planned);
        ActionItem aboutFirst = store.save(action(meeting, meeting.getAgendaItems().get(0), "Ta fram en lägesbild"));
        ActionItem aboutSecond = store.save(action(meeting, meeting.getAgendaItems().get(1), "Söka medel"));
        AgendaItem first = meeting.getAgendaItems().get(0);

        assertEquals(List.of(new Referrer("ActionItem", aboutFirst.getId(), "Ta fram en lägesbild", "agendaItem",
                false, "ActionItem", aboutFirst.getId())), store.referrers(first));
        // The meeting is referred to by both action items (required), and its agenda items by one each.
        assertEquals(4, store.referrers(meeting).size());

        // A plain save refuses to remove a part something refers to, in words, and writes nothing.
        meeting.getAgendaItems().remove(0);
        int changes = store.changes().size();
        StoreException refused = assertThrows(StoreException.class, () -> store.save(meeting));
        assertEquals(StoreException.Reason.REFERENCED, refused.reason());
        assertTrue(refused.getMessage().contains("Ta fram en lägesbild"), refused.getMessage());
        assertEquals(List.of("ActionItem"), refused.referrers().stream().map(Referrer::type).distinct().toList(),
                "the refusal names what refers, for the window to say");
        assertEquals(changes, store.changes().size());
        assertEquals(2, store.find(Meeting.class, meeting.getId()).orElseThrow().getAgendaItems().size());

        // The clearing save removes it and, in the same transaction, clears the reference as a logged write.
        store.saveClearingReferences(meeting);
        assertEquals(List.of("Budget"), store.find(Meeting.class, meeting.getId()).orElseThrow().getAgendaItems()
                .stream().map(AgendaItem::getTitle).toList());
        assertNull(store.find(ActionItem.class, aboutFirst.getId()).orElseThrow().getAgendaItem());
        assertEquals("Budget", store.find(ActionItem.class, aboutSecond.getId()).orElseThrow().getAgendaItem()
                .getTitle());
        assertTrue(store.changes().stream().anyMatch(c -> c.objectId().equals(aboutFirst.getId())
                && c.kind() == Change.Kind.UPDATE && c.fields().equals(List.of("agendaItem"))), store.changes()
                        .toString());
        assertTrue(store.referrers(first).isEmpty());
    }

    @Test
    void aCommittedWriteTellsTheListenersWhatChangedAndARefusedOneTellsNothing() throws Exception {
        List<RecordsChanged> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        Runnable stop = store.onChange(told::add);
        Meeting planned = meeting("Nätverksträff", group("Länsnätverket"));
        AgendaItem item = MODEL.createAgendaItem();
        item.setTitle("Lägesbild");
        planned.getAgendaItems().add(item);
        told.clear();
        Meeting meeting = store.save(planned);
        assertEquals(1, told.size());
        assertEquals(RecordsChanged.Cause.SAVE, told.get(0).cause());
        assertTrue(told.get(0).touches(meeting.getId()));
        assertTrue(told.get(0).touches(meeting.getAgendaItems().get(0).getId()), "the part too");
        assertTrue(told.get(0).touchesAny(List.of("Meeting")) && told.get(0).touchesAny(List.of("AgendaItem")));
        assertFalse(told.get(0).touchesAny(List.of("ActionItem")));

        ActionItem action = store.save(action(meeting, meeting.getAgendaItems().get(0), "Ta fram en lägesbild"));
        told.clear();
        meeting.getAgendaItems().remove(0);
        assertThrows(StoreException.class, () -> store.save(meeting));
        meeting.setTitle("");
        assertThrows(StoreException.class, () -> store.save(meeting));
        assertEquals(List.of(), told, "nothing written, nothing told");

        meeting.setTitle("Nätverksträff");
        store.saveClearingReferences(meeting);
        assertEquals(1, told.size(), "one write, one notice");
        assertTrue(told.get(0).touches(meeting.getId()));
        assertTrue(told.get(0).touches(action.getId()), "the record whose reference the save cleared");
        assertTrue(told.get(0).touchesAny(List.of("ActionItem")));

        stop.run();
        store.save(action(meeting, null, "Boka lokal"));
        assertEquals(1, told.size(), "a listener stopped is not told");
    }

    @Test
    void aRequiredReferenceIsNotClearedButReported() throws Exception {
        Meeting meeting = store.save(meeting("Styrgrupp", group("Styrgruppen")));
        ActionItem action = store.save(action(meeting, null, "Boka lokal"));
        Meeting deleted = store.find(Meeting.class, meeting.getId()).orElseThrow();
        deleted.setDeleted(true);
        StoreException refused = assertThrows(StoreException.class, () -> store.saveClearingReferences(deleted));
        assertEquals(StoreException.Reason.REFERENCED, refused.reason());
        assertTrue(refused.getMessage().contains("Boka lokal"), refused.getMessage());
        assertTrue(store.find(Meeting.class, meeting.getId()).isPresent());
        assertEquals(List.of(true), store.referrers(meeting).stream().map(Referrer::required).toList());
        assertEquals(meeting.getId(), store.find(ActionItem.class, action.getId()).orElseThrow().getMeeting().getId());
    }

    private static ActionItem action(Meeting meeting, AgendaItem about, String description) {
        ActionItem action = MODEL.createActionItem();
        action.setMeeting(meeting);
        action.setAgendaItem(about);
        action.setDescription(description);
        return action;
    }

    private CooperationGroup group(String name) throws StoreException {
        CooperationGroup group = MODEL.createCooperationGroup();
        group.setName(name);
        return store.save(group);
    }

    private static Meeting meeting(String title, CooperationGroup group) {
        Meeting meeting = MODEL.createMeeting();
        meeting.setTitle(title);
        meeting.setCooperationGroup(group);
        meeting.setMeetingDate(new Date(1_762_758_000_000L));
        return meeting;
    }

    private void reopen() throws StoreException {
        store.close();
        store = stores.open(folder, PASSWORD, "anna.lindqvist");
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("derby.log"))
                    .toList();
        }
    }
}
