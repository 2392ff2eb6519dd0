package se.samverka.inventory.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import se.samverka.inventory.BudgetSheet;
import se.samverka.inventory.SupportTotals;
import se.samverka.inventory.records.Finding;
import se.samverka.inventory.records.RecordState;
import se.samverka.model.MunicipalRecordKind;
import se.samverka.model.ProjectStatus;
import se.samverka.model.SupportStatus;

/**
 * A follow-up report's content, read from the local store in one go ({@link FollowUpService#read}): what the PDF
 * ({@link FollowUpDocument}) prints. Values only, no model objects.
 *
 * @param request  what was asked for
 * @param scope    the municipality's name, or the county programme's
 * @param day      the day the records' state is judged on: the period's last day, or today when the period runs on
 * @param projects the projects active in the period, by municipality and title
 * @param records  each municipality's records' state on {@code day} (one for a municipality's report)
 * @param findings the rule's findings for a municipality's report, worst first (empty for the programme's)
 * @param budget   the budget planned against actual in the period's years: the programme's, or the sum of the
 *                 municipality's projects' budgets (one row per project and kind)
 * @param support  the support in rounds of the period's years
 * @param supportTotals the sums of {@code support}
 */
public record FollowUp(FollowUpRequest request, String scope, LocalDate day, List<Project> projects,
        List<Records> records, List<Finding> findings, BudgetSheet budget, List<Support> support,
        SupportTotals supportTotals) {

    public FollowUp {
        projects = List.copyOf(projects);
        records = List.copyOf(records);
        findings = List.copyOf(findings);
        support = List.copyOf(support);
    }

    /** A project active in the period, with its indicators. */
    public record Project(String id, String municipality, String title, ProjectStatus status, LocalDate startsOn,
            LocalDate endsOn, List<Indicator> indicators) {

        public Project {
            indicators = List.copyOf(indicators);
        }
    }

    /** An indicator: its baseline and its values of the periods in the report's period (or not tied to a year). */
    public record Indicator(String name, String unit, BigDecimal baseline, List<Value> values) {

        public Indicator {
            values = List.copyOf(values);
        }
    }

    /** Target against outcome in one period of an indicator. */
    public record Value(String period, BigDecimal target, BigDecimal outcome, String comment) {
    }

    /** A municipality's records: each kind's state on the report's day. */
    public record Records(String municipalityId, String municipality, Map<MunicipalRecordKind, RecordState> states) {

        public Records {
            states = Map.copyOf(states);
        }
    }

    /** One municipality's support in one round. */
    public record Support(String round, int year, String municipality, SupportStatus status, BigDecimal offered,
            BigDecimal applied, BigDecimal granted) {
    }
}
