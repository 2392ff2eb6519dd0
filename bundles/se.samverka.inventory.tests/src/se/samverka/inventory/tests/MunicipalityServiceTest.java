package se.samverka.inventory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.samverka.inventory.internal.budgets.BudgetServiceComponent;
import se.samverka.inventory.internal.records.MunicipalityServiceComponent;
import se.samverka.inventory.records.CountyOverview;
import se.samverka.inventory.records.InvalidRecordException;
import se.samverka.inventory.records.MunicipalityPage;
import se.samverka.inventory.records.MunicipalityService;
import se.samverka.inventory.records.NewRecord;
import se.samverka.inventory.records.RecordState.Status;
import se.samverka.inventory.records.Severity;
import se.samverka.model.FocusArea;
import se.samverka.model.LocalProject;
import se.samverka.model.MunicipalRecord;
import se.samverka.model.MunicipalRecordKind;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.PreventionMethod;
import se.samverka.model.ProjectStatus;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.sync.Role;
import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;
import se.samverka.store.SyncPort;

/** The municipality service on a real encrypted laptop database: the page, recording, and the overview's scope. */
class MunicipalityServiceTest {

    private static final SamverkaFactory F = SamverkaFactory.eINSTANCE;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private LocalStore store;
    private MunicipalityService service;
    private Organisation tierp;
    private Organisation heby;

