package se.samverka.inventory.internal.budgets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.inventory.Amounts;
import se.samverka.inventory.BudgetException;
import se.samverka.inventory.BudgetService;
import se.samverka.inventory.BudgetSheet;
import se.samverka.inventory.BudgetSheet.Cell;
import se.samverka.inventory.BudgetSheet.Row;
import se.samverka.inventory.BudgetSheet.RowKey;
import se.samverka.inventory.BudgetSheet.Year;
import se.samverka.model.Budget;
import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLine;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.LocalProject;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage;
import se.samverka.model.rules.ModelRules;
import se.samverka.model.rules.Problem;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;

/** The budget service on the local store. */
@Component(service = BudgetService.class)
public final class BudgetServiceComponent implements BudgetService {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final LocalStore store;

    @Activate
    public BudgetServiceComponent(@Reference LocalStore store) {
        this.store = store;
    }

    @Override
    public BudgetSheet budget(String projectId) {
        List<Budget> budgets = budgets(projectId);
        return sheet(projectId, title(projectId, budgets), budgets);
    }

    /** The budget records of a project (or the programme), by year. */
    private List<Budget> budgets(String projectId) {
        List<Budget> budgets;
        if (projectId != null) {
            budgets = store.findBy(Budget.class, SamverkaPackage.Literals.BUDGET__PROJECT, projectId);
        } else {
            List<String> ids = store.select(Budget.class, "id", "project.id").stream().filter(r -> r[1] == null)
                    .map(r -> (String) r[0]).toList();
            budgets = ids.isEmpty() ? List.of() : store.find(Budget.class, ids);
        }
        return budgets.stream().sorted(Comparator.comparingInt(Budget::getBudgetYear).thenComparing(Budget::getId))
                .toList();
    }

    private String title(String projectId, List<Budget> budgets) {
        if (projectId == null) {
            String name = budgets.isEmpty() ? null : budgets.get(budgets.size() - 1).getName();
            return name == null ? BudgetTexts.get(Locale.getDefault(), "programme")
                    : name.replaceFirst("\\s*\\d{4}$", "");
        }
        if (!budgets.isEmpty() && budgets.get(0).getProject() != null) {
            return budgets.get(0).getProject().getTitle();
        }
        return store.find(LocalProject.class, projectId).map(LocalProject::getTitle).orElse("");
    }

    /** Builds the read model: one year per budget (the first of two budgets of the same year), rows across years. */
    static BudgetSheet sheet(String projectId, String title, List<Budget> budgets) {
        List<Year> years = new ArrayList<>();
        Map<RowKey, Map<Integer, Cell>> cells = new TreeMap<>(ROW_ORDER);
        Map<RowKey, String> descriptions = new LinkedHashMap<>();
        for (Budget budget : budgets) {
            int year = budget.getBudgetYear();
            if (years.stream().anyMatch(y -> y.year() == year)) {
                continue;
            }
            years.add(new Year(year, budget.getId(), budget.getName()));
            keyed(budget).forEach((key, line) -> {
                cells.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(year,
                        new Cell(line.getId(), line.getDescription(), line.getPlannedAmount(),
                                line.getActualAmount(),
                                line.getUnitAmount() != null ? Integer.valueOf(line.getQuantity()) : null,
                                line.getUnitAmount()));
                if (line.getDescription() != null && !line.getDescription().isBlank()) {
                    descriptions.put(key, line.getDescription());
                }
            });
        }
        List<Row> rows = new ArrayList<>();
        cells.forEach((key, byYear) -> rows.add(new Row(key, descriptions.getOrDefault(key, ""), byYear)));
        return new BudgetSheet(projectId, title, years, rows);
    }

    private static final Comparator<RowKey> ROW_ORDER = Comparator
            .comparing((RowKey k) -> k.kind() == BudgetLineKind.INCOME ? 0 : 1)
            .thenComparing(k -> k.category() == null ? Integer.MAX_VALUE : k.category().getValue())
            .thenComparingInt(RowKey::ordinal);

