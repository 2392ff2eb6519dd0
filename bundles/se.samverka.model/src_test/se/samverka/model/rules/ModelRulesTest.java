package se.samverka.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.samverka.model.Budget;
import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLine;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.CooperationGroup;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.Meeting;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage.Literals;

class ModelRulesTest {

    private static final SamverkaFactory MODEL = SamverkaFactory.eINSTANCE;
    private static final Locale SWEDISH = Locale.of("sv");

    @Test
    void missingRequiredFieldsAreNamedAsTheFormNamesThem() {
        Person person = MODEL.createPerson();
        List<Problem> problems = ModelRules.validate(person, SWEDISH);
        assertEquals(List.of("Förnamn måste fyllas i.", "Efternamn måste fyllas i."), messages(problems));
        assertEquals(Literals.PERSON__FIRST_NAME, problems.get(0).feature(), "the problem points at its field");
        assertEquals(List.of("First name is required.", "Last name is required."),
                messages(ModelRules.validate(person, Locale.ENGLISH)));
    }

    @Test
    void blankTextCountsAsMissing() {
        Person person = valid(MODEL.createPerson());
        person.setFirstName("   ");
        assertEquals(List.of("Förnamn måste fyllas i."), messages(ModelRules.validate(person, SWEDISH)));
    }

    @Test
    void aValidPersonHasNoProblems() {
        assertTrue(ModelRules.validate(valid(MODEL.createPerson()), SWEDISH).isEmpty());
        assertTrue(ModelRules.isValid(valid(MODEL.createPerson())));
    }

    @Test
    void aMistypedEmailIsRefused() {
        Person person = valid(MODEL.createPerson());
        person.setEmail("anna.lindqvist.tierp.se");
        assertEquals(List.of("E-postadressen ser inte rätt ut. Skriv den som namn@exempel.se."),
                messages(ModelRules.validate(person, SWEDISH)));
        person.setEmail("anna.lindqvist@tierp.se");
        assertTrue(ModelRules.validate(person, SWEDISH).isEmpty());
    }

    @Test
    void aMeetingCannotEndBeforeItStarts() {
        Meeting meeting = MODEL.createMeeting();
        meeting.setTitle("Nätverksträff");
        CooperationGroup group = MODEL.createCooperationGroup();
        group.setName("Länsnätverket");
        meeting.setCooperationGroup(group);
        meeting.setMeetingDate(new Date(1_000_000_000_000L));
        meeting.setEndsAt(new Date(999_000_000_000L));
        assertEquals(List.of("Slutar kan inte vara före Datum och tid."),
                messages(ModelRules.validate(meeting, SWEDISH)));
        assertEquals(List.of("Ends cannot be before Date and time."),
                messages(ModelRules.validate(meeting, Locale.ENGLISH)));
    }

    @Test
    void onlyAWaitlistedEnrolmentHasAQueuePosition() {
        Enrolment enrolment = MODEL.createEnrolment();
        enrolment.setOffering(MODEL.createCourseOffering());
        enrolment.setPerson(MODEL.createPerson());
        enrolment.setStatus(EnrolmentStatus.WAITLISTED);
        assertEquals(List.of("En anmälan på väntelistan behöver en plats i kön."), ownMessages(enrolment));
        enrolment.setWaitlistPosition(3);
        assertTrue(ownMessages(enrolment).isEmpty());
        enrolment.setStatus(EnrolmentStatus.ENROLLED);
        assertEquals(List.of("Bara anmälningar på väntelistan har en plats i kön."), ownMessages(enrolment));
    }

    @Test
    void budgetLinesKeepCategoriesWithTheirKindAndAmountsPositive() {
        Budget budget = MODEL.createBudget();
        budget.setName("Länsprogrammet");
        budget.setBudgetYear(2010);
        BudgetLine salary = MODEL.createBudgetLine();
        salary.setKind(BudgetLineKind.INCOME);
        salary.setCategory(BudgetCategory.COORDINATOR_SALARY);
        salary.setPlannedAmount(new BigDecimal("-540000"));
        budget.getLines().add(salary);
        assertEquals(List.of("Budgeterat (kr) kan inte vara negativt.",
                "Kategorin Samordnarlön hör inte till intäkter."), messages(ModelRules.validate(budget, SWEDISH)));

        salary.setKind(BudgetLineKind.EXPENSE);
        salary.setPlannedAmount(new BigDecimal("540000"));
        assertTrue(ModelRules.validate(budget, SWEDISH).isEmpty());
        budget.setBudgetYear(1999);
        assertEquals(List.of("Året måste ligga mellan 2000 och 2100."), messages(ModelRules.validate(budget, SWEDISH)));
    }

    @Test
    void labelsNameClassesFieldsAndChoices() {
        assertEquals("Kurstillfälle", Labels.of(Literals.COURSE_OFFERING, SWEDISH));
        assertEquals("Course offering", Labels.of(Literals.COURSE_OFFERING, Locale.ENGLISH));
        assertEquals("Sista anmälningsdag", Labels.of(Literals.COURSE_OFFERING__ENROLMENT_DEADLINE, SWEDISH));
        assertEquals("Reserv", Labels.of(EnrolmentStatus.WAITLISTED, SWEDISH));
        assertEquals("No-show", Labels.of(EnrolmentStatus.NO_SHOW, Locale.ENGLISH));
        assertFalse(Labels.of(Literals.PERSON__TITLE, SWEDISH).equals(Labels.of(Literals.MEETING__TITLE, SWEDISH)),
                "a person's title is a job title, a meeting's a heading");
    }

    private static Person valid(Person person) {
        person.setFirstName("Anna");
        person.setLastName("Lindqvist");
        return person;
    }

    /** The problems of the object itself, not of the objects it refers to. */
    private static List<String> ownMessages(Enrolment enrolment) {
        return ModelRules.validate(enrolment, SWEDISH).stream().filter(p -> p.object() == enrolment)
                .map(Problem::message).toList();
    }

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::message).toList();
    }
}
