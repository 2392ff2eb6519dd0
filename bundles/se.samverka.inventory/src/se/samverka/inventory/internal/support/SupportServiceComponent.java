package se.samverka.inventory.internal.support;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.inventory.Amounts;
import se.samverka.inventory.SupportException;
import se.samverka.inventory.SupportException.Reason;
import se.samverka.inventory.SupportRoundPage;
import se.samverka.inventory.SupportRow;
import se.samverka.inventory.SupportService;
import se.samverka.inventory.SupportTotals;
import se.samverka.model.Budget;
import se.samverka.model.BudgetLine;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.MunicipalSupport;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.model.SupportRound;
import se.samverka.model.SupportStatus;
import se.samverka.model.SyncedObject;
import se.samverka.model.rules.Labels;
import se.samverka.model.rules.SupportTransitions;
import se.samverka.model.sync.Role;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;
import se.samverka.store.SyncPort;

/** Support to municipalities on the local store: the rules of offering, applying and deciding. */
@Component(service = SupportService.class)
public final class SupportServiceComponent implements SupportService {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final LocalStore store;

    @Activate
    public SupportServiceComponent(@Reference LocalStore store) {
        this.store = store;
    }

    @Override
    public List<SupportRow> rows() {
        Collator collator = Collator.getInstance(SWEDISH);
        List<SupportRow> rows = new ArrayList<>();
        for (Object[] r : store.select(MunicipalSupport.class, "round.id", "round.title", "round.supportYear", "id",
                "municipality.name", "status", "amountOffered", "amountApplied", "amountGranted", "deleted",
                "round.deleted")) {
            if (Boolean.TRUE.equals(r[9]) || Boolean.TRUE.equals(r[10])) {
                continue;
            }
            rows.add(new SupportRow((String) r[0], (String) r[1], (Integer) r[2], (String) r[3], (String) r[4],
                    (SupportStatus) r[5], (BigDecimal) r[6], (BigDecimal) r[7], (BigDecimal) r[8]));
        }
        rows.sort(Comparator.comparing(SupportRow::year).reversed()
                .thenComparing(SupportRow::roundTitle, collator).thenComparing(SupportRow::roundId)
                .thenComparing(SupportRow::municipality, collator));
        return rows;
    }

    @Override
    public Optional<SupportRoundPage> round(String roundId) {
        Optional<SupportRound> round = store.find(SupportRound.class, roundId).filter(r -> !r.isDeleted());
        if (round.isEmpty()) {
            Optional<MunicipalSupport> support = store.find(MunicipalSupport.class, roundId);
            return support.isPresent() && !support.get().getRound().getId().equals(roundId)
                    ? round(support.get().getRound().getId()) : Optional.empty();
        }
        List<MunicipalSupport> supports = live(store.findBy(MunicipalSupport.class, Literals.MUNICIPAL_SUPPORT__ROUND,
                roundId));
        Collator collator = Collator.getInstance(SWEDISH);
        supports.sort(Comparator.comparing(s -> s.getMunicipality().getName(), collator));
        BudgetLine line = round.get().getBudgetLine();
        Budget paidFrom = line == null ? null : programmeExpenseLines().stream()
                .filter(l -> l.getId().equals(line.getId())).findFirst().map(l -> (Budget) l.eContainer())
                .orElse(null);
        return Optional.of(new SupportRoundPage(round.get(), supports, totals(supports), paidFrom));
    }

    @Override
    public List<MunicipalSupport> supportOf(String municipalityId) {
        List<MunicipalSupport> supports = live(store.findBy(MunicipalSupport.class,
                Literals.MUNICIPAL_SUPPORT__MUNICIPALITY, municipalityId));
        Collator collator = Collator.getInstance(SWEDISH);
        supports.sort(Comparator.comparing((MunicipalSupport s) -> s.getRound().getSupportYear()).reversed()
                .thenComparing(s -> s.getRound().getTitle(), collator));
        return supports;
    }

    @Override
    public SupportTotals totalsOf(String municipalityId, Integer year) {
        return totals(supportOf(municipalityId).stream()
                .filter(s -> year == null || s.getRound().getSupportYear() == year).toList());
    }

    private static <T extends SyncedObject> List<T> live(List<T> records) {
        return new ArrayList<>(records.stream().filter(r -> !r.isDeleted()).toList());
    }

