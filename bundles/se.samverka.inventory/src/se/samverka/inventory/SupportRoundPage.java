package se.samverka.inventory;

import java.util.List;

import se.samverka.model.MunicipalSupport;
import se.samverka.model.SupportRound;

/**
 * What a round's page shows, read in one go: the round, its municipalities' supports (by municipality name, in
 * Swedish order) and their totals.
 */
public record SupportRoundPage(SupportRound round, List<MunicipalSupport> supports, SupportTotals totals) {

    public SupportRoundPage {
        supports = List.copyOf(supports);
    }
}
