package se.samverka.inventory.internal;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.inventory.InventoryService;
import se.samverka.inventory.ProjectRow;
import se.samverka.model.Budget;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.FocusArea;
import se.samverka.model.LocalProject;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.Person;
import se.samverka.model.PreventionMethod;
import se.samverka.model.PreventionType;
import se.samverka.model.ProjectStatus;
import se.samverka.model.SamverkaFactory;
import se.samverka.store.Directory;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;

/** The inventory service on the local store. */
@Component(service = InventoryService.class)
public final class InventoryServiceComponent implements InventoryService {

    private final LocalStore store;

    @Activate
    public InventoryServiceComponent(@Reference LocalStore store) {
        this.store = store;
    }

    @Override
    public List<LocalProject> projects() {
        return store.findAll(LocalProject.class);
    }

    @Override
    public List<ProjectRow> rows() {
        Map<String, List<Object>> focus = store.selectMany(LocalProject.class, "focusAreas");
        Map<String, List<Object>> methods = store.selectMany(LocalProject.class, "methods");
        Map<String, BigDecimal> budgets = plannedExpenses();
        return store.select(LocalProject.class, "id", "municipality.name", "title", "preventionType", "status",
                "startsOn", "endsOn").stream().map(r -> {
                    String id = (String) r[0];
                    return new ProjectRow(id, (String) r[1], (String) r[2], (PreventionType) r[3],
                            sorted(focus.get(id), FocusArea.class), sorted(methods.get(id), PreventionMethod.class),
                            (ProjectStatus) r[4], (Date) r[5], (Date) r[6], budgets.get(id));
                }).toList();
    }

    /** The values in the order of their enumeration, as the editor's check boxes show them. */
    private static <E extends Enum<E>> List<E> sorted(List<Object> values, Class<E> type) {
        return values == null ? List.of()
                : values.stream().map(type::cast).sorted(Comparator.naturalOrder()).toList();
    }

    @Override
    public Optional<LocalProject> project(String id) {
        return store.find(LocalProject.class, id);
    }

    @Override
    public List<Organisation> municipalities() {
        Collator collator = Collator.getInstance();
        return store.findAll(Organisation.class).stream().filter(o -> o.getKind() == OrganisationKind.MUNICIPALITY)
                .sorted(Comparator.comparing(Organisation::getName, collator)).toList();
    }

    @Override
    public List<Person> people() {
        return Directory.people(store);
    }

    @Override
    public Map<String, BigDecimal> plannedExpenses() {
        Map<String, BigDecimal> sums = new HashMap<>();
        store.sum(Budget.class, "lines", "plannedAmount", Map.of("kind", BudgetLineKind.EXPENSE), "project.id")
                .forEach((key, sum) -> sums.put((String) key.get(0), sum));
        return sums;
    }

    @Override
    public LocalProject newProject() {
        LocalProject project = SamverkaFactory.eINSTANCE.createLocalProject();
        project.setStatus(ProjectStatus.IDEA);
        return project;
    }

    @Override
    public LocalProject save(LocalProject project) throws StoreException {
        // Partners and status history (partners job): new partner organisations and the status change go with it.
        return se.samverka.inventory.internal.partners.ProjectWrites.save(store, project, null);
    }
}
