package se.samverka.inventory;

import java.util.List;

import se.samverka.model.Budget;
import se.samverka.model.MunicipalSupport;
import se.samverka.model.SupportRound;

/**
 * What a round's page shows, read in one go: the round, its municipalities' supports (by municipality name, in
 * Swedish order), their totals, and the programme budget its budget line belongs to (null when it has none, or the
 * user does not receive the programme budget: a coordinator).
 */
public record SupportRoundPage(SupportRound round, List<MunicipalSupport> supports, SupportTotals totals,
        Budget paidFrom) {

    public SupportRoundPage {
        supports = List.copyOf(supports);
    }
}