    /** A budget's lines by their row key: the n-th line (by number) of its kind and category. */
    static Map<RowKey, BudgetLine> keyed(Budget budget) {
        Map<RowKey, BudgetLine> keyed = new LinkedHashMap<>();
        Map<List<Object>, Integer> counts = new java.util.HashMap<>();
        budget.getLines().stream().sorted(Comparator.comparingInt(BudgetLine::getSeq)).forEach(line -> {
            BudgetLineKind kind = kind(line);
            List<Object> group = java.util.Arrays.asList(kind, line.getCategory());
            int ordinal = counts.merge(group, 1, Integer::sum) - 1;
            keyed.put(new RowKey(kind, line.getCategory(), ordinal), line);
        });
        return keyed;
    }

    private static BudgetLineKind kind(BudgetLine line) {
        return line.getKind();
    }

    @Override
    public BudgetSheet addYear(String projectId, int year) throws BudgetException {
        Locale locale = Locale.getDefault();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BudgetException(BudgetTexts.get(locale, "year.range", String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR)));
        }
        List<Budget> budgets = budgets(projectId);
        if (budgets.stream().anyMatch(b -> b.getBudgetYear() == year)) {
            throw new BudgetException(BudgetTexts.get(locale, "year.taken", String.valueOf(year)));
        }
        Budget model = budgets.stream().filter(b -> b.getBudgetYear() < year).reduce((a, b) -> b)
                .orElse(budgets.isEmpty() ? null : budgets.get(0));
        Budget budget = SamverkaFactory.eINSTANCE.createBudget();
        budget.setBudgetYear(year);
        if (projectId != null) {
            LocalProject project = store.find(LocalProject.class, projectId)
                    .orElseThrow(() -> new BudgetException(BudgetTexts.get(locale, "project.missing")));
            budget.setProject(project);
        }
        String name = model == null || model.getName() == null ? null : model.getName();
        budget.setName(name != null && name.matches(".*\\b" + model.getBudgetYear() + "$")
                ? name.substring(0, name.length() - 4) + year
                : (projectId == null ? BudgetTexts.get(locale, "programme") : "Budget") + " " + year);
        if (model != null) {
            for (BudgetLine from : model.getLines().stream().sorted(Comparator.comparingInt(BudgetLine::getSeq))
                    .toList()) {
                BudgetLine line = SamverkaFactory.eINSTANCE.createBudgetLine();
                line.setSeq(budget.getLines().size() + 1);
                line.setKind(kind(from));
                line.setCategory(from.getCategory());
                line.setDescription(from.getDescription());
                line.setPlannedAmount(from.getPlannedAmount());
                if (from.getUnitAmount() != null) {
                    line.setQuantity(from.getQuantity());
                    line.setUnitAmount(from.getUnitAmount());
                }
                budget.getLines().add(line);
            }
        }
        save(budget);
        return budget(projectId);
    }

    @Override
    public BudgetSheet removeYear(String projectId, int year) throws BudgetException {
        Budget budget = budgetOf(projectId, year);
        try {
            store.delete(budget);
        } catch (StoreException e) {
            throw new BudgetException(e.getMessage(), e);
        }
        return budget(projectId);
    }

    @Override
    public BudgetSheet addRow(String projectId, BudgetLineKind kind, BudgetCategory category, String description)
            throws BudgetException {
        List<Budget> budgets = budgets(projectId);
        if (budgets.isEmpty()) {
            throw new BudgetException(BudgetTexts.get(Locale.getDefault(), "year.none"));
        }
        List<Budget> changed = new ArrayList<>();
        for (Budget budget : budgets) {
            BudgetLine line = SamverkaFactory.eINSTANCE.createBudgetLine();
            line.setSeq(budget.getLines().stream().mapToInt(BudgetLine::getSeq).max().orElse(0) + 1);
            line.setKind(kind);
            line.setCategory(category);
            line.setDescription(description == null ? null : description.strip());
            budget.getLines().add(line);
            changed.add(budget);
        }
        saveAll(changed);
        return budget(projectId);
    }

    @Override
    public BudgetSheet removeRow(String projectId, RowKey row) throws BudgetException {
        List<Budget> changed = new ArrayList<>();
        for (Budget budget : budgets(projectId)) {
            BudgetLine line = keyed(budget).get(row);
            if (line != null) {
                budget.getLines().remove(line);
                changed.add(budget);
            }
        }
        saveAll(changed);
        return budget(projectId);
    }

    @Override
    public BudgetSheet setAmounts(String projectId, RowKey row, int year, BigDecimal planned, BigDecimal actual)
            throws BudgetException {
        Budget budget = budgetOf(projectId, year);
        BudgetLine line = lineOf(budget, row);
        line.setPlannedAmount(planned);
        line.setActualAmount(actual);
        if (line.getUnitAmount() != null && planned != null) {
            BigDecimal product = line.getUnitAmount().multiply(BigDecimal.valueOf(line.getQuantity()));
            if (product.compareTo(planned) != 0) {
                Locale locale = Locale.getDefault();
                throw new BudgetException(BudgetTexts.get(locale, "quantity.mismatch",
                        Amounts.format(planned, locale), String.valueOf(line.getQuantity()),
                        Amounts.format(line.getUnitAmount(), locale), Amounts.format(product, locale)));
            }
        }
        save(budget);
        return budget(projectId);
    }

    @Override
    public BudgetSheet setUnits(String projectId, RowKey row, int year, Integer quantity, BigDecimal unitAmount)
            throws BudgetException {
        if ((quantity == null) != (unitAmount == null)) {
            throw new BudgetException(BudgetTexts.get(Locale.getDefault(), "quantity.both"));
        }
        Budget budget = budgetOf(projectId, year);
        BudgetLine line = lineOf(budget, row);
        if (quantity == null) {
            line.setQuantity(0);
            line.setUnitAmount(null);
        } else {
            line.setQuantity(quantity);
            line.setUnitAmount(unitAmount);
            line.setPlannedAmount(unitAmount.multiply(BigDecimal.valueOf(quantity)));
        }
        save(budget);
        return budget(projectId);
    }

    @Override
    public BudgetSheet describe(String projectId, RowKey row, String description) throws BudgetException {
        List<Budget> changed = new ArrayList<>();
        for (Budget budget : budgets(projectId)) {
            BudgetLine line = keyed(budget).get(row);
            if (line != null) {
                line.setDescription(description == null ? null : description.strip());
                changed.add(budget);
            }
        }
        saveAll(changed);
        return budget(projectId);
    }

    private Budget budgetOf(String projectId, int year) throws BudgetException {
        return budgets(projectId).stream().filter(b -> b.getBudgetYear() == year).findFirst().orElseThrow(
                () -> new BudgetException(BudgetTexts.get(Locale.getDefault(), "year.missing", String.valueOf(year))));
    }

    /** The row's line in a budget, made (with no amounts) when that year has none. */
    private static BudgetLine lineOf(Budget budget, RowKey row) {
        BudgetLine line = keyed(budget).get(row);
        if (line == null) {
            line = SamverkaFactory.eINSTANCE.createBudgetLine();
            line.setSeq(budget.getLines().stream().mapToInt(BudgetLine::getSeq).max().orElse(0) + 1);
            line.setKind(row.kind());
            line.setCategory(row.category());
            budget.getLines().add(line);
        }
        return line;
    }

    private void save(Budget budget) throws BudgetException {
        saveAll(List.of(budget));
    }

    /** Checks the budgets against the model's rules (with messages in the user's language), then saves them. */
    private void saveAll(List<Budget> budgets) throws BudgetException {
        for (Budget budget : budgets) {
            List<String> errors = ModelRules.validate(budget, Locale.getDefault()).stream().filter(Problem::error)
                    .map(Problem::message).distinct().toList();
            if (!errors.isEmpty()) {
                throw new BudgetException(String.join(" ", errors));
            }
        }
        try {
            store.saveAll(budgets);
        } catch (StoreException e) {
            throw new BudgetException(e.getMessage(), e);
        }
    }
}