    private static SupportTotals totals(List<MunicipalSupport> supports) {
        SupportTotals totals = SupportTotals.NONE;
        for (MunicipalSupport s : supports) {
            totals = totals.plus(s.getAmountOffered(), s.getAmountApplied(),
                    s.getStatus() == SupportStatus.GRANTED ? s.getAmountGranted() : null);
        }
        return totals;
    }

    @Override
    public SupportRound offer(String title, int year, BudgetLine paidFrom, Map<Organisation, BigDecimal> amounts,
            String note) throws SupportException {
        requireCounty();
        if (title == null || title.isBlank()) {
            throw new SupportException(Reason.NO_TITLE);
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new SupportException(Reason.BAD_YEAR, String.valueOf(year));
        }
        if (amounts == null || amounts.isEmpty()) {
            throw new SupportException(Reason.NO_MUNICIPALITY);
        }
        requireProgrammeExpense(paidFrom);
        Set<String> seen = new HashSet<>();
        for (Map.Entry<Organisation, BigDecimal> offer : amounts.entrySet()) {
            requireMunicipality(offer.getKey());
            if (!seen.add(offer.getKey().getId())) {
                throw new SupportException(Reason.ALREADY_OFFERED, offer.getKey().getName());
            }
            requireAmount(offer.getValue(), offer.getKey().getName());
        }
        SupportRound round = SamverkaFactory.eINSTANCE.createSupportRound();
        round.setTitle(title.strip());
        round.setSupportYear(year);
        round.setBudgetLine(paidFrom);
        round.setNote(note);
        List<SyncedObject> records = new ArrayList<>();
        records.add(round);
        amounts.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey().getName(), Collator.getInstance(SWEDISH)))
                .forEach(offer -> records.add(newSupport(round, offer.getKey(), offer.getValue())));
        try {
            return (SupportRound) store.saveAll(records).get(0);
        } catch (StoreException e) {
            throw new SupportException(e);
        }
    }

    @Override
    public MunicipalSupport offerTo(String roundId, Organisation municipality, BigDecimal amount)
            throws SupportException {
        requireCounty();
        SupportRoundPage page = round(roundId).orElseThrow(() -> new SupportException(Reason.NOT_FOUND));
        requireMunicipality(municipality);
        if (page.supports().stream().anyMatch(s -> s.getMunicipality().getId().equals(municipality.getId()))) {
            throw new SupportException(Reason.ALREADY_OFFERED, municipality.getName());
        }
        requireAmount(amount, municipality.getName());
        return save(newSupport(page.round(), municipality, amount));
    }

    private static MunicipalSupport newSupport(SupportRound round, Organisation municipality, BigDecimal amount) {
        MunicipalSupport support = SamverkaFactory.eINSTANCE.createMunicipalSupport();
        support.setRound(round);
        support.setMunicipality(municipality);
        support.setAmountOffered(amount);
        support.setStatus(SupportStatus.OFFERED);
        return support;
    }

    @Override
    public MunicipalSupport apply(String supportId, LocalDate appliedOn, BigDecimal amount) throws SupportException {
        MunicipalSupport support = support(supportId);
        requireOwn(support);
        String name = support.getMunicipality().getName();
        if (support.getStatus() == SupportStatus.GRANTED || support.getStatus() == SupportStatus.REJECTED) {
            throw new SupportException(Reason.ALREADY_DECIDED, name, Labels.of(support.getStatus(), SWEDISH));
        }
        if (appliedOn == null) {
            throw new SupportException(Reason.NO_DATE, Labels.of(Literals.MUNICIPAL_SUPPORT__APPLIED_ON, SWEDISH)
                    .toLowerCase(SWEDISH));
        }
        requireAmount(amount, name);
        support.setAppliedOn(date(appliedOn));
        support.setAmountApplied(amount);
        support.setStatus(SupportStatus.APPLIED);
        return save(support);
    }

    @Override
    public MunicipalSupport decide(String supportId, SupportStatus decision, LocalDate decidedOn, BigDecimal granted)
            throws SupportException {
        requireCounty();
        MunicipalSupport support = support(supportId);
        String name = support.getMunicipality().getName();
        if (decision != SupportStatus.GRANTED && decision != SupportStatus.REJECTED) {
            throw new IllegalArgumentException("A decision grants or rejects, not " + decision);
        }
        if (support.getStatus() != SupportStatus.APPLIED && support.getStatus() != SupportStatus.GRANTED
                && support.getStatus() != SupportStatus.REJECTED || support.getAmountApplied() == null) {
            throw new SupportException(Reason.NOT_APPLIED, name);
        }
        if (decidedOn == null) {
            throw new SupportException(Reason.NO_DATE, Labels.of(Literals.MUNICIPAL_SUPPORT__DECIDED_ON, SWEDISH)
                    .toLowerCase(SWEDISH));
        }
        LocalDate appliedOn = localDate(support.getAppliedOn());
        if (appliedOn != null && decidedOn.isBefore(appliedOn)) {
            throw new SupportException(Reason.DECIDED_BEFORE_APPLIED, decidedOn.toString(), appliedOn.toString());
        }
        if (decision == SupportStatus.GRANTED) {
            requireAmount(granted, name);
            if (granted.compareTo(support.getAmountApplied()) > 0) {
                throw new SupportException(Reason.MORE_THAN_APPLIED, Amounts.format(granted, SWEDISH), name,
                        Amounts.format(support.getAmountApplied(), SWEDISH));
            }
            support.setAmountGranted(granted);
        } else {
            support.setAmountGranted(null);
        }
        support.setDecidedOn(date(decidedOn));
        support.setStatus(decision);
        return save(support);
    }

    @Override
    public MunicipalSupport withdraw(String supportId) throws SupportException {
        MunicipalSupport support = support(supportId);
        requireOwn(support);
        if (!SupportTransitions.isAllowed(support.getStatus(), SupportStatus.WITHDRAWN)) {
            throw new SupportException(Reason.ALREADY_DECIDED, support.getMunicipality().getName(),
                    Labels.of(support.getStatus(), SWEDISH));
        }
        support.setStatus(SupportStatus.WITHDRAWN);
        return save(support);
    }

    @Override
    public MunicipalSupport note(String supportId, String note) throws SupportException {
        MunicipalSupport support = support(supportId);
        requireOwn(support);
        support.setNote(note == null || note.isBlank() ? null : note);
        return save(support);
    }

    @Override
    public List<BudgetLine> programmeExpenseLines() {
        List<BudgetLine> lines = new ArrayList<>();
        store.findAll(Budget.class).stream().filter(b -> !b.isDeleted() && b.getProject() == null)
                .sorted(Comparator.comparing(Budget::getBudgetYear).reversed())
                .forEach(b -> b.getLines().stream().filter(l -> l.getKind() == BudgetLineKind.EXPENSE)
                        .forEach(lines::add));
        return lines;
    }

    @Override
    public boolean mayDecide() {
        SyncPort.User user = store.sync().user();
        return user == null || user.role() == Role.COUNTY;
    }

    @Override
    public String ownMunicipality() {
        SyncPort.User user = store.sync().user();
        return user == null || user.role() != Role.COORDINATOR ? null : user.municipalityId();
    }

    private MunicipalSupport support(String id) throws SupportException {
        return store.find(MunicipalSupport.class, id).filter(s -> !s.isDeleted())
                .orElseThrow(() -> new SupportException(Reason.NOT_FOUND));
    }

    private MunicipalSupport save(MunicipalSupport support) throws SupportException {
        try {
            return store.save(support);
        } catch (StoreException e) {
            throw new SupportException(e);
        }
    }

    private void requireCounty() throws SupportException {
        if (!mayDecide()) {
            throw new SupportException(Reason.COUNTY_ONLY);
        }
    }

    /** County staff act for every municipality; a coordinator for their own; a trainer for none. */
    private void requireOwn(MunicipalSupport support) throws SupportException {
        if (mayDecide()) {
            return;
        }
        String own = ownMunicipality();
        if (own == null || !own.equals(support.getMunicipality().getId())) {
            throw new SupportException(Reason.OTHER_MUNICIPALITY, support.getMunicipality().getName());
        }
    }

    private static void requireMunicipality(Organisation organisation) throws SupportException {
        if (organisation == null) {
            throw new SupportException(Reason.NO_MUNICIPALITY);
        }
        if (organisation.getKind() != OrganisationKind.MUNICIPALITY) {
            throw new SupportException(Reason.NOT_A_MUNICIPALITY, organisation.getName());
        }
    }

    private static void requireAmount(BigDecimal amount, String whose) throws SupportException {
        if (amount == null || amount.signum() <= 0) {
            throw new SupportException(Reason.BAD_AMOUNT, whose);
        }
    }

    private static void requireProgrammeExpense(BudgetLine line) throws SupportException {
        if (line == null) {
            return;
        }
        if (line.getKind() != BudgetLineKind.EXPENSE || !(line.eContainer() instanceof Budget budget)
                || budget.getProject() != null) {
            throw new SupportException(Reason.NOT_A_PROGRAMME_EXPENSE);
        }
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
