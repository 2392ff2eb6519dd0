package se.samverka.inventory.internal.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.inventory.IndicatorException;
import se.samverka.inventory.IndicatorException.Field;
import se.samverka.inventory.IndicatorService;
import se.samverka.inventory.ProjectIndicators;
import se.samverka.inventory.ProjectIndicators.Indicator;
import se.samverka.inventory.ProjectIndicators.Period;
import se.samverka.inventory.internal.budgets.BudgetTexts;
import se.samverka.model.IndicatorValue;
import se.samverka.model.LocalProject;
import se.samverka.model.ProjectIndicator;
import se.samverka.model.SamverkaFactory;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;

/**
 * The indicator service on the local store: each command reads the project, changes its indicators, saves the
 * project (one transaction, one change-log row that syncs) and reads the indicators back from what was saved.
 */
@Component(service = IndicatorService.class)
public final class IndicatorServiceComponent implements IndicatorService {

    /** A year, or a half, quarter or third (tertial) of one: 2024, 2024-H1, 2024-Q3, 2024-T2. */
    static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(?:H[12]|Q[1-4]|T[1-3]))?");
    /** The unit whose numbers are counts and so never below zero. */
    static final String COUNT_UNIT = "antal";

    private final LocalStore store;

    @Activate
    public IndicatorServiceComponent(@Reference LocalStore store) {
        this.store = store;
    }

    @Override
    public ProjectIndicators indicators(String projectId) throws IndicatorException {
        return read(project(projectId));
    }

    @Override
    public ProjectIndicators addIndicator(String projectId, String name, String unit, String description,
            BigDecimal baseline) throws IndicatorException {
        LocalProject project = project(projectId);
        ProjectIndicator indicator = SamverkaFactory.eINSTANCE.createProjectIndicator();
        describe(indicator, name, unit, description, baseline);
        project.getIndicators().add(indicator);
        return save(project);
    }

    @Override
    public ProjectIndicators editIndicator(String projectId, String indicatorId, String name, String unit,
            String description, BigDecimal baseline) throws IndicatorException {
        LocalProject project = project(projectId);
        ProjectIndicator indicator = indicator(project, indicatorId);
        describe(indicator, name, unit, description, baseline);
        for (IndicatorValue value : indicator.getPeriodValues()) {
            notNegative(indicator.getUnit(), value.getTarget(), Field.TARGET);
            notNegative(indicator.getUnit(), value.getOutcome(), Field.OUTCOME);
        }
        return save(project);
    }

    @Override
    public ProjectIndicators moveIndicator(String projectId, String indicatorId, int index)
            throws IndicatorException {
        LocalProject project = project(projectId);
        ProjectIndicator indicator = indicator(project, indicatorId);
        int to = Math.max(0, Math.min(index, project.getIndicators().size() - 1));
        project.getIndicators().move(to, indicator);
        return save(project);
    }

    @Override
    public ProjectIndicators removeIndicator(String projectId, String indicatorId) throws IndicatorException {
        LocalProject project = project(projectId);
        project.getIndicators().remove(indicator(project, indicatorId));
        return save(project);
    }

    @Override
    public ProjectIndicators addPeriod(String projectId, String indicatorId, String label, BigDecimal target,
            BigDecimal outcome, String comment) throws IndicatorException {
        LocalProject project = project(projectId);
        ProjectIndicator indicator = indicator(project, indicatorId);
        IndicatorValue value = SamverkaFactory.eINSTANCE.createIndicatorValue();
        set(indicator, value, label, target, outcome, comment);
        indicator.getPeriodValues().add(value);
        order(indicator);
        return save(project);
    }

    @Override
    public ProjectIndicators editPeriod(String projectId, String indicatorId, String periodId, String label,
            BigDecimal target, BigDecimal outcome, String comment) throws IndicatorException {
        LocalProject project = project(projectId);
        ProjectIndicator indicator = indicator(project, indicatorId);
        set(indicator, period(indicator, periodId), label, target, outcome, comment);
        order(indicator);
        return save(project);
    }

    @Override
    public ProjectIndicators removePeriod(String projectId, String indicatorId, String periodId)
            throws IndicatorException {
        LocalProject project = project(projectId);
        ProjectIndicator indicator = indicator(project, indicatorId);
        indicator.getPeriodValues().remove(period(indicator, periodId));
        return save(project);
    }

    // ---- rules ---------------------------------------------------------------------------------------------------

    private static void describe(ProjectIndicator indicator, String name, String unit, String description,
            BigDecimal baseline) throws IndicatorException {
        String cleanName = clean(name);
        if (cleanName == null) {
            throw new IndicatorException(Field.NAME, text("indicator.name.required"));
        }
        String cleanUnit = clean(unit);
        notNegative(cleanUnit, baseline, Field.BASELINE);
        indicator.setName(cleanName);
        indicator.setUnit(cleanUnit);
        indicator.setDescription(clean(description));
        indicator.setBaseline(baseline);
    }

    private static void set(ProjectIndicator indicator, IndicatorValue value, String label, BigDecimal target,
            BigDecimal outcome, String comment) throws IndicatorException {
        String period = period(label);
        for (IndicatorValue other : indicator.getPeriodValues()) {
            if (other != value && period.equalsIgnoreCase(other.getPeriodLabel())) {
                throw new IndicatorException(Field.PERIOD, text("indicator.period.taken", period,
                        indicator.getName()));
            }
        }
        notNegative(indicator.getUnit(), target, Field.TARGET);
        notNegative(indicator.getUnit(), outcome, Field.OUTCOME);
        value.setPeriodLabel(period);
        value.setTarget(target);
        value.setOutcome(outcome);
        value.setComment(clean(comment));
    }

    /** The period label as stored (upper case, no spaces), or refused saying which forms there are. */
    static String period(String label) throws IndicatorException {
        String clean = label == null ? "" : label.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        if (clean.isEmpty()) {
            throw new IndicatorException(Field.PERIOD, text("indicator.period.required"));
        }
        Matcher m = PERIOD.matcher(clean);
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1900 || Integer.parseInt(m.group(1)) > 2100) {
            throw new IndicatorException(Field.PERIOD, text("indicator.period.form", label.strip()));
        }
        return clean;
    }

    private static void notNegative(String unit, BigDecimal number, Field field) throws IndicatorException {
        if (number != null && number.signum() < 0 && unit != null && COUNT_UNIT.equalsIgnoreCase(unit.strip())) {
            throw new IndicatorException(field, text("indicator.count.negative", COUNT_UNIT));
        }
    }

    /** Periods in the order of their labels: 2024, 2024-H1, 2024-H2, 2025 … */
    private static void order(ProjectIndicator indicator) {
        List<IndicatorValue> sorted = indicator.getPeriodValues().stream()
                .sorted((a, b) -> a.getPeriodLabel().compareTo(b.getPeriodLabel())).toList();
        for (int i = 0; i < sorted.size(); i++) {
            indicator.getPeriodValues().move(i, sorted.get(i));
        }
    }

    // ---- reading and writing -------------------------------------------------------------------------------------

    private LocalProject project(String projectId) throws IndicatorException {
        if (projectId == null) {
            throw new IndicatorException(Field.NONE, text("indicator.project.unsaved"));
        }
        return store.find(LocalProject.class, projectId)
                .orElseThrow(() -> new IndicatorException(Field.NONE, text("project.missing")));
    }

    private static ProjectIndicator indicator(LocalProject project, String indicatorId) throws IndicatorException {
        return project.getIndicators().stream().filter(i -> Objects.equals(i.getId(), indicatorId)).findFirst()
                .orElseThrow(() -> new IndicatorException(Field.NONE, text("indicator.missing")));
    }

    private static IndicatorValue period(ProjectIndicator indicator, String periodId) throws IndicatorException {
        return indicator.getPeriodValues().stream().filter(v -> Objects.equals(v.getId(), periodId)).findFirst()
                .orElseThrow(() -> new IndicatorException(Field.NONE, text("indicator.missing")));
    }

    private ProjectIndicators save(LocalProject project) throws IndicatorException {
        try {
            return read(store.save(project));
        } catch (StoreException e) {
            throw new IndicatorException(Field.NONE, e.getMessage(), e);
        }
    }

    /** The read model of a project's indicators. */
    static ProjectIndicators read(LocalProject project) {
        return new ProjectIndicators(project.getId(), project.getVersion(),
                project.getIndicators().stream()
                        .map(i -> new Indicator(i.getId(), i.getName(), i.getUnit(), i.getDescription(),
                                i.getBaseline(),
                                i.getPeriodValues().stream().map(v -> new Period(v.getId(), v.getPeriodLabel(),
                                        v.getTarget(), v.getOutcome(), v.getComment())).toList()))
                        .toList());
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String text(String key, Object... arguments) {
        return BudgetTexts.get(Locale.getDefault(), key, arguments);
    }
}
