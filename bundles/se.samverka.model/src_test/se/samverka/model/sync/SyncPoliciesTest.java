package se.samverka.model.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;

import se.samverka.model.SamverkaPackage;

/**
 * Every class of records the model has ({@link SyncPolicies#recordClasses()} walks the Ecore model, so a class added
 * there is covered without a change here) has exactly one sync policy, and each policy speaks of its own class's
 * fields.
 */
class SyncPoliciesTest {

    @Test
    void everySyncedClassHasAPolicy() {
        List<String> without = new ArrayList<>();
        for (EClass type : SyncPolicies.recordClasses()) {
            if (SyncPolicies.all().stream().noneMatch(policy -> policy.type() == type)) {
                without.add(type.getName());
            }
        }
        assertEquals(List.of(), without, "classes of records without a sync policy in SyncPolicies");
    }

    @Test
    void onlyClassesOfRecordsHavePolicies() {
        Set<EClass> seen = new HashSet<>();
        for (SyncPolicy policy : SyncPolicies.all()) {
            assertTrue(SyncPolicies.recordClasses().contains(policy.type()),
                    policy.type().getName() + " is not a class of records (a part follows its record's policy)");
            assertTrue(seen.add(policy.type()), "two policies for " + policy.type().getName());
        }
    }

    @Test
    void scopesAreWorkedOutFromTheClassesOwnFieldsAndWhatTheyReferTo() {
        for (SyncPolicy policy : SyncPolicies.all()) {
            policy.scope().forEach((part, source) -> checkSource(policy, part, source));
        }
    }

    private static void checkSource(SyncPolicy policy, ScopePart part, ScopeSource source) {
        String where = policy.type().getName() + " " + part;
        switch (source) {
        case ScopeSource.Itself itself -> {
        }
        case ScopeSource.Field field -> assertOwn(policy, field.reference(), where);
        case ScopeSource.From from -> {
            assertOwn(policy, from.reference(), where);
            SyncPolicy referred = SyncPolicies.of(from.reference().getEReferenceType());
            assertTrue(referred.scope().containsKey(part),
                    where + ": " + referred.type().getName() + " has no " + part + " to take");
        }
        case ScopeSource.When when -> {
            assertOwn(policy, when.attribute(), where);
            assertTrue(((EEnum) when.attribute().getEAttributeType()).getELiterals().stream()
                    .anyMatch(literal -> literal.getInstance() == when.value()), where + ": not a value of its field");
            checkSource(policy, part, when.then());
            checkSource(policy, part, when.otherwise());
        }
        }
    }

    @Test
    void whoMayChangeARecordReachesItThroughItsScope() {
        for (SyncPolicy policy : SyncPolicies.all()) {
            for (SyncPolicy.Grant grant : policy.writers()) {
                assertTrue(policy.scope().containsKey(grant.through()),
                        policy.type().getName() + ": " + grant + " names a part its scope does not have");
            }
        }
    }

    @Test
    void whoMayOnlyCreateARecordMayChangeTheRecordThatBringsIt() {
        for (SyncPolicy policy : SyncPolicies.all()) {
            for (SyncPolicy.Creation creation : policy.creators()) {
                SyncPolicy bringer = SyncPolicies.of(creation.with().getEContainingClass());
                assertTrue(bringer.writers().stream().anyMatch(grant -> grant.role() == creation.role()),
                        policy.type().getName() + ": " + creation + " is brought by a record its role may not change");
                assertTrue(!creation.with().isMany() || creation.byChange(),
                        creation + ": a list brings what it holds only in a change of its record");
            }
        }
    }

    @Test
    void aCoordinatorMayMakeAPartnerOrganisationOnlyWithTheirProject() {
        SyncPolicy organisation = SyncPolicies.of(SamverkaPackage.Literals.ORGANISATION);
        assertEquals(List.of(new SyncPolicy.Creation(Role.COORDINATOR,
                SamverkaPackage.Literals.LOCAL_PROJECT__PARTNER_ORGANISATIONS, true)), organisation.creators());
        assertTrue(organisation.writers().isEmpty(), "changing the register stays the county's");
        assertTrue(organisation.shared());
    }

