package se.samverka.model.rules;

import java.math.BigDecimal;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import se.samverka.model.ActionItem;
import se.samverka.model.ActionItemStatus;
import se.samverka.model.Budget;
import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLine;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.Certificate;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.LocalProject;
import se.samverka.model.Meeting;
import se.samverka.model.Membership;
import se.samverka.model.MunicipalRecord;
import se.samverka.model.Person;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.model.SessionDay;
import se.samverka.model.rules.SamverkaValidator.Reporter;

/** The rules of the domain beyond required fields, checked by {@link SamverkaValidator}. */
final class DomainRules {

    /** Something@something.something, without spaces: catches typing mistakes, not every invalid address. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private static final Set<BudgetCategory> INCOME = EnumSet.of(BudgetCategory.STAKEHOLDER_CONTRIBUTION,
            BudgetCategory.GRANT, BudgetCategory.OTHER_INCOME);

    static final int FIRST_BUDGET_YEAR = 2000;
    static final int LAST_BUDGET_YEAR = 2100;

    private DomainRules() {
    }

    static void check(EObject object, Reporter reporter) {
        switch (object) {
            case Person p -> {
                if (p.getEmail() != null && !p.getEmail().isBlank() && !EMAIL.matcher(p.getEmail().strip()).matches()) {
                    reporter.error(Literals.PERSON__EMAIL, "email");
                }
            }
            case Membership m -> order(reporter, m.getValidFrom(), m.getValidTo(), Literals.MEMBERSHIP__VALID_FROM,
                    Literals.MEMBERSHIP__VALID_TO);
            case Meeting m -> order(reporter, m.getMeetingDate(), m.getEndsAt(), Literals.MEETING__MEETING_DATE,
                    Literals.MEETING__ENDS_AT);
            case ActionItem a -> {
                if (a.getStatus() == ActionItemStatus.DONE && a.getCompletedAt() == null) {
                    reporter.warning(Literals.ACTION_ITEM__COMPLETED_AT, "doneWithoutDate");
                }
            }
            case CourseOffering o -> notNegative(reporter, o.getCapacity(), Literals.COURSE_OFFERING__CAPACITY);
            case SessionDay d -> order(reporter, d.getStartsAt(), d.getEndsAt(), Literals.SESSION_DAY__STARTS_AT,
                    Literals.SESSION_DAY__ENDS_AT);
            case Enrolment e -> {
                boolean waitlisted = e.getStatus() == EnrolmentStatus.WAITLISTED;
                if (waitlisted && e.getWaitlistPosition() < 1) {
                    reporter.error(Literals.ENROLMENT__WAITLIST_POSITION, "waitlistPositionMissing");
                } else if (!waitlisted && e.getWaitlistPosition() != 0) {
                    reporter.error(Literals.ENROLMENT__WAITLIST_POSITION, "waitlistPositionUnexpected");
                }
            }
            case Certificate c -> order(reporter, c.getIssuedOn(), c.getExpiresOn(), Literals.CERTIFICATE__ISSUED_ON,
                    Literals.CERTIFICATE__EXPIRES_ON);
            case LocalProject p -> order(reporter, p.getStartsOn(), p.getEndsOn(), Literals.LOCAL_PROJECT__STARTS_ON,
                    Literals.LOCAL_PROJECT__ENDS_ON);
            case MunicipalRecord r -> order(reporter, r.getValidFrom(), r.getValidTo(),
                    Literals.MUNICIPAL_RECORD__VALID_FROM, Literals.MUNICIPAL_RECORD__VALID_TO);
            case Budget b -> {
                if (b.getBudgetYear() < FIRST_BUDGET_YEAR || b.getBudgetYear() > LAST_BUDGET_YEAR) {
                    reporter.error(Literals.BUDGET__BUDGET_YEAR, "budgetYear", String.valueOf(FIRST_BUDGET_YEAR),
                            String.valueOf(LAST_BUDGET_YEAR));
                }
            }
            case BudgetLine line -> {
                notNegative(reporter, line.getPlannedAmount(), Literals.BUDGET_LINE__PLANNED_AMOUNT);
                notNegative(reporter, line.getActualAmount(), Literals.BUDGET_LINE__ACTUAL_AMOUNT);
                notNegative(reporter, line.getUnitAmount(), Literals.BUDGET_LINE__UNIT_AMOUNT);
                notNegative(reporter, line.getQuantity(), Literals.BUDGET_LINE__QUANTITY);
                if (line.getCategory() != null && INCOME.contains(line.getCategory())
                        != (line.getKind() == BudgetLineKind.INCOME)) {
                    reporter.error(Literals.BUDGET_LINE__CATEGORY, "categoryKind",
                            reporter.enumLabel(line.getCategory()), reporter.text("kind." + line.getKind().name()));
                }
            }
            default -> {
                // no rules beyond the required fields
            }
        }
    }

    private static void order(Reporter reporter, Date start, Date end, EAttribute startFeature,
            EAttribute endFeature) {
        if (start != null && end != null && end.before(start)) {
            reporter.error(endFeature, "endBeforeStart", reporter.label(endFeature), reporter.label(startFeature));
        }
    }

    private static void notNegative(Reporter reporter, int value, EAttribute feature) {
        if (value < 0) {
            reporter.error(feature, "negative", reporter.label(feature));
        }
    }

    private static void notNegative(Reporter reporter, BigDecimal value, EAttribute feature) {
        if (value != null && value.signum() < 0) {
            reporter.error(feature, "negative", reporter.label(feature));
        }
    }
}