    @BeforeEach
    void open() throws Exception {
        ServiceTracker<LocalStores, LocalStores> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(MunicipalityServiceTest.class).getBundleContext(), LocalStores.class, null);
        tracker.open();
        LocalStores stores = tracker.waitForService(10_000);
        Path folder = Path.of(System.getProperty("samverka.test.work", "target/inventory-work"))
                .resolve("municipality-" + UUID.randomUUID());
        Files.createDirectories(folder.getParent());
        store = stores.open(folder, "hemligt-lösenord".toCharArray(), "lansstyrelsen");
        service = new MunicipalityServiceComponent(store, new BudgetServiceComponent(store));
        tierp = municipality("Tierps kommun");
        heby = municipality("Heby kommun");
        Organisation police = F.createOrganisation();
        police.setKind(OrganisationKind.POLICE_AREA);
        police.setName("Lokalpolisområde Tierp");
        store.save(police);
        // Tierp: lägesbild due in 20 days; Heby: a current lägesbild and plan.
        record(tierp, MunicipalRecordKind.SITUATION_PICTURE, LocalDate.of(2024, 12, 20));
        record(tierp, MunicipalRecordKind.ACTION_PLAN, LocalDate.of(2025, 2, 1));
        record(heby, MunicipalRecordKind.SITUATION_PICTURE, LocalDate.of(2026, 3, 1));
        record(heby, MunicipalRecordKind.ACTION_PLAN, LocalDate.of(2026, 5, 1));
        project(tierp, "Trygg i Tierp", ProjectStatus.ONGOING, LocalDate.of(2025, 1, 1), null,
                List.of(FocusArea.CHILDREN_AND_YOUTH), List.of(PreventionMethod.SAFETY_WALK));
        project(tierp, "Nattvandring", ProjectStatus.COMPLETED, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 30),
                List.of(FocusArea.CHILDREN_AND_YOUTH), List.of(PreventionMethod.NIGHT_WALKING));
        project(tierp, "Idé", ProjectStatus.IDEA, null, null, List.of(FocusArea.ANDT), List.of());
        project(heby, "EST i Heby", ProjectStatus.ONGOING, LocalDate.of(2026, 1, 1), null,
                List.of(FocusArea.PUBLIC_SPACE), List.of(PreventionMethod.EST));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void thePageHasTheRecordsByKindTheFindingsAndTheProjects() {
        MunicipalityPage page = service.page(tierp.getId(), TODAY).orElseThrow();
        assertEquals("Tierps kommun", page.name());
        assertEquals(1, page.records(MunicipalRecordKind.SITUATION_PICTURE).size());
        assertEquals(Severity.WARNING, page.rule().severity());
        assertEquals(LocalDate.of(2026, 12, 20), page.rule().findings().get(0).date());
        assertEquals(List.of("Idé", "Nattvandring", "Trygg i Tierp"),
                page.projects().stream().map(MunicipalityPage.ProjectLine::title).toList());
        assertTrue(service.page(store.findAll(Organisation.class).stream()
                .filter(o -> o.getKind() == OrganisationKind.POLICE_AREA).findFirst().orElseThrow().getId(), TODAY)
                .isEmpty(), "a police area has no municipality page");
    }

    @Test
    void aNewLägesbildClearsTheWarning() throws Exception {
        assertEquals(Severity.WARNING, row(tierp).severity());
        service.record(tierp.getId(), new NewRecord(MunicipalRecordKind.SITUATION_PICTURE, " Lägesbild 2026 ",
                TODAY.minusDays(1), null, null, "", "https://www.tierp.se/lagesbild-2026.pdf"));
        // The old action plan is now older than the new lägesbild: a warning of its own, not the lägesbild's.
        MunicipalityPage page = service.page(tierp.getId(), TODAY).orElseThrow();
        assertEquals(Status.CURRENT, page.rule().state(MunicipalRecordKind.SITUATION_PICTURE).status());
        assertEquals("Lägesbild 2026", page.records(MunicipalRecordKind.SITUATION_PICTURE).get(0).title(),
                "newest first, stripped");
        service.record(tierp.getId(), new NewRecord(MunicipalRecordKind.ACTION_PLAN, "Åtgärdsplan 2027",
                TODAY, null, null, null, null));
        assertEquals(Severity.OK, row(tierp).severity());
    }

    @Test
    void badInputIsRefusedWithEveryProblemAndNothingSaved() {
        // "In the future" is judged against the real clock, so the future day is tomorrow, not TODAY + 1.
        int before = store.findAll(MunicipalRecord.class).size();
        InvalidRecordException refused = assertThrows(InvalidRecordException.class,
                () -> service.record(tierp.getId(), new NewRecord(null, "  ", LocalDate.now().plusDays(1),
                        LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30), null, "tierp.se/dokument")));
        assertEquals(List.of("kind", "title", "adoptedOn", "validTo", "documentLink"),
                refused.problems().stream().map(InvalidRecordException.Problem::field).toList());
        assertTrue(refused.text(Locale.forLanguageTag("sv")).contains("Antagningsdagen kan inte ligga i framtiden."));
        assertEquals(before, store.findAll(MunicipalRecord.class).size());
    }

    @Test
    void aCoordinatorSeesOnlyTheirOwnMunicipalityAndCountyStaffAll() throws Exception {
        CountyOverview county = service.overview(2026, TODAY);
        assertEquals(List.of("Heby kommun", "Tierps kommun"), county.rows().stream().map(CountyOverview.Row::name)
                .toList(), "every municipality by name, the police area left out");
        CountyOverview.Row tierpRow = county.rows().get(1);
        assertEquals(Status.DUE_SOON, tierpRow.state(MunicipalRecordKind.SITUATION_PICTURE).status());
        assertEquals(1, tierpRow.activeProjects(), "the idea and the project completed in 2024 are not active");
        assertEquals(Map.of(FocusArea.CHILDREN_AND_YOUTH, 1), tierpRow.byFocusArea());
        assertEquals(Map.of(PreventionMethod.SAFETY_WALK, 1), tierpRow.byMethod());

        CountyOverview of2024 = service.overview(2024, TODAY);
        assertEquals(LocalDate.of(2024, 12, 31), of2024.day());
        assertEquals(Status.CURRENT, of2024.rows().get(1).state(MunicipalRecordKind.SITUATION_PICTURE).status(),
                "at the end of 2024 Tierp's lägesbild was eleven days old");
        assertEquals(Status.MISSING, of2024.rows().get(0).state(MunicipalRecordKind.SITUATION_PICTURE).status(),
                "Heby adopted its first in 2026");
        assertEquals(Map.of(PreventionMethod.NIGHT_WALKING, 1), of2024.rows().get(1).byMethod(),
                "in 2024 the night walking (completed that June) was active, Trygg i Tierp not yet");

        store.sync().apply(new SyncPort.Incoming(0, List.of(), Map.of(), List.of(), 0, null, List.of(),
                new SyncPort.User(Role.COORDINATOR, null, heby.getId())));
        assertEquals(List.of("Heby kommun"), service.overview(2026, TODAY).rows().stream()
                .map(CountyOverview.Row::name).toList());
        assertEquals(List.of("Heby kommun"), service.municipalities(TODAY).stream().map(r -> r.name()).toList());

        store.sync().apply(new SyncPort.Incoming(0, List.of(), Map.of(), List.of(), 0, null, List.of(),
                new SyncPort.User(Role.COUNTY, null, null)));
        assertEquals(2, service.overview(2026, TODAY).rows().size());
    }

    private se.samverka.inventory.records.MunicipalityRow row(Organisation municipality) {
        return service.municipalities(TODAY).stream().filter(r -> r.id().equals(municipality.getId())).findFirst()
                .orElseThrow();
    }

    private Organisation municipality(String name) throws Exception {
        Organisation organisation = F.createOrganisation();
        organisation.setKind(OrganisationKind.MUNICIPALITY);
        organisation.setName(name);
        return store.save(organisation);
    }

    private void record(Organisation municipality, MunicipalRecordKind kind, LocalDate adopted) throws Exception {
        MunicipalRecord record = F.createMunicipalRecord();
        record.setMunicipality(municipality);
        record.setKind(kind);
        record.setTitle(kind + " " + adopted);
        record.setAdoptedOn(date(adopted));
        store.save(record);
    }

    private void project(Organisation municipality, String title, ProjectStatus status, LocalDate starts,
            LocalDate ends, List<FocusArea> focus, List<PreventionMethod> methods) throws Exception {
        LocalProject project = F.createLocalProject();
        project.setMunicipality(municipality);
        project.setTitle(title);
        project.setStatus(status);
        project.setStartsOn(date(starts));
        project.setEndsOn(date(ends));
        project.getFocusAreas().addAll(focus);
        project.getMethods().addAll(methods);
        store.save(project);
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