    @Test
    void aTrainerMayOnlyCreateAPersonTogetherWithTheirEnrolment() {
        SyncPolicy person = SyncPolicies.of(SamverkaPackage.Literals.PERSON);
        assertEquals(List.of(new SyncPolicy.Creation(Role.TRAINER, SamverkaPackage.Literals.ENROLMENT__PERSON)),
                person.creators());
        assertTrue(person.writers().stream().noneMatch(grant -> grant.role() == Role.TRAINER),
                "a trainer changes no person");
    }

    @Test
    void aCoordinatorAppliesForSupportButOnlyTheCountyOffersAndDecides() {
        SyncPolicy support = SyncPolicies.of(SamverkaPackage.Literals.MUNICIPAL_SUPPORT);
        support.countyOnly().keySet().forEach(field -> assertOwn(support, field, "county-only field"));
        java.util.Map<String, String> offered = java.util.Map.of("round", "r", "municipality", "m",
                "amountOffered", "150000", "status", "OFFERED");
        java.util.Map<String, String> applied = new java.util.TreeMap<>(offered);
        applied.put("status", "APPLIED");
        applied.put("amountApplied", "150000");
        applied.put("appliedOn", "2020-03-02");
        assertEquals(List.of(), support.countyOnlyChanges(offered, applied), "applying is the municipality's");
        java.util.Map<String, String> granted = new java.util.TreeMap<>(applied);
        granted.put("status", "GRANTED");
        granted.put("amountGranted", "150000");
        assertEquals(List.of("amountGranted", "status"), support.countyOnlyChanges(applied, granted));
        java.util.Map<String, String> moreOffered = new java.util.TreeMap<>(applied);
        moreOffered.put("amountOffered", "300000");
        assertEquals(List.of("amountOffered"), support.countyOnlyChanges(applied, moreOffered));
        assertEquals(List.of("amountOffered", "round"), support.countyOnlyChanges(java.util.Map.of(), offered),
                "a new offer is the county's to make");
        assertEquals(List.of(), support.countyOnlyChanges(granted, granted), "an unchanged decision is no change");
        assertEquals(List.of(), SyncPolicies.of(SamverkaPackage.Literals.BUDGET).countyOnly().keySet().stream()
                .map(EStructuralFeature::getName).toList());
    }

    @Test
    void statusesAreChoicesOfTheirOwnClass() {
        for (SyncPolicy policy : SyncPolicies.all()) {
            policy.statuses().keySet().forEach(status -> {
                assertOwn(policy, status, "status");
                assertTrue(status.getEAttributeType() instanceof EEnum, status.getName() + " is not a choice");
                assertEquals(MergeRule.TRANSITION, policy.rule(status));
            });
        }
    }

    @Test
    void aScopeDependsOnTheRecordsItIsTakenFrom() {
        assertEquals(List.of(SamverkaPackage.Literals.BUDGET__PROJECT),
                SyncPolicies.of(SamverkaPackage.Literals.BUDGET).scopeDependsOn());
        assertEquals(List.of(SamverkaPackage.Literals.ATTENDANCE_MARK__ENROLMENT),
                SyncPolicies.of(SamverkaPackage.Literals.ATTENDANCE_MARK).scopeDependsOn());
        assertEquals(List.of(SamverkaPackage.Literals.ORGANISATION__PARENT),
                SyncPolicies.of(SamverkaPackage.Literals.ORGANISATION).scopeDependsOn());
        assertEquals(List.of(), SyncPolicies.of(SamverkaPackage.Literals.LOCAL_PROJECT).scopeDependsOn(),
                "a project's scope is its own field");
    }

    private static void assertOwn(SyncPolicy policy, EStructuralFeature feature, String where) {
        assertTrue(policy.type().getEAllStructuralFeatures().contains(feature),
                where + ": " + feature.getName() + " is not a field of " + policy.type().getName());
    }
}
