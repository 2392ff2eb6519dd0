package se.samverka.inventory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.samverka.demo.CountyData;
import se.samverka.demo.DemoCounty;
import se.samverka.inventory.Amounts;
import se.samverka.inventory.BudgetService;
import se.samverka.inventory.BudgetSheet;
import se.samverka.inventory.BudgetTotals;
import se.samverka.inventory.SupportService;
import se.samverka.inventory.followup.FollowUp;
import se.samverka.inventory.followup.FollowUpDocument;
import se.samverka.inventory.followup.FollowUpException;
import se.samverka.inventory.followup.FollowUpRequest;
import se.samverka.inventory.followup.FollowUpService;
import se.samverka.inventory.followup.ReportKind;
import se.samverka.inventory.internal.budgets.BudgetServiceComponent;
import se.samverka.inventory.internal.followup.FollowUpServiceComponent;
import se.samverka.inventory.internal.records.MunicipalityServiceComponent;
import se.samverka.inventory.internal.support.SupportServiceComponent;
import se.samverka.inventory.records.CountyOverview;
import se.samverka.inventory.records.Finding;
import se.samverka.inventory.records.MunicipalityService;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.IndicatorValue;
import se.samverka.model.LocalProject;
import se.samverka.model.MunicipalRecordKind;
import se.samverka.model.MunicipalSupport;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SupportStatus;
import se.samverka.model.sync.Role;
import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;
import se.samverka.store.SyncPort;

/**
 * The follow-up report (issue 13, item 6) made from the demo county in a real encrypted store: its text read back
 * (PDFBox) holds the budget totals exactly as the budget page formats them, the projects, an indicator's target and
 * outcome, the records' state and the support granted; a municipality's report holds no other municipality's
 * projects. The PDFs are left in target/documents/ (uppfoljningsrapport-*.pdf), where veraPDF then checks them as
 * PDF/A-2u, with a broken control (no OutputIntent) that must fail.
 */
class FollowUpReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Locale SWEDISH = Locale.of("sv", "SE");
    private static final ZoneId ZONE = ZoneId.systemDefault();

    private static LocalStore store;
    private static CountyData county;
    private static MunicipalityService municipalities;
    private static BudgetService budgets;
    private static SupportService support;
    private static FollowUpService service;

    @BeforeAll
    static void open() throws Exception {
        store = open("followup");
        county = DemoCounty.generate(TODAY);
        store.saveAll(county.all());
        budgets = new BudgetServiceComponent(store);
        municipalities = new MunicipalityServiceComponent(store, budgets);
        support = new SupportServiceComponent(store);
        service = new FollowUpServiceComponent(store, municipalities, budgets, support);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void theProgrammesFinalReportHoldsTotalsProjectsIndicatorsRecordsAndSupport() throws Exception {
        FollowUpRequest request = new FollowUpRequest(ReportKind.FINAL, null, 2010, 2026);
        Path file = write("uppfoljningsrapport-slutrapport-programmet.pdf", request, SWEDISH);
        String text = text(file);
        assertTrue(text.contains("Uppföljningsrapport – slutrapport"), text);
        assertTrue(text.contains("Länets brottsförebyggande program"), text);
        assertTrue(text.contains("Period: 2010–2026"), text);

        // The budget totals, summed here from the programme's budget as the budget page reads it, in its format.
        BudgetSheet programme = budgets.budget(null);
        BigDecimal[] sums = new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (int year : programme.yearNumbers()) {
            sums[0] = sums[0].add(programme.total(BudgetLineKind.INCOME, year).planned());
            sums[1] = sums[1].add(programme.total(BudgetLineKind.INCOME, year).actual());
            sums[2] = sums[2].add(programme.total(BudgetLineKind.EXPENSE, year).planned());
            sums[3] = sums[3].add(programme.total(BudgetLineKind.EXPENSE, year).actual());
        }
        assertTrue(sums[2].signum() > 0, "the demo programme has planned expenses");
        String totals = "Totalt " + String.join(" ", List.of(Amounts.number(sums[0], SWEDISH),
                Amounts.number(sums[1], SWEDISH), Amounts.number(sums[2], SWEDISH), Amounts.number(sums[3], SWEDISH)));
        assertTrue(text.contains(totals), "the totals row reads " + totals + ":\n" + text);
        for (int year : programme.yearNumbers()) {
            String row = year + " " + Amounts.number(programme.total(BudgetLineKind.INCOME, year).planned(), SWEDISH)
                    + " " + Amounts.number(programme.total(BudgetLineKind.INCOME, year).actual(), SWEDISH);
            assertTrue(text.contains(row), "the year's row reads " + row + ":\n" + text);
        }

        // Every project active in the period, by title; and one indicator's target and outcome of a year.
        List<LocalProject> active = active(null, 2010, 2026);
        assertFalse(active.isEmpty());
        for (LocalProject project : active) {
            assertTrue(text.contains(project.getTitle()), "the report names " + project.getTitle());
        }
        IndicatorValue value = active.stream().flatMap(p -> p.getIndicators().stream())
                .flatMap(i -> i.getPeriodValues().stream()).filter(v -> v.getOutcome() != null).findFirst()
                .orElseThrow();
        String indicatorRow = value.getPeriodLabel() + " " + Amounts.number(value.getTarget(), SWEDISH) + " "
                + Amounts.number(value.getOutcome(), SWEDISH);
        assertTrue(text.contains(indicatorRow), "an indicator's target and outcome: " + indicatorRow + ":\n" + text);

        // Each municipality's records as the overview judges them today: e.g. Tierp's lägesbild due soon.
        CountyOverview overview = municipalities.overview(2026, TODAY);
        assertEquals(8, overview.rows().size());
        for (CountyOverview.Row row : overview.rows()) {
            String state = Finding.statusName(row.state(MunicipalRecordKind.SITUATION_PICTURE).status(), SWEDISH);
            assertTrue(text.contains(row.name() + " " + state), row.name() + "'s lägesbild: " + state + "\n" + text);
        }
        assertTrue(text.contains("Förnyas snart") && text.contains("Försenad") && text.contains("Saknas"), text);

        // The support granted in 2020: each municipality's grant and the sum, as the support list writes them.
        List<MunicipalSupport> granted = store.findAll(MunicipalSupport.class).stream()
                .filter(s -> s.getStatus() == SupportStatus.GRANTED).toList();
        assertEquals(4, granted.size(), "Östhammar, Heby, Enköping and Knivsta were granted support");
        BigDecimal sum = BigDecimal.ZERO;
        for (MunicipalSupport s : granted) {
            assertTrue(text.contains(s.getMunicipality().getName()));
            assertTrue(text.contains(Amounts.format(s.getAmountGranted(), SWEDISH)));
            sum = sum.add(s.getAmountGranted());
        }
        assertTrue(text.contains(Amounts.format(sum, SWEDISH)), "the sum granted " + Amounts.format(sum, SWEDISH));
        assertTrue(text.contains("Sida 1 av"), text);
        assertTrue(hasImage(file), "the budget chart is drawn into the PDF");
    }

    @Test
    void aMunicipalitysInterimReportHoldsOnlyItsOwnProjectsAndItsProjectsBudgets() throws Exception {
        Organisation tierp = municipality("Tierps kommun");
        FollowUpRequest request = new FollowUpRequest(ReportKind.INTERIM, tierp.getId(), 2025, 2026);
        FollowUp content = service.read(request, TODAY, SWEDISH);
        Path file = write("uppfoljningsrapport-delrapport-tierp.pdf", request, SWEDISH);
        String text = text(file);
        assertTrue(text.contains("Uppföljningsrapport – delrapport"), text);
        assertTrue(text.contains("Tierps kommun") && text.contains("Period: 2025–2026"), text);

        List<LocalProject> own = active(tierp, 2025, 2026);
        assertFalse(own.isEmpty(), "Tierp has projects in 2025–2026");
        assertEquals(own.stream().map(LocalProject::getId).sorted().toList(),
                content.projects().stream().map(FollowUp.Project::id).sorted().toList());
        for (LocalProject project : own) {
            assertTrue(text.contains(project.getTitle()), "Tierp's report names " + project.getTitle());
        }
        List<String> ownTitles = store.findAll(LocalProject.class).stream()
                .filter(p -> p.getMunicipality() == null || p.getMunicipality().getId().equals(tierp.getId()))
                .map(LocalProject::getTitle).toList();
        List<String> others = store.findAll(LocalProject.class).stream()
                .filter(p -> p.getMunicipality() != null && !p.getMunicipality().getId().equals(tierp.getId()))
                .map(LocalProject::getTitle).filter(t -> ownTitles.stream().noneMatch(o -> o.contains(t))).toList();
        assertFalse(others.isEmpty());
        for (String title : others) {
            assertFalse(text.contains(title), "Tierp's report names another municipality's project " + title);
        }
        for (String name : List.of("Heby kommun", "Uppsala kommun", "Enköpings kommun")) {
            assertFalse(text.contains(name), "Tierp's report speaks of " + name + ":\n" + text);
        }

        // The budget: the sum of Tierp's projects' budgets in 2025 and 2026, each read as its budget page reads it.
        BigDecimal plannedExpenses = BigDecimal.ZERO;
        BigDecimal actualExpenses = BigDecimal.ZERO;
        for (LocalProject project : store.findAll(LocalProject.class)) {
            if (project.getMunicipality() == null || !project.getMunicipality().getId().equals(tierp.getId())) {
                continue;
            }
            BudgetSheet sheet = budgets.budget(project.getId());
            for (int year : sheet.yearNumbers()) {
                if (year >= 2025 && year <= 2026) {
                    plannedExpenses = plannedExpenses.add(sheet.total(BudgetLineKind.EXPENSE, year).planned());
                    actualExpenses = actualExpenses.add(sheet.total(BudgetLineKind.EXPENSE, year).actual());
                }
            }
        }
        assertTrue(plannedExpenses.signum() > 0, "Tierp's projects have budgets in 2025–2026");
        String expenses = Amounts.number(plannedExpenses, SWEDISH) + " " + Amounts.number(actualExpenses, SWEDISH);
        assertTrue(text.contains(expenses), "Tierp's expenses, planned and actual: " + expenses + "\n" + text);

        // Each year's totals as the county overview of that year has them for Tierp (its own reading, BudgetTotals).
        for (int year : List.of(2025, 2026)) {
            BudgetTotals totals = municipalities.overview(year, TODAY).rows().stream()
                    .filter(r -> r.id().equals(tierp.getId())).findFirst().orElseThrow().budget();
            String row = year + " " + String.join(" ", Stream.of(totals.plannedIncome(), totals.actualIncome(),
                    totals.plannedExpenses(), totals.actualExpenses(), totals.result().planned(),
                    totals.result().actual()).map(a -> Amounts.number(a, SWEDISH)).toList());
            assertTrue(text.contains(row), "Tierp's " + year + " as the overview has it: " + row + "\n" + text);
        }

        // Tierp's lägesbild is due within 90 days: the finding and what to do, as its page says them.
        Finding finding = municipalities.page(tierp.getId(), TODAY).orElseThrow().rule().findings().get(0);
        assertTrue(text.contains(finding.text(SWEDISH)), finding.text(SWEDISH) + "\n" + text);
        assertTrue(text.contains("Förnyas snart"), text);
        assertTrue(text.contains("Inget stöd under perioden."), "Tierp was offered support in 2020 only:\n" + text);
    }

    @Test
    void anEnglishReportOfOsthammarHoldsItsSupport() throws Exception {
        Organisation osthammar = municipality("Östhammars kommun");
        FollowUpRequest request = new FollowUpRequest(ReportKind.FINAL, osthammar.getId(), 2020, 2026);
        Path file = write("uppfoljningsrapport-slutrapport-osthammar-en.pdf", request, Locale.ENGLISH);
        String text = text(file);
        MunicipalSupport granted = support.supportOf(osthammar.getId()).stream()
                .filter(s -> s.getStatus() == SupportStatus.GRANTED).findFirst().orElseThrow();
        for (String expected : List.of("Follow-up report – final report", "Östhammars kommun", "Period: 2020–2026",
                "Support to municipalities", "Granted", Amounts.format(granted.getAmountGranted(), Locale.ENGLISH),
                "Statutory records", "Budget and outcome", "Page 1 of")) {
            assertTrue(text.contains(expected), "the English report says " + expected + ":\n" + text);
        }
        assertTrue(Amounts.format(granted.getAmountGranted(), Locale.ENGLISH).startsWith("SEK "));
    }

    @Test
    void aWrongPeriodOrAnUnknownMunicipalityIsRefusedInTheUsersWords() {
        FollowUpException backwards = assertThrows(FollowUpException.class,
                () -> service.read(new FollowUpRequest(ReportKind.INTERIM, null, 2026, 2025), TODAY, SWEDISH));
        assertEquals("Perioden slutar (2025) före den börjar (2026): ange det första året först.",
                backwards.getMessage());
        FollowUpException early = assertThrows(FollowUpException.class,
                () -> service.read(new FollowUpRequest(ReportKind.INTERIM, null, 1999, 2025), TODAY, Locale.ENGLISH));
        assertEquals("The year 1999 cannot be used: give years between 2000 and 2100.", early.getMessage());
        Organisation police = store.findAll(Organisation.class).stream()
                .filter(o -> o.getKind() == OrganisationKind.POLICE_AREA).findFirst().orElseThrow();
        assertThrows(FollowUpException.class,
                () -> service.read(new FollowUpRequest(ReportKind.FINAL, police.getId(), 2025, 2026), TODAY, SWEDISH));
    }

    @Test
    void aCoordinatorReportsOnTheirOwnMunicipalityOnly() throws Exception {
        LocalStore own = open("followup-coordinator");
        try {
            Organisation heby = own.save(organisation("Heby kommun"));
            Organisation tierp = own.save(organisation("Tierps kommun"));
            own.sync().apply(new SyncPort.Incoming(0, List.of(), Map.of(), List.of(), 0, null, List.of(),
                    new SyncPort.User(Role.COORDINATOR, null, heby.getId())));
            BudgetServiceComponent ownBudgets = new BudgetServiceComponent(own);
            FollowUpService coordinator = new FollowUpServiceComponent(own,
                    new MunicipalityServiceComponent(own, ownBudgets), ownBudgets, new SupportServiceComponent(own));
            assertEquals(heby.getId(), coordinator.ownMunicipality());
            assertEquals("Heby kommun",
                    coordinator.read(new FollowUpRequest(ReportKind.INTERIM, heby.getId(), 2026, 2026), TODAY, SWEDISH)
                            .scope());
            for (String other : new String[] {tierp.getId(), null}) {
                FollowUpException refused = assertThrows(FollowUpException.class, () -> coordinator
                        .read(new FollowUpRequest(ReportKind.INTERIM, other, 2026, 2026), TODAY, SWEDISH));
                assertTrue(refused.getMessage().startsWith("Som kommunal samordnare"), refused.getMessage());
            }
        } finally {
            own.close();
        }
    }

    /** A report without its OutputIntent: veraPDF must fail it (rule 6.2.4.3-2), else the check proves nothing. */
    @Test
    void aBrokenControlForVeraPdf() throws Exception {
        Path good = Files.createTempFile("uppfoljningsrapport", ".pdf");
        FollowUpRequest request = new FollowUpRequest(ReportKind.INTERIM, municipality("Heby kommun").getId(), 2025,
                2026);
        try (OutputStream out = Files.newOutputStream(good)) {
            new FollowUpDocument(SWEDISH, "Samverka tests").write(service.read(request, TODAY, SWEDISH), out);
        }
        try (PDDocument document = Loader.loadPDF(good.toFile())) {
            document.getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
            document.save(documents().resolve("control-uppfoljningsrapport-no-output-intent.pdf").toFile());
        }
        Files.delete(good);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static LocalStore open(String name) throws Exception {
        ServiceTracker<LocalStores, LocalStores> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(FollowUpReportTest.class).getBundleContext(), LocalStores.class, null);
        tracker.open();
        LocalStores stores = tracker.waitForService(10_000);
        Path folder = Path.of(System.getProperty("samverka.test.work", "target/inventory-work"))
                .resolve(name + "-" + UUID.randomUUID());
        Files.createDirectories(folder.getParent());
        return stores.open(folder, "hemligt-lösenord".toCharArray(), "lansstyrelsen");
    }

    private static Path documents() throws IOException {
        Path folder = Path.of(System.getProperty("samverka.documents", "target/documents"));
        Files.createDirectories(folder);
        return folder;
    }

    private static Path write(String name, FollowUpRequest request, Locale locale) throws Exception {
        Path file = documents().resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new FollowUpDocument(locale, "Samverka tests").write(service.read(request, TODAY, locale), out);
        }
        return file;
    }

    /** The text, with runs of white space (line breaks, table cells) as one space; U+00A0 is kept. */
    private static String text(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("[ \\t\\r\\n]+", " ");
        }
    }

    private static boolean hasImage(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** The projects (of one municipality, or all) whose dates overlap the years, as the test reads them. */
    private static List<LocalProject> active(Organisation municipality, int from, int to) {
        List<LocalProject> active = new ArrayList<>();
        for (LocalProject p : store.findAll(LocalProject.class)) {
            if (municipality != null && (p.getMunicipality() == null
                    || !p.getMunicipality().getId().equals(municipality.getId()))) {
                continue;
            }
            if (p.getStartsOn() == null) {
                continue;
            }
            LocalDate starts = p.getStartsOn().toInstant().atZone(ZONE).toLocalDate();
            LocalDate ends = p.getEndsOn() == null ? null : p.getEndsOn().toInstant().atZone(ZONE).toLocalDate();
            if (starts.getYear() <= to && (ends == null || ends.getYear() >= from)) {
                active.add(p);
            }
        }
        return active;
    }

    private static Organisation municipality(String name) {
        return store.findAll(Organisation.class).stream()
                .filter(o -> o.getKind() == OrganisationKind.MUNICIPALITY && name.equals(o.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no municipality " + name));
    }

    private static Organisation organisation(String name) {
        Organisation organisation = SamverkaFactory.eINSTANCE.createOrganisation();
        organisation.setKind(OrganisationKind.MUNICIPALITY);
        organisation.setName(name);
        return organisation;
    }
}
