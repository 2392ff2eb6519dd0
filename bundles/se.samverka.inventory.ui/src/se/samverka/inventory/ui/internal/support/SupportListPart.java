package se.samverka.inventory.ui.internal.support;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import org.eclipse.e4.core.services.nls.Translation;

import jakarta.inject.Inject;
import se.samverka.inventory.Amounts;
import se.samverka.inventory.SupportRow;
import se.samverka.inventory.SupportService;
import se.samverka.model.MunicipalSupport;
import se.samverka.model.SupportRound;
import se.samverka.model.rules.Labels;
import se.samverka.ui.lists.RecordListPart;
import se.samverka.ui.lists.RecordTable;

/**
 * "Stöd till kommuner": every round's municipalities with status and amounts, newest round first; opening a row
 * opens its round's page ({@link SupportRoundPart}).
 */
public class SupportListPart extends RecordListPart<SupportRow> {

    /** The part descriptor of the round's page. */
    static final String PAGE_ID = "se.samverka.inventory.ui.support.round";

    @Inject
    private SupportService service;
    @Inject
    @Translation
    private SupportMessages messages;

    public SupportListPart() {
        super(MunicipalSupport.class, PAGE_ID, SupportRound.class);
    }

    @Override
    protected Page page() {
        return new Page("support.list", messages.support_heading, messages.support_description,
                messages.support_new, messages.support_noun);
    }

    @Override
    protected void addColumns(RecordTable<SupportRow> table) {
        Comparator<BigDecimal> amounts = Comparator.nullsFirst(Comparator.naturalOrder());
        table.column(messages.support_column_year, 6, r -> String.valueOf(r.year()),
                Comparator.comparing(SupportRow::year))
                .column(messages.support_column_round, 38, SupportRow::roundTitle)
                .column(messages.support_column_municipality, 14,
                        r -> r.municipality() == null ? "" : r.municipality().replaceFirst("s? kommun$", ""))
                .column(messages.support_column_status, 11,
                        r -> r.status() == null ? "" : Labels.of(r.status(), locale()),
                        Comparator.comparing(SupportRow::status, Comparator.nullsFirst(Comparator.naturalOrder())))
                // Amounts right-aligned, as numbers are, so that their digits line up.
                .column(messages.support_column_offered, 13, r -> Amounts.format(r.offered(), locale()),
                        Comparator.comparing(SupportRow::offered, amounts)).alignRight()
                .column(messages.support_column_applied, 13, r -> Amounts.format(r.applied(), locale()),
                        Comparator.comparing(SupportRow::applied, amounts)).alignRight()
                .column(messages.support_column_granted, 13, r -> Amounts.format(r.granted(), locale()),
                        Comparator.comparing(SupportRow::granted, amounts)).alignRight()
                // The round's title takes the spare width, so that the granted amount stays beside the others.
                .fillWith(1);
    }

    @Override
    protected String idOf(SupportRow row) {
        return row.roundId();
    }

    @Override
    protected List<SupportRow> read() {
        return service.rows();
    }
}
