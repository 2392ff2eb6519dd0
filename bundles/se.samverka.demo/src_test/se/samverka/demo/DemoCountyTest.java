package se.samverka.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.model.Budget;
import se.samverka.model.BudgetLine;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.CooperationGroup;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.GroupKind;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.SyncedObject;
import se.samverka.model.rules.ModelRules;
import se.samverka.model.rules.Problem;

class DemoCountyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static CountyData county;

    @BeforeAll
    static void generate() {
        county = DemoCounty.generate(TODAY);
    }

    @Test
    void theEightMunicipalitiesOfUppsalaCountyAreThere() {
        List<String> municipalities = county.organisations.stream()
                .filter(o -> o.getKind() == OrganisationKind.MUNICIPALITY).map(Organisation::getName).sorted()
                .toList();
        assertEquals(List.of("Enköpings kommun", "Heby kommun", "Håbo kommun", "Knivsta kommun", "Tierps kommun",
                "Uppsala kommun", "Älvkarleby kommun", "Östhammars kommun"), municipalities);
    }

    @Test
    void everyRecordKeepsTheRulesOfTheModel() {
        for (SyncedObject record : county.all()) {
            List<Problem> errors = ModelRules.validate(record, Locale.ENGLISH).stream().filter(Problem::error)
                    .toList();
            assertTrue(errors.isEmpty(), () -> record.eClass().getName() + " " + record.getId() + ": " + errors);
        }
    }

    @Test
    void everyRecordIsListedOnceAfterWhatItRefersTo() {
        List<SyncedObject> all = county.all();
        Map<EObject, Integer> position = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            assertEquals(null, position.put(all.get(i), i), "listed twice: " + all.get(i).getId());
        }
        Set<String> ids = new HashSet<>();
        for (SyncedObject record : all) {
            assertTrue(ids.add(record.getId()), "two records with one id");
            for (EReference reference : record.eClass().getEAllReferences()) {
                if (reference.isContainment()) {
                    continue;
                }
                Object value = record.eGet(reference);
                for (Object target : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
                    EObject topLevel = topLevel((EObject) target);
                    assertTrue(position.containsKey(topLevel), () -> record.eClass().getName() + "."
                            + reference.getName() + " points outside the data");
                    assertTrue(position.get(topLevel) < position.get(record), () -> record.eClass().getName() + "."
                            + reference.getName() + " points at a record listed later");
                }
            }
        }
    }

    @Test
    void theProgrammeBudgetHasTheDecidedFigures() {
        Map<Integer, BigDecimal[]> byYear = new HashMap<>();
        for (Budget budget : county.budgets) {
            if (budget.getProject() == null) {
                BigDecimal[] sums = byYear.computeIfAbsent(budget.getBudgetYear(),
                        y -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
                for (BudgetLine line : budget.getLines()) {
                    int side = line.getKind() == BudgetLineKind.INCOME ? 0 : 1;
                    sums[side] = sums[side].add(line.getPlannedAmount());
                }
            }
        }
        // 2010–2012 as decided; 2020 carries the support to municipalities offered that year (its income and its
        // expense line "Stöd till kommuner" both the amount offered).
        assertEquals(Set.of(2010, 2011, 2012, 2020), byYear.keySet());
        assertEquals(byYear.get(2020)[0], byYear.get(2020)[1], "the 2020 support is paid for by the county's grant");
        assertEquals(new BigDecimal(900_000), byYear.get(2010)[0]);
        assertEquals(new BigDecimal(1_050_000), byYear.get(2011)[0]);
        assertEquals(new BigDecimal(1_200_000), byYear.get(2012)[0]);
        // 540 + 130 + 90 + 20 + 30 + 90, 540 + 140 + 140 + 20 + 90 + 120, 540 + 150 + 200 + 20 + 150 + 140
        assertEquals(new BigDecimal(900_000), byYear.get(2010)[1]);
        assertEquals(new BigDecimal(1_050_000), byYear.get(2011)[1]);
        assertEquals(new BigDecimal(1_200_000), byYear.get(2012)[1]);
    }

    @Test
    void aboutSixtyProjectsAndTheNetworkMeetsFourTimesAYearForThreeYears() {
        assertTrue(county.projects.size() >= 55 && county.projects.size() <= 65, "projects: " + county.projects.size());
        CooperationGroup network = county.groups.stream().filter(g -> g.getKind() == GroupKind.NETWORK).findFirst()
                .orElseThrow();
        assertEquals(12, county.meetings.stream().filter(m -> m.getCooperationGroup() == network).count());
    }

    @Test
    void aComingOfferingIsFullWithAWaitlistWithoutGaps() {
        Map<Object, List<Integer>> positions = new HashMap<>();
        for (Enrolment enrolment : county.enrolments) {
            if (enrolment.getStatus() == EnrolmentStatus.WAITLISTED) {
                positions.computeIfAbsent(enrolment.getOffering(), o -> new java.util.ArrayList<>())
                        .add(enrolment.getWaitlistPosition());
            }
        }
        assertFalse(positions.isEmpty());
        positions.forEach((offering, list) -> {
            List<Integer> sorted = list.stream().sorted().toList();
            for (int i = 0; i < sorted.size(); i++) {
                assertEquals(i + 1, sorted.get(i));
            }
            long enrolled = county.enrolments.stream().filter(e -> e.getOffering() == offering
                    && e.getStatus() == EnrolmentStatus.ENROLLED).count();
            assertEquals(((se.samverka.model.CourseOffering) offering).getCapacity(), enrolled);
        });
    }

    /**
     * The same date gives the same records, in every field and reference, in any JVM: the second generation runs
     * under another language, and is made of new objects (other identity hash codes, so another order
     * in any hash set or map of them). A laptop and the county server each generate the demo county; records that
     * differ are false conflicts at their first sync.
     */
    @Test
    void theSameDateGivesTheSameRecordsInEveryFieldWhateverTheJvm() {
        assertSameRecords(county.all(), inAnotherJvmsSettings(() -> DemoCounty.generate(TODAY)).all());
    }

    @Test
    void theLargeCountyIsTheSameForTheSameDateAndSeedWhateverTheJvm() {
        assertSameRecords(LargeCounty.generate(12, 3, TODAY, 7).all(),
                inAnotherJvmsSettings(() -> LargeCounty.generate(12, 3, TODAY, 7)).all());
    }

    @Test
    void theLargeCountyHasTheSizeOfTenYearsOfFiftyMunicipalities() {
        CountyData large = LargeCounty.generate(50, 10, TODAY, 7);
        assertEquals(50, large.organisations.stream().filter(o -> o.getKind() == OrganisationKind.MUNICIPALITY)
                .count());
        assertTrue(large.projects.size() > 1000, "projects: " + large.projects.size());
        assertTrue(large.meetings.size() > 300, "meetings: " + large.meetings.size());
        assertTrue(large.enrolments.size() > 5000, "enrolments: " + large.enrolments.size());
    }

    /** Generates a county with another default language than this JVM's (Turkish, where "i" upper-cases to "İ"). */
    private static CountyData inAnotherJvmsSettings(Supplier<CountyData> generation) {
        Locale locale = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            return generation.get();
        } finally {
            Locale.setDefault(locale);
        }
    }

    /** Each record equal to its counterpart: its id, every field, its parts, and references to the counterparts. */
    private static void assertSameRecords(List<SyncedObject> expected, List<SyncedObject> actual) {
        assertEquals(expected.size(), actual.size(), "records");
        Comparison comparison = new Comparison();
        for (int i = 0; i < expected.size(); i++) {
            SyncedObject one = expected.get(i);
            SyncedObject other = actual.get(i);
            assertTrue(comparison.equals(one, other), () -> one.eClass().getName() + " " + one.getId()
                    + " differs in " + new Comparison().differingFeatures(one, other));
        }
    }

    /** EMF's deep comparison, which also tells which features of two objects differ. */
    private static final class Comparison extends EcoreUtil.EqualityHelper {

        private static final long serialVersionUID = 1L;

        List<String> differingFeatures(EObject one, EObject other) {
            return one.eClass().getEAllStructuralFeatures().stream().filter(f -> !haveEqualFeature(one, other, f))
                    .map(f -> f.getName() + " (" + one.eGet(f) + " / " + other.eGet(f) + ")").toList();
        }
    }

    private static EObject topLevel(EObject object) {
        EObject top = object;
        while (top.eContainer() != null) {
            top = top.eContainer();
        }
        return top;
    }
}
