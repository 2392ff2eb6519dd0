package se.samverka.demo.internal;

import static se.samverka.demo.internal.Builder.MODEL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import se.samverka.model.Budget;
import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLine;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.FocusArea;
import se.samverka.model.IndicatorValue;
import se.samverka.model.LocalProject;
import se.samverka.model.MunicipalRecord;
import se.samverka.model.MunicipalRecordKind;
import se.samverka.model.Organisation;
import se.samverka.model.PreventionMethod;
import se.samverka.model.PreventionType;
import se.samverka.model.ProjectIndicator;
import se.samverka.model.ProjectStatus;

/**
 * Makes the municipalities' local projects (about sixty in the demo county), with indicators followed up per year
 * and a budget per year, and each municipality's situation pictures, action plans, cooperation agreements and
 * citizen promises.
 */
final class ProjectsMaker {

    /** A kind of project: its title ({place} and {municipality} filled in), method, focus, type and description. */
    private record Kind(String title, PreventionMethod method, FocusArea focus, PreventionType type,
            String description, String indicator, String unit, int baseline) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("Trygghetsvandringar i {place}", PreventionMethod.SAFETY_WALK, FocusArea.PUBLIC_SPACE,
                    PreventionType.SITUATIONAL, "Boende, fastighetsägare och polis går tillsammans genom området "
                            + "och pekar ut platser som känns otrygga; åtgärderna följs upp efter ett halvår.",
                    "Andel boende som känner sig trygga ute på kvällen", "procent", 61),
            new Kind("Grannsamverkan i {place}", PreventionMethod.NEIGHBOURHOOD_WATCH, FocusArea.PUBLIC_SPACE,
                    PreventionType.SITUATIONAL, "Grannar håller uppsikt över varandras bostäder tillsammans med "
                            + "polisen och Samverkan mot brott.", "Anmälda bostadsinbrott", "antal", 42),
            new Kind("EST – effektiv samordning för trygghet i {place}", PreventionMethod.EST,
                    FocusArea.CHILDREN_AND_YOUTH, PreventionType.BOTH, "Veckovis lägesbild av händelser och "
                            + "aktörer i området, med gemensamma åtgärder från kommun, polis och bostadsbolag.",
                    "Rapporterade ordningsstörningar", "antal", 180),
            new Kind("Medborgarlöfte {municipality} {year}", PreventionMethod.CITIZEN_PROMISE,
                    FocusArea.PUBLIC_SPACE, PreventionType.BOTH, "Kommunen och polisen lovar invånarna konkreta "
                            + "åtgärder utifrån medborgardialogen och lägesbilden.", "Genomförda åtgärder enligt "
                            + "löftet", "antal", 0),
            new Kind("MVP på högstadiet i {municipality}", PreventionMethod.MVP, FocusArea.VIOLENCE_IN_CLOSE_RELATIONSHIPS,
                    PreventionType.SOCIAL, "Elever utbildas till mentorer som leder samtal om våld, kränkningar "
                            + "och normer med yngre elever.", "Andel elever som känner sig trygga i skolan",
                    "procent", 78),
            new Kind("Nattvandring i {place}", PreventionMethod.NIGHT_WALKING, FocusArea.CHILDREN_AND_YOUTH,
                    PreventionType.SOCIAL, "Vuxna vandrar fredag- och lördagskvällar där ungdomar samlas.",
                    "Antal vandringspass", "pass per år", 20),
            new Kind("Platssamverkan {place}", PreventionMethod.PLACE_COOPERATION, FocusArea.BUSINESS,
                    PreventionType.SITUATIONAL, "Fastighetsägare, handlare, kommun och polis tar gemensamt ansvar "
                            + "för platsens trygghet, belysning och städning.", "Anmälda butiksstölder", "antal", 95),
            new Kind("GVI – gruppvåldsintervention i {municipality}", PreventionMethod.GVI,
                    FocusArea.CHILDREN_AND_YOUTH, PreventionType.SOCIAL, "Unga i kriminella grupper får ett tydligt "
                            + "budskap från samhället och erbjudande om stöd att lämna.", "Skjutningar och "
                            + "sprängningar", "antal", 3),
            new Kind("Samordnad insats mot våld i nära relationer, {municipality}", PreventionMethod.OTHER,
                    FocusArea.VIOLENCE_IN_CLOSE_RELATIONSHIPS, PreventionType.SOCIAL, "Socialtjänst, polis, "
                            + "region och Kvinnojouren samordnar stöd till våldsutsatta och insatser för våldsutövare.",
                    "Antal personer som fått stöd", "personer", 40),
            new Kind("Ansvarsfull alkoholhantering i {municipality}", PreventionMethod.OTHER, FocusArea.ANDT,
                    PreventionType.SITUATIONAL, "Utbildning av krogpersonal och gemensamma tillsynsbesök.",
                    "Andel restauranger som nekar berusade", "procent", 45),
            new Kind("Klotterplank och snabb sanering i {place}", PreventionMethod.OTHER, FocusArea.VANDALISM,
                    PreventionType.SITUATIONAL, "Klotter tas bort inom ett dygn och unga får lagliga ytor.",
                    "Anmäld skadegörelse", "antal", 130),
            new Kind("Motverka välfärdsbrott i {municipality}", PreventionMethod.OTHER, FocusArea.WELFARE_CRIME,
                    PreventionType.SITUATIONAL, "Kontroller och samverkan med Försäkringskassan mot felaktiga "
                            + "utbetalningar.", "Upptäckta felaktiga utbetalningar", "antal", 12),
            new Kind("Belysning och trygga stråk i {place}", PreventionMethod.SAFETY_WALK, FocusArea.PUBLIC_SPACE,
                    PreventionType.SITUATIONAL, "Ny belysning och röjd vegetation längs gång- och cykelvägar.",
                    "Otrygga platser kvar att åtgärda", "antal", 14));
    private static final List<String> PARTNERS = List.of("Polisen", "Bostadsbolaget", "Fritidsgården",
            "Räddningstjänsten", "Region Uppsala", "Svenska kyrkan", "Brottsofferjouren", "Skolan",
            "Föreningen Vuxenvandring", "Handlarföreningen", "Samverkan mot brott");

    private final Builder county;
    private final Names names;

    ProjectsMaker(Builder county) {
        this.county = county;
        this.names = county.names;
    }

    void make() {
        int totalWeight = county.municipalities.stream().mapToInt(Municipality::weight).sum();
        // About sixty projects in eight municipalities over three years; as many per municipality and year when larger.
        double perWeightAndYear = 60.0 / (county.municipalities.size() == 8 ? totalWeight * 3 : 52 * 3);
        for (Municipality m : county.municipalities) {
            int count = (int) Math.round(m.weight() * county.years.size() * perWeightAndYear);
            for (int i = 0; i < count; i++) {
                project(m, i);
            }
            records(m);
        }
        statutoryRecordStates();
    }

    /**
     * Job "records" (issue 13): gives the county's records every state the law's rule knows, relative to today, so the
     * municipality page, the overview and the start card have something to show. Of the eight municipalities,
     * Tierp's lägesbild is due within 90 days, Älvkarleby's is past due and Knivsta has no action plan; Enköping,
     * Håbo and Östhammar are in order (Heby's and Uppsala's agreements have expired, see {@link #records}).
     */
    private void statutoryRecordStates() {
        if (county.municipalities.size() < 7) {
            return;
        }
        LocalDate today = county.today;
        // Due in 40 days: adopted two years before less 40 days, its action plan two months later.
        redate(county.municipalities.get(4), today.minusYears(2).plusDays(40));
        // Past due by 75 days.
        redate(county.municipalities.get(6), today.minusYears(2).minusDays(75));
        Organisation withoutPlan = county.municipalityOrgs.get(county.municipalities.get(3));
        county.data.municipalRecords.removeIf(r -> r.getMunicipality() == withoutPlan
                && r.getKind() == MunicipalRecordKind.ACTION_PLAN);
    }

    /** Moves a municipality's latest lägesbild to {@code adopted} and its latest action plan two months later. */
    private void redate(Municipality m, LocalDate adopted) {
        Organisation organisation = county.municipalityOrgs.get(m);
        for (MunicipalRecordKind kind : List.of(MunicipalRecordKind.SITUATION_PICTURE,
                MunicipalRecordKind.ACTION_PLAN)) {
            LocalDate day = kind == MunicipalRecordKind.SITUATION_PICTURE ? adopted : adopted.plusMonths(2);
            county.data.municipalRecords.stream()
                    .filter(r -> r.getMunicipality() == organisation && r.getKind() == kind)
                    .max(java.util.Comparator.comparing(MunicipalRecord::getAdoptedOn)).ifPresent(r -> {
                        r.setTitle((kind == MunicipalRecordKind.SITUATION_PICTURE ? "Lägesbild " + day.getYear()
                                : "Åtgärdsplan " + day.getYear() + "–" + (day.getYear() + 1)) + " – "
                                + m.shortName());
                        r.setAdoptedOn(Builder.date(day));
                        r.setValidFrom(Builder.date(day));
                        r.setValidTo(Builder.date(day.plusYears(2).minusDays(1)));
                    });
        }
    }

    private void project(Municipality m, int number) {
        Kind kind = KINDS.get((number * 5 + m.weight() + county.data.projects.size()) % KINDS.size());
        String place = names.pick(m.places());
        int startYear = county.years.get(names.between(0, county.years.size() - 1)) - (names.chance(0.3) ? 1 : 0);
        LocalDate start = LocalDate.of(startYear, names.pick(List.of(1, 3, 8, 9)), 1);
        LocalDate end = start.plusYears(names.between(1, 3)).minusDays(1);
        LocalProject project = MODEL.createLocalProject();
        project.setMunicipality(county.municipalityOrgs.get(m));
        project.setTitle(kind.title().replace("{place}", place).replace("{municipality}", m.shortName())
                .replace("{year}", String.valueOf(startYear)));
        project.setDescription(kind.description());
        project.setPreventionType(kind.type());
        project.getFocusAreas().add(kind.focus());
        if (names.chance(0.3) && kind.focus() != FocusArea.CHILDREN_AND_YOUTH) {
            project.getFocusAreas().add(FocusArea.CHILDREN_AND_YOUTH);
        }
        project.getMethods().add(kind.method());
        project.setPartners(String.join(", ", names.pick(PARTNERS), names.pick(PARTNERS.subList(5, 11))));
        project.setStartsOn(Builder.date(start));
        project.setEndsOn(Builder.date(end));
        project.setStatus(status(start, end));
        project.setContact(names.chance(0.6) ? county.coordinators.get(m) : names.pick(county.staff.get(m)));
        ProjectIndicator indicator = MODEL.createProjectIndicator();
        indicator.setName(kind.indicator());
        indicator.setUnit(kind.unit());
        BigDecimal baseline = BigDecimal.valueOf(kind.baseline() + names.between(-kind.baseline() / 5,
                kind.baseline() / 5));
        indicator.setBaseline(baseline);
        for (int year = start.getYear(); year <= end.getYear() && year <= county.today.getYear(); year++) {
            IndicatorValue value = MODEL.createIndicatorValue();
            value.setPeriodLabel(String.valueOf(year));
            boolean more = kind.unit().equals("procent") || kind.indicator().startsWith("Antal")
                    || kind.indicator().startsWith("Genomförda");
            int step = Math.max(1, kind.baseline() / 10) * (year - start.getYear() + 1) * (more ? 1 : -1);
            value.setTarget(baseline.add(BigDecimal.valueOf(step)).max(BigDecimal.ZERO));
            if (year < county.today.getYear()) {
                value.setOutcome(baseline.add(BigDecimal.valueOf(step * names.between(50, 120) / 100))
                        .max(BigDecimal.ZERO));
            }
            indicator.getPeriodValues().add(value);
        }
        project.getIndicators().add(indicator);
        county.data.projects.add(county.add(project));
        if (project.getStatus() != ProjectStatus.IDEA && project.getStatus() != ProjectStatus.CANCELLED) {
            for (int year = start.getYear(); year <= end.getYear(); year++) {
                budget(project, year, start);
            }
        }
    }

    private ProjectStatus status(LocalDate start, LocalDate end) {
        if (names.chance(0.05)) {
            return ProjectStatus.CANCELLED;
        }
        if (start.isAfter(county.today.plusMonths(6))) {
            return ProjectStatus.IDEA;
        }
        if (start.isAfter(county.today)) {
            return ProjectStatus.PLANNED;
        }
        return end.isBefore(county.today) ? ProjectStatus.COMPLETED : ProjectStatus.ONGOING;
    }

    private void budget(LocalProject project, int year, LocalDate start) {
        Budget budget = MODEL.createBudget();
        budget.setProject(project);
        budget.setName(project.getTitle() + " " + year);
        budget.setBudgetYear(year);
        // How much of the year is booked: all of a past year (its books closed), this year's so far, none of one ahead.
        double booked = year < county.today.getYear() ? 1 : year == county.today.getYear() ? bookedSoFar(start) : 0;
        int grant = names.between(2, 20) * 10_000;
        int own = names.between(1, 10) * 10_000;
        line(budget, BudgetLineKind.INCOME, BudgetCategory.GRANT, "Bidrag från Länsstyrelsen", grant, booked);
        line(budget, BudgetLineKind.INCOME, BudgetCategory.OTHER_INCOME, "Kommunens egen finansiering", own, booked);
        int total = grant + own;
        int lead = total / 2 / 1000 * 1000;
        int information = total / 10 / 1000 * 1000;
        int evaluation = total / 10 / 1000 * 1000;
        line(budget, BudgetLineKind.EXPENSE, BudgetCategory.COORDINATOR_SALARY, "Projektledning", lead, booked);
        line(budget, BudgetLineKind.EXPENSE, BudgetCategory.EXTERNAL_INFORMATION, "Information och trycksaker",
                information, booked);
        line(budget, BudgetLineKind.EXPENSE, BudgetCategory.EVALUATION, "Uppföljning och utvärdering", evaluation,
                booked);
        line(budget, BudgetLineKind.EXPENSE, BudgetCategory.OTHER_EXPENSE, "Material, lokaler och fika",
                total - lead - information - evaluation, booked);
        county.data.budgets.add(county.add(budget));
    }

    /**
     * Adds a line planned at {@code planned} kronor, with what is booked on it: for a past year ({@code booked} 1)
     * the income as planned and the expenses a little over or under; for this year's share booked so far the
     * county's grant paid out whole and the rest by that share; nothing for a year to come (0).
     */
    private void line(Budget budget, BudgetLineKind kind, BudgetCategory category, String description, int planned,
            double booked) {
        BudgetLine line = MODEL.createBudgetLine();
        line.setSeq(budget.getLines().size() + 1);
        line.setKind(kind);
        line.setCategory(category);
        line.setDescription(description);
        line.setPlannedAmount(BigDecimal.valueOf(planned));
        if (booked >= 1) {
            line.setActualAmount(BigDecimal.valueOf(kind == BudgetLineKind.INCOME ? planned
                    : planned / 100 * names.between(85, 110)));
        } else if (booked > 0) {
            // This year's books so far: the county's grant paid out whole, the rest as the days have gone.
            line.setActualAmount(BigDecimal.valueOf(category == BudgetCategory.GRANT ? planned
                    : Math.round(planned * booked / 1000) * 1000));
        }
        budget.getLines().add(line);
    }

    /**
     * The share of this year's budget booked by today, for a project that started on {@code start}: the days gone
     * since the year began (or the project started, if later) over the days from then to the year's end, so less
     * than 1; none before the project starts. Drawn from the dates alone, so the demo county's other values stay as they were.
     */
    private double bookedSoFar(LocalDate start) {
        LocalDate today = county.today;
        LocalDate from = start.getYear() < today.getYear() ? LocalDate.of(today.getYear(), 1, 1) : start;
        if (!from.isBefore(today)) {
            return 0;
        }
        long gone = ChronoUnit.DAYS.between(from, today);
        long all = ChronoUnit.DAYS.between(from, LocalDate.of(today.getYear(), 12, 31)) + 1;
        return (double) gone / all;
    }

    private void records(Municipality m) {
        int year = county.today.getYear();
        boolean lapsed = county.municipalities.indexOf(m) % 4 == 1;
        for (int picture = year - 3; picture < year; picture += 2) {
            record(m, MunicipalRecordKind.SITUATION_PICTURE, "Lägesbild " + picture + " – " + m.shortName(),
                    LocalDate.of(picture, 3, 15), 2, "Kartläggning av brott, otrygghet och riskfaktorer i "
                            + "kommunen, med polisens och socialtjänstens underlag.");
            record(m, MunicipalRecordKind.ACTION_PLAN, "Åtgärdsplan " + picture + "–" + (picture + 1) + " – "
                    + m.shortName(), LocalDate.of(picture, 6, 10), 2, "Åtgärder utifrån lägesbilden, med ansvar "
                            + "och uppföljning.");
        }
        record(m, MunicipalRecordKind.COOPERATION_AGREEMENT, "Samverkansöverenskommelse " + m.shortName(),
                LocalDate.of(year - (lapsed ? 4 : 1), 1, 20), 3, "Överenskommelse mellan kommunen och polisen om "
                        + "gemensamma prioriteringar.");
        record(m, MunicipalRecordKind.CITIZEN_PROMISE, "Medborgarlöfte " + year + " – " + m.shortName(),
                LocalDate.of(year, 2, 1), 1, "Polisen och kommunen lovar invånarna fler trygghetsskapande insatser.");
    }

    private void record(Municipality m, MunicipalRecordKind kind, String title, LocalDate adopted, int years,
            String summary) {
        MunicipalRecord record = MODEL.createMunicipalRecord();
        record.setMunicipality(county.municipalityOrgs.get(m));
        record.setKind(kind);
        record.setTitle(title);
        record.setAdoptedOn(Builder.date(adopted));
        record.setValidFrom(Builder.date(adopted));
        record.setValidTo(Builder.date(adopted.plusYears(years).minusDays(1)));
        record.setSummary(summary);
        record.setDocumentLink("https://www." + m.domain() + "/trygghet/" + kind.name().toLowerCase(Locale.ROOT).replace('_',
                '-') + "-" + adopted.getYear() + ".pdf");
        county.data.municipalRecords.add(county.add(record));
    }
}
