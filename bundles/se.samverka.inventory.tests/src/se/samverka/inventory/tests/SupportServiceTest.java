package se.samverka.inventory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.samverka.inventory.SupportException;
import se.samverka.inventory.SupportException.Reason;
import se.samverka.inventory.SupportRoundPage;
import se.samverka.inventory.SupportRow;
import se.samverka.inventory.SupportService;
import se.samverka.inventory.SupportTotals;
import se.samverka.inventory.internal.support.SupportServiceComponent;
import se.samverka.model.Budget;
import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLine;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.MunicipalSupport;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SupportRound;
import se.samverka.model.SupportStatus;
import se.samverka.model.sync.Role;
import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;
import se.samverka.store.SyncPort;

/**
 * Support to municipalities on a real encrypted laptop database: a round offered to several municipalities in one
 * step, applications and decisions with their totals, and every refusal with its message; a coordinator's laptop
 * (as the last sync answer said) applies for its own municipality only and cannot offer or decide.
 */
class SupportServiceTest {

    private static final SamverkaFactory F = SamverkaFactory.eINSTANCE;

    private LocalStore store;
    private SupportService service;
    private Organisation osthammar;
    private Organisation heby;
    private Organisation police;
    private BudgetLine supportLine;

    @BeforeEach
    void open() throws Exception {
        ServiceTracker<LocalStores, LocalStores> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(SupportServiceTest.class).getBundleContext(), LocalStores.class, null);
        tracker.open();
        LocalStores stores = tracker.waitForService(10_000);
        Path folder = Path.of(System.getProperty("samverka.test.work", "target/inventory-work"))
                .resolve("support-" + UUID.randomUUID());
        Files.createDirectories(folder.getParent());
        store = stores.open(folder, "hemligt-lösenord".toCharArray(), "lansstyrelsen");
        service = new SupportServiceComponent(store);
        osthammar = store.save(organisation(OrganisationKind.MUNICIPALITY, "Östhammars kommun"));
        heby = store.save(organisation(OrganisationKind.MUNICIPALITY, "Heby kommun"));
        police = store.save(organisation(OrganisationKind.POLICE_AREA, "Lokalpolisområde Tierp"));
        Budget programme = F.createBudget();
        programme.setName("Länsprogrammet 2020");
        programme.setBudgetYear(2020);
        programme.getLines().add(line(BudgetLineKind.INCOME, BudgetCategory.GRANT, "Anslag"));
        programme.getLines().add(line(BudgetLineKind.EXPENSE, BudgetCategory.OTHER_EXPENSE, "Stöd till kommuner"));
        programme = store.save(programme);
        supportLine = programme.getLines().get(1);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRoundOfferedToSeveralMunicipalitiesIsAppliedForAndDecidedWithItsTotals() throws Exception {
        SupportRound round = service.offer("Stöd till lokal resurs", 2020, supportLine,
                amounts(osthammar, "150000", heby, "100000"), null);
        SupportRoundPage page = service.round(round.getId()).orElseThrow();
        assertEquals(List.of("Heby kommun", "Östhammars kommun"),
                page.supports().stream().map(s -> s.getMunicipality().getName()).toList(), "Swedish order");
        assertEquals(supportLine.getId(), page.round().getBudgetLine().getId());
        assertEquals("Länsprogrammet 2020", page.paidFrom().getName(), "the programme budget it is paid from");
        assertTrue(page.supports().stream().allMatch(s -> s.getStatus() == SupportStatus.OFFERED));
        assertTotals("250000", "0", "0", page.totals());

        MunicipalSupport ost = support(page, osthammar);
        service.apply(ost.getId(), LocalDate.of(2020, 3, 16), new BigDecimal("120000"));
        assertTotals("250000", "120000", "0", service.round(round.getId()).orElseThrow().totals());
        MunicipalSupport decided = service.decide(ost.getId(), SupportStatus.GRANTED, LocalDate.of(2020, 4, 14),
                new BigDecimal("120000"));
        assertEquals(SupportStatus.GRANTED, decided.getStatus());
        assertTotals("250000", "120000", "120000", service.round(round.getId()).orElseThrow().totals());
        service.withdraw(support(page, heby).getId());

        List<SupportRow> rows = service.rows();
        assertEquals(2, rows.size());
        SupportRow hebyRow = rows.get(0);
        assertEquals("Heby kommun", hebyRow.municipality());
        assertEquals(SupportStatus.WITHDRAWN, hebyRow.status());
        assertEquals(2020, hebyRow.year());
        assertEquals(List.of(ost.getId()), service.supportOf(osthammar.getId()).stream()
                .map(MunicipalSupport::getId).toList(), "the municipality page's read");
        assertTotals("150000", "120000", "120000", service.totalsOf(osthammar.getId(), 2020));
        assertTotals("0", "0", "0", service.totalsOf(osthammar.getId(), 2021));

        // A rejection changes the decision and takes the amount out of the granted total.
        service.decide(ost.getId(), SupportStatus.REJECTED, LocalDate.of(2020, 4, 20), null);
        assertTotals("250000", "120000", "0", service.round(round.getId()).orElseThrow().totals());
        assertNull(store.find(MunicipalSupport.class, ost.getId()).orElseThrow().getAmountGranted());
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingSaved() throws Exception {
        int before = store.changes().size();
        assertRefused(Reason.NO_TITLE, () -> service.offer(" ", 2020, supportLine, amounts(heby, "1"), null));
        assertRefused(Reason.BAD_YEAR, () -> service.offer("Stöd", 20, supportLine, amounts(heby, "1"), null));
        assertRefused(Reason.NO_MUNICIPALITY, () -> service.offer("Stöd", 2020, supportLine, Map.of(), null));
        assertRefused(Reason.NOT_A_MUNICIPALITY,
                () -> service.offer("Stöd", 2020, supportLine, amounts(police, "1000"), null));
        assertRefused(Reason.BAD_AMOUNT,
                () -> service.offer("Stöd", 2020, supportLine, amounts(heby, "1000", osthammar, "-5"), null));
        assertRefused(Reason.NOT_A_PROGRAMME_EXPENSE, () -> service.offer("Stöd", 2020,
                store.find(Budget.class, ((Budget) supportLine.eContainer()).getId()).orElseThrow().getLines().get(0),
                amounts(heby, "1000"), null));
        assertEquals(before, store.changes().size(), "a refused offer saves nothing");

        SupportRound round = service.offer("Stöd till fördjupat utvecklingsarbete", 2020, supportLine,
                amounts(heby, "200000"), null);
        MunicipalSupport support = service.round(round.getId()).orElseThrow().supports().get(0);
        SupportException early = assertRefused(Reason.NOT_APPLIED, () -> service.decide(support.getId(),
                SupportStatus.GRANTED, LocalDate.of(2020, 4, 1), new BigDecimal("1000")));
        assertEquals("Heby kommun har inte ansökt om stödet ännu: registrera ansökan innan du beslutar.",
                early.getMessage());
        assertEquals("Heby kommun has not applied for the support yet: record the application before deciding.",
                early.message(Locale.ENGLISH));
        assertRefused(Reason.ALREADY_OFFERED, () -> service.offerTo(round.getId(), heby, new BigDecimal("5")));
        assertRefused(Reason.NO_DATE, () -> service.apply(support.getId(), null, new BigDecimal("1000")));
        service.apply(support.getId(), LocalDate.of(2020, 3, 20), new BigDecimal("200000"));
        SupportException more = assertRefused(Reason.MORE_THAN_APPLIED, () -> service.decide(support.getId(),
                SupportStatus.GRANTED, LocalDate.of(2020, 4, 14), new BigDecimal("250000")));
        assertEquals("Det går inte att bevilja 250\u00a0000\u00a0kr – Heby kommun har sökt 200\u00a0000\u00a0kr.",
                more.getMessage());
        assertRefused(Reason.DECIDED_BEFORE_APPLIED, () -> service.decide(support.getId(), SupportStatus.GRANTED,
                LocalDate.of(2020, 3, 1), new BigDecimal("200000")));
        assertEquals(SupportStatus.APPLIED, store.find(MunicipalSupport.class, support.getId()).orElseThrow()
                .getStatus(), "nothing was decided");
        service.decide(support.getId(), SupportStatus.GRANTED, LocalDate.of(2020, 4, 14), new BigDecimal("200000"));
        assertRefused(Reason.ALREADY_DECIDED,
                () -> service.apply(support.getId(), LocalDate.of(2020, 5, 1), new BigDecimal("1")));
    }

    @Test
    void aCoordinatorAppliesForTheirOwnMunicipalityAndCannotOfferOrDecide() throws Exception {
        SupportRound round = service.offer("Stöd till lokal resurs", 2020, supportLine,
                amounts(osthammar, "150000", heby, "100000"), null);
        SupportRoundPage page = service.round(round.getId()).orElseThrow();
        // What the county server's answer says about the user, taken in as a sync takes it.
        store.sync().apply(new SyncPort.Incoming(0, List.of(), Map.of(), List.of(), 0, null, List.of(),
                new SyncPort.User(Role.COORDINATOR, null, heby.getId())));
        assertFalse(service.mayDecide());
        assertEquals(heby.getId(), service.ownMunicipality());

        MunicipalSupport own = service.apply(support(page, heby).getId(), LocalDate.of(2020, 3, 16),
                new BigDecimal("100000"));
        assertEquals(SupportStatus.APPLIED, own.getStatus());
        assertRefused(Reason.OTHER_MUNICIPALITY, () -> service.apply(support(page, osthammar).getId(),
                LocalDate.of(2020, 3, 16), new BigDecimal("150000")));
        assertRefused(Reason.COUNTY_ONLY, () -> service.decide(own.getId(), SupportStatus.GRANTED,
                LocalDate.of(2020, 4, 14), new BigDecimal("100000")));
        assertRefused(Reason.COUNTY_ONLY,
                () -> service.offer("Eget stöd", 2020, null, amounts(heby, "1000000"), null));
        assertEquals(SupportStatus.APPLIED,
                store.find(MunicipalSupport.class, own.getId()).orElseThrow().getStatus());
    }

    private static SupportException assertRefused(Reason reason, org.junit.jupiter.api.function.Executable step) {
        SupportException refused = assertThrows(SupportException.class, step);
        assertEquals(reason, refused.reason(), refused.getMessage());
        assertFalse(refused.getMessage().isBlank());
        assertFalse(refused.message(Locale.ENGLISH).equals(refused.getMessage()), "English differs from Swedish");
        return refused;
    }

    private static void assertTotals(String offered, String applied, String granted, SupportTotals totals) {
        assertEquals(0, new BigDecimal(offered).compareTo(totals.offered()), "offered " + totals);
        assertEquals(0, new BigDecimal(applied).compareTo(totals.applied()), "applied " + totals);
        assertEquals(0, new BigDecimal(granted).compareTo(totals.granted()), "granted " + totals);
    }

    private static MunicipalSupport support(SupportRoundPage page, Organisation municipality) {
        return page.supports().stream().filter(s -> s.getMunicipality().getId().equals(municipality.getId()))
                .findFirst().orElseThrow();
    }

    private static Map<Organisation, BigDecimal> amounts(Object... pairs) {
        Map<Organisation, BigDecimal> amounts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            amounts.put((Organisation) pairs[i], new BigDecimal((String) pairs[i + 1]));
        }
        return amounts;
    }

    private static Organisation organisation(OrganisationKind kind, String name) {
        Organisation organisation = F.createOrganisation();
        organisation.setKind(kind);
        organisation.setName(name);
        return organisation;
    }

    private static BudgetLine line(BudgetLineKind kind, BudgetCategory category, String description) {
        BudgetLine line = F.createBudgetLine();
        line.setSeq(1);
        line.setKind(kind);
        line.setCategory(category);
        line.setDescription(description);
        line.setPlannedAmount(new BigDecimal("1000000"));
        return line;
    }
}
