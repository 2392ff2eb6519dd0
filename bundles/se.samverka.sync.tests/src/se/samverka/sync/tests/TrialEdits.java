package se.samverka.sync.tests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Random;

import se.samverka.model.AttendanceKind;
import se.samverka.model.AttendanceMark;
import se.samverka.model.Budget;
import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLine;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.LocalProject;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.ProjectStatus;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage;
import se.samverka.model.SessionDay;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;

/**
 * The offline work of one kill trial on a county laptop, one edit of each kind that sync must neither lose nor
 * double: a new project with a budget, a text edit, a budget line added, an attendance mark, a cancellation with the
 * waitlist's first promoted into the seat, and a delete. Each edit is described by a line ({@code EDIT kind ids...})
 * that the test checks afterwards against the server.
 */
final class TrialEdits {

    private TrialEdits() {
    }

    static List<String> make(LocalStore laptop, long seed) throws StoreException {
        Random random = new Random(seed);
        SamverkaFactory model = SamverkaFactory.eINSTANCE;
        List<String> edits = new ArrayList<>();

        List<Organisation> municipalities = laptop.findAll(Organisation.class).stream()
                .filter(o -> o.getKind() == OrganisationKind.MUNICIPALITY).sorted(Comparator.comparing(o -> o.getId()))
                .toList();
        LocalProject project = model.createLocalProject();
        project.setMunicipality(municipalities.get(random.nextInt(municipalities.size())));
        project.setTitle("Avbrottsprojekt " + seed);
        project.setStatus(ProjectStatus.PLANNED);
        project = laptop.save(project);
        Budget budget = model.createBudget();
        budget.setProject(project);
        budget.setName("Budget " + seed);
        budget.setBudgetYear(2027);
        budget.getLines().add(line(BudgetLineKind.INCOME, BudgetCategory.GRANT, 40_000, "Bidrag " + seed));
        budget.getLines().add(line(BudgetLineKind.EXPENSE, BudgetCategory.OTHER_EXPENSE, 25_000, "Kostnad " + seed));
        budget = laptop.save(budget);
        edits.add("EDIT new-project " + project.getId() + " " + budget.getId());

        List<LocalProject> projects = laptop.findAll(LocalProject.class).stream()
                .filter(p -> !p.getTitle().startsWith("Avbrottsprojekt")).sorted(Comparator.comparing(p -> p.getId()))
                .toList();
        LocalProject edited = projects.get(random.nextInt(projects.size()));
        edited.setDescription("Beskrivning från avbrottsförsök " + seed);
        laptop.save(edited);
        edits.add("EDIT description " + edited.getId());

        String newBudget = budget.getId();
        List<Budget> budgets = laptop.findAll(Budget.class).stream().filter(b -> !b.getId().equals(newBudget))
                .sorted(Comparator.comparing(b -> b.getId())).toList();
        Budget grown = budgets.get(random.nextInt(budgets.size()));
        BudgetLine added = line(BudgetLineKind.EXPENSE, BudgetCategory.EVALUATION, 1_000 + random.nextInt(9_000),
                "Avbrottsrad " + seed);
        added.setSeq(grown.getLines().size() + 1);
        grown.getLines().add(added);
        laptop.save(grown);
        edits.add("EDIT budget-line " + grown.getId() + " " + grown.getLines().size());

        List<AttendanceMark> marks = laptop.findAll(AttendanceMark.class);
        List<Enrolment> unmarked = laptop.findAll(Enrolment.class).stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED && !e.getOffering().getSessionDays().isEmpty()
                        && marks.stream().noneMatch(m -> m.getEnrolment().getId().equals(e.getId())))
                .sorted(Comparator.comparing(e -> e.getId())).toList();
        if (!unmarked.isEmpty()) {
            Enrolment enrolment = unmarked.get(random.nextInt(unmarked.size()));
            SessionDay day = enrolment.getOffering().getSessionDays().get(0);
            AttendanceMark mark = model.createAttendanceMark();
            mark.setEnrolment(enrolment);
            mark.setSessionDay(day);
            mark.setMark(AttendanceKind.PRESENT);
            mark.setMarkedAt(new Date(1_790_000_000_000L + seed * 60_000L));
            mark.setNote("Närvaro " + seed);
            mark = laptop.save(mark);
            edits.add("EDIT attendance " + enrolment.getId() + " " + day.getId());
        }

        List<Enrolment> enrolments = laptop.findAll(Enrolment.class);
        List<Enrolment> seatHolders = enrolments.stream().filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED
                && enrolments.stream().anyMatch(w -> w.getOffering().getId().equals(e.getOffering().getId())
                        && w.getStatus() == EnrolmentStatus.WAITLISTED))
                .sorted(Comparator.comparing(e -> e.getId())).toList();
        if (!seatHolders.isEmpty()) {
            Enrolment cancelled = seatHolders.get(random.nextInt(seatHolders.size()));
            Enrolment first = enrolments.stream()
                    .filter(w -> w.getOffering().getId().equals(cancelled.getOffering().getId())
                            && w.getStatus() == EnrolmentStatus.WAITLISTED)
                    .min(Comparator.comparing(Enrolment::getWaitlistPosition)).orElseThrow();
            cancelled.setStatus(EnrolmentStatus.CANCELLED);
            laptop.save(cancelled);
            first.setStatus(EnrolmentStatus.ENROLLED);
            first.eUnset(SamverkaPackage.Literals.ENROLMENT__WAITLIST_POSITION);
            laptop.save(first);
            edits.add("EDIT seat " + cancelled.getOffering().getId() + " " + cancelled.getId() + " " + first.getId());
        }

        LocalProject deleted = projects.get(random.nextInt(projects.size()));
        if (!deleted.getId().equals(edited.getId())) {
            laptop.delete(deleted);
            edits.add("EDIT delete " + deleted.getId());
        }
        return edits;
    }

    private static BudgetLine line(BudgetLineKind kind, BudgetCategory category, int amount, String description) {
        BudgetLine line = SamverkaFactory.eINSTANCE.createBudgetLine();
        line.setKind(kind);
        line.setCategory(category);
        line.setPlannedAmount(BigDecimal.valueOf(amount));
        line.setDescription(description);
        return line;
    }
}
