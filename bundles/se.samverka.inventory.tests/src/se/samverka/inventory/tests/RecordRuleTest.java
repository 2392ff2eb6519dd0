package se.samverka.inventory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.samverka.inventory.records.Finding;
import se.samverka.inventory.records.RecordRule;
import se.samverka.inventory.records.RecordRule.Dated;
import se.samverka.inventory.records.RecordState.Status;
import se.samverka.inventory.records.Severity;
import se.samverka.model.MunicipalRecordKind;

/** The law's two-year rule (2023:196) at its edges, on plain dates. */
class RecordRuleTest {

    private static final Locale SV = Locale.forLanguageTag("sv-SE");
    private static final LocalDate PICTURE = LocalDate.of(2025, 3, 14);

    private static Dated picture(LocalDate adopted) {
        return new Dated(MunicipalRecordKind.SITUATION_PICTURE, adopted, adopted, null);
    }

    private static Dated plan(LocalDate adopted) {
        return new Dated(MunicipalRecordKind.ACTION_PLAN, adopted, adopted, adopted.plusYears(2).minusDays(1));
    }

    private static Status pictureOn(LocalDate day) {
        return RecordRule.evaluate(List.of(picture(PICTURE), plan(PICTURE)), day)
                .state(MunicipalRecordKind.SITUATION_PICTURE).status();
    }

    @Test
    void aLägesbildIsCurrentUntilNinetyDaysBeforeItsTwoYearsEnd() {
        LocalDate due = LocalDate.of(2027, 3, 14);
        assertEquals(Status.CURRENT, pictureOn(due.minusDays(91)));
        assertEquals(Status.DUE_SOON, pictureOn(due.minusDays(90)), "the 90th day before is within 90 days");
        RecordRule.Result result = RecordRule.evaluate(List.of(picture(PICTURE), plan(PICTURE)),
                due.minusDays(10));
        assertEquals(Severity.WARNING, result.severity());
        Finding finding = result.findings().get(0);
        assertEquals(due, finding.date());
        assertEquals("Ta fram en ny lägesbild senast 2027-03-14.", finding.action(SV));
        assertEquals("Lägesbilden från 2025-03-14 ska förnyas senast 2027-03-14.", finding.text(SV));
        assertEquals("Produce a new situation picture by 2027-03-14.", finding.action(Locale.ENGLISH));
    }

    @Test
    void exactlyTwoYearsIsStillInTimeAndOneDayPastIsAnError() {
        assertEquals(Status.DUE_SOON, pictureOn(LocalDate.of(2027, 3, 14)), "due on this very day: a warning");
        assertEquals(Status.OVERDUE, pictureOn(LocalDate.of(2027, 3, 15)));
        RecordRule.Result late = RecordRule.evaluate(List.of(picture(PICTURE), plan(PICTURE)),
                LocalDate.of(2027, 3, 15));
        assertEquals(Severity.ERROR, late.severity());
        assertEquals(LocalDate.of(2027, 3, 14), late.findings().get(0).date());
        assertTrue(late.findings().get(0).action(SV).contains("snarast"), late.findings().get(0).action(SV));
    }

    @Test
    void noLägesbildAtAllIsAnErrorAndSoIsNoActionPlan() {
        RecordRule.Result result = RecordRule.evaluate(List.of(), LocalDate.of(2026, 11, 30));
        assertEquals(Status.MISSING, result.state(MunicipalRecordKind.SITUATION_PICTURE).status());
        assertEquals(Status.MISSING, result.state(MunicipalRecordKind.ACTION_PLAN).status());
        assertEquals(Severity.ERROR, result.severity());
        assertEquals(2, result.findings().size(), "agreement and promise are not required by law: no finding");
        assertNull(result.findings().get(0).date());
        assertEquals("Ta fram en lägesbild.", result.findings().get(0).action(SV));
        assertEquals(Status.NONE, result.state(MunicipalRecordKind.CITIZEN_PROMISE).status());
    }

