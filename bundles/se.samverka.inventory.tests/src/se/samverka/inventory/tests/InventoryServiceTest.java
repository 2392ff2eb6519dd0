package se.samverka.inventory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.samverka.inventory.InventoryService;
import se.samverka.inventory.ProjectRow;
import se.samverka.inventory.internal.InventoryServiceComponent;
import se.samverka.model.Budget;
import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLine;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.LocalProject;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.SamverkaFactory;
import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;

/**
 * The inventory service on a real encrypted laptop database. The home of the inventory plugin's service tests: each
 * job's service gets its own test class here.
 */
class InventoryServiceTest {

    private static final SamverkaFactory F = SamverkaFactory.eINSTANCE;

    private LocalStore store;
    private InventoryService service;

    @BeforeEach
    void open() throws Exception {
        ServiceTracker<LocalStores, LocalStores> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(InventoryServiceTest.class).getBundleContext(), LocalStores.class, null);
        tracker.open();
        LocalStores stores = tracker.waitForService(10_000);
        Path folder = Path.of(System.getProperty("samverka.test.work", "target/inventory-work"))
                .resolve("inventory-" + UUID.randomUUID());
        Files.createDirectories(folder.getParent());
        store = stores.open(folder, "hemligt-lösenord".toCharArray(), "lansstyrelsen");
        service = new InventoryServiceComponent(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theListSumsPlannedExpensesOverAllOfAProjectsBudgets() throws Exception {
        Organisation tierp = F.createOrganisation();
        tierp.setKind(OrganisationKind.MUNICIPALITY);
        tierp.setName("Tierps kommun");
        tierp = store.save(tierp);
        LocalProject project = service.newProject();
        project.setMunicipality(tierp);
        project.setTitle("Trygg i Tierp");
        project = service.save(project);
        LocalProject without = service.newProject();
        without.setTitle("Utan budget");
        without.setMunicipality(tierp);
        without = service.save(without);
        store.save(budget(project, 2026, line(BudgetLineKind.EXPENSE, "120000", "90000"),
                line(BudgetLineKind.INCOME, "500000", "500000")));
        store.save(budget(project, 2027, line(BudgetLineKind.EXPENSE, "30000.50", null)));

        assertEquals(0, new BigDecimal("150000.50").compareTo(service.plannedExpenses().get(project.getId())),
                "planned expenses of both years; income and actual amounts left out");
        ProjectRow row = service.rows().stream().filter(r -> r.title().equals("Utan budget")).findFirst()
                .orElseThrow();
        assertNull(row.plannedExpenses(), "no budget, no sum (the list shows nothing, not 0 kr)");
    }

    private static Budget budget(LocalProject project, int year, BudgetLine... lines) {
        Budget budget = F.createBudget();
        budget.setProject(project);
        budget.setName("Budget " + year);
        budget.setBudgetYear(year);
        for (BudgetLine line : lines) {
            line.setSeq(budget.getLines().size() + 1);
            budget.getLines().add(line);
        }
        return budget;
    }

    private static BudgetLine line(BudgetLineKind kind, String planned, String actual) {
        BudgetLine line = F.createBudgetLine();
        line.setKind(kind);
        line.setCategory(kind == BudgetLineKind.INCOME ? BudgetCategory.GRANT : BudgetCategory.COORDINATOR_SALARY);
        line.setPlannedAmount(new BigDecimal(planned));
        line.setActualAmount(actual == null ? null : new BigDecimal(actual));
        return line;
    }
}
