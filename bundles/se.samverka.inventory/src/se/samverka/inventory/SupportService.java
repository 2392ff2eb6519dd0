package se.samverka.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.samverka.model.BudgetLine;
import se.samverka.model.MunicipalSupport;
import se.samverka.model.Organisation;
import se.samverka.model.SupportRound;
import se.samverka.model.SupportStatus;

/**
 * Support to municipalities: the county offers a round to several municipalities, each municipality applies, the
 * county decides. Each step checks its rules and refuses with a {@link SupportException} (nothing saved) in words a
 * user understands; a coordinator (as the last sync said, {@code SyncPort.user()}) may only record their own
 * municipality's application, as the county server will also hold them to.
 */
public interface SupportService {

    /** Every round's municipalities, newest round first, then by round title and municipality name. */
    List<SupportRow> rows();

    /**
     * A round's page: the round, its municipalities' supports and the totals. Given a municipality's support's id
     * instead (as the conflicts view opens a record), the page of its round.
     */
    Optional<SupportRoundPage> round(String roundId);

    /**
     * The support of one municipality, every round, newest first (for the municipality's page and its follow-up
     * report).
     */
    List<MunicipalSupport> supportOf(String municipalityId);

    /** The totals of one municipality's support in a year (every year when {@code year} is null). */
    SupportTotals totalsOf(String municipalityId, Integer year);

    /**
     * Offers a new round to several municipalities in one step (one transaction): each municipality with its amount,
     * paid from an expense line of the county programme's budget (optional).
     */
    SupportRound offer(String title, int year, BudgetLine paidFrom, Map<Organisation, BigDecimal> amounts,
            String note) throws SupportException;

    /** Offers an existing round to one more municipality. */
    MunicipalSupport offerTo(String roundId, Organisation municipality, BigDecimal amount) throws SupportException;

    /** Records a municipality's application: the day and the amount applied for. */
    MunicipalSupport apply(String supportId, LocalDate appliedOn, BigDecimal amount) throws SupportException;

    /**
     * Records the county's decision: {@link SupportStatus#GRANTED} with the amount granted (at most the amount
     * applied for), or {@link SupportStatus#REJECTED}. A decision can be changed the same way.
     */
    MunicipalSupport decide(String supportId, SupportStatus decision, LocalDate decidedOn, BigDecimal granted)
            throws SupportException;

    /** The municipality did not apply, or withdrew its application. */
    MunicipalSupport withdraw(String supportId) throws SupportException;

    /** Saves a support's note. */
    MunicipalSupport note(String supportId, String note) throws SupportException;

    /** The expense lines of the county programme's budgets (budgets without a project), newest year first. */
    List<BudgetLine> programmeExpenseLines();

    /** Whether the signed-in user may offer and decide (county staff, or nobody known yet); false for others. */
    boolean mayDecide();

    /** The municipality a coordinator acts for, or null for county staff. */
    String ownMunicipality();
}