    @Test
    void anActionPlanOlderThanTheLägesbildIsAWarningNamingTheLägesbild() {
        LocalDate newPicture = LocalDate.of(2026, 10, 1);
        RecordRule.Result result = RecordRule.evaluate(
                List.of(picture(PICTURE), plan(PICTURE.plusMonths(2)), picture(newPicture)),
                LocalDate.of(2026, 11, 30));
        assertEquals(Status.CURRENT, result.state(MunicipalRecordKind.SITUATION_PICTURE).status(),
                "the newest lägesbild counts");
        assertEquals(Status.OUTDATED, result.state(MunicipalRecordKind.ACTION_PLAN).status());
        assertEquals(Severity.WARNING, result.severity());
        assertEquals("Uppdatera åtgärdsplanen utifrån lägesbilden från 2026-10-01.",
                result.findings().get(0).action(SV));
        // The same plan adopted on the lägesbild's day is based on it.
        assertEquals(Status.CURRENT, RecordRule.evaluate(List.of(picture(newPicture), plan(newPicture)),
                LocalDate.of(2026, 11, 30)).state(MunicipalRecordKind.ACTION_PLAN).status());
    }

    @Test
    void aLägesbildAdoptedOnALeapDayIsDueOnTheTwentyEighthOfFebruary() {
        LocalDate leap = LocalDate.of(2024, 2, 29);
        assertEquals(LocalDate.of(2026, 2, 28), RecordRule.pictureDue(leap));
        List<Dated> records = List.of(picture(leap), plan(leap));
        assertEquals(Status.DUE_SOON, RecordRule.evaluate(records, LocalDate.of(2026, 2, 28))
                .state(MunicipalRecordKind.SITUATION_PICTURE).status());
        assertEquals(Status.OVERDUE, RecordRule.evaluate(records, LocalDate.of(2026, 3, 1))
                .state(MunicipalRecordKind.SITUATION_PICTURE).status());
        // Ninety days before a due day across a leap February: 2028-02-29 counts as a day, so it is the 90th day
        // before 2028-05-29 (in a common year the warning would begin on 1 March).
        LocalDate beforeLeap = LocalDate.of(2026, 5, 29);
        LocalDate due = RecordRule.pictureDue(beforeLeap);
        assertEquals(LocalDate.of(2028, 5, 29), due);
        assertEquals(Status.CURRENT, RecordRule.evaluate(List.of(picture(beforeLeap), plan(beforeLeap)),
                LocalDate.of(2028, 2, 28)).state(MunicipalRecordKind.SITUATION_PICTURE).status());
        assertEquals(Status.DUE_SOON, RecordRule.evaluate(List.of(picture(beforeLeap), plan(beforeLeap)),
                LocalDate.of(2028, 2, 29)).state(MunicipalRecordKind.SITUATION_PICTURE).status());
    }

    @Test
    void recordsAdoptedAfterTheDayDoNotCount() {
        RecordRule.Result endOf2024 = RecordRule.evaluate(List.of(picture(PICTURE), plan(PICTURE)),
                LocalDate.of(2024, 12, 31));
        assertEquals(Status.MISSING, endOf2024.state(MunicipalRecordKind.SITUATION_PICTURE).status());
    }

    @Test
    void anExpiredPromiseIsAWarningWithTheDayItEnded() {
        Dated promise = new Dated(MunicipalRecordKind.CITIZEN_PROMISE, LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 2, 1), LocalDate.of(2026, 1, 31));
        List<Dated> records = List.of(picture(LocalDate.of(2026, 1, 10)), plan(LocalDate.of(2026, 3, 1)), promise);
        assertEquals(Status.CURRENT, RecordRule.evaluate(records, LocalDate.of(2026, 1, 31))
                .state(MunicipalRecordKind.CITIZEN_PROMISE).status(), "valid on its last day");
        RecordRule.Result after = RecordRule.evaluate(records, LocalDate.of(2026, 4, 1));
        assertEquals(Status.EXPIRED, after.state(MunicipalRecordKind.CITIZEN_PROMISE).status());
        assertEquals(Severity.WARNING, after.severity());
        assertEquals("Medborgarlöftet gällde till 2026-01-31.", after.findings().get(0).text(SV));
    }
}
