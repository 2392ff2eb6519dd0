package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverka.model.Budget;
import se.samverka.model.BudgetCategory;
import se.samverka.model.BudgetLine;
import se.samverka.model.BudgetLineKind;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.LocalProject;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage;
import se.samverka.model.SyncedObject;
import se.samverka.model.rules.EnrolmentTransitions;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;
import se.samverka.store.SyncPort;
import se.samverka.sync.protocol.RecordState;

/**
 * Several laptops edit offline at random (texts, statuses, budget lines, deletes), sync in random orders, and
 * after a final round every laptop equals the server, and every edit is in the final state, was replaced by a
 * later edit of the same field, or is in a conflict. Seeds: {@code -Dsamverka.convergence.seeds} (default 6);
 * the failing seed is in the message.
 */
class ConvergenceTest {

    private static final int LAPTOPS = 3;
    private static final int STEPS = 40;
    private static County county;

    @BeforeAll
    static void startCounty() throws Exception {
        county = County.shared();
    }

    /** An edit of a text field: who, which record and field, the value, when (step). */
    private record Edit(int laptop, String recordId, String field, String value, int step) {
    }

    @Test
    void laptopsConvergeAndNoEditIsLost() throws Exception {
        int seeds = Integer.getInteger("samverka.convergence.seeds", 6);
        long first = Long.getLong("samverka.convergence.seed", 1000);
        for (long seed = first; seed < first + seeds; seed++) {
            try {
                run(seed);
            } catch (AssertionError | Exception e) {
                throw new AssertionError("Convergence failed with seed " + seed + " (rerun with "
                        + "-Dsamverka.convergence.seed=" + seed + " -Dsamverka.convergence.seeds=1): "
                        + e.getMessage(), e);
            }
        }
    }

    private void run(long seed) throws Exception {
        Random random = new Random(seed);
        String[] users = { "lan1", "lan2", "lan1" };
        List<LocalStore> laptops = new ArrayList<>();
        try {
            for (int i = 0; i < LAPTOPS; i++) {
                LocalStore laptop = county.laptop(users[i]);
                county.sync(laptop, users[i]);
                laptops.add(laptop);
            }
            // A few records that every laptop works on, so that edits meet.
            List<String> projects = county.data.projects.stream().skip(20 + seed % 20).limit(6)
                    .map(SyncedObject::getId).toList();
            List<String> budgets = county.data.budgets.stream().skip(10 + seed % 10).limit(3)
                    .map(SyncedObject::getId).toList();
            String offering = county.data.offerings.get((int) (seed % county.data.offerings.size())).getId();
            List<Edit> edits = new ArrayList<>();
            List<String> deleted = new ArrayList<>();
            for (int i = 0; i < STEPS; i++) {
                int step = i;
                int l = random.nextInt(LAPTOPS);
                LocalStore laptop = laptops.get(l);
                int action = random.nextInt(10);
                if (action < 4) {
                    String id = projects.get(random.nextInt(projects.size()));
                    String field = List.of("title", "description", "partners").get(random.nextInt(3));
                    String value = field + " " + seed + "/" + step + " på dator " + l;
                    laptop.find(LocalProject.class, id).ifPresent(project -> {
                        project.eSet(project.eClass().getEStructuralFeature(field), value);
                        save(laptop, project);
                        edits.add(new Edit(l, id, field, value, edits.size()));
                    });
                } else if (action < 6) {
                    county.sync(laptop, users[l]);
                } else if (action < 8) {
                    List<Enrolment> enrolments = laptop.findAll(Enrolment.class).stream()
                            .filter(e -> e.getOffering().getId().equals(offering)).toList();
                    if (!enrolments.isEmpty()) {
                        Enrolment enrolment = enrolments.get(random.nextInt(enrolments.size()));
                        List<EnrolmentStatus> next = new ArrayList<>(
                                EnrolmentTransitions.allowedFrom(enrolment.getStatus()));
                        next.remove(EnrolmentStatus.WAITLISTED);
                        if (!next.isEmpty()) {
                            enrolment.setStatus(next.get(random.nextInt(next.size())));
                            if (enrolment.getStatus() != EnrolmentStatus.WAITLISTED) {
                                enrolment.eUnset(SamverkaPackage.Literals.ENROLMENT__WAITLIST_POSITION);
                            }
                            save(laptop, enrolment);
                        }
                    }
                } else if (action < 9) {
                    laptop.find(Budget.class, budgets.get(random.nextInt(budgets.size()))).ifPresent(budget -> {
                        BudgetLine line = SamverkaFactory.eINSTANCE.createBudgetLine();
                        line.setKind(BudgetLineKind.EXPENSE);
                        line.setCategory(BudgetCategory.get(3 + random.nextInt(6))); // an expense category
                        line.setDescription("Rad " + seed + "/" + step);
                        line.setPlannedAmount(BigDecimal.valueOf(1000 + random.nextInt(9000)));
                        line.setSeq(budget.getLines().size() + 1);
                        budget.getLines().add(line);
                        save(laptop, budget);
                    });
                } else if (random.nextInt(3) == 0) {
                    String id = projects.get(random.nextInt(projects.size()));
                    laptop.find(LocalProject.class, id).ifPresent(project -> {
                        try {
                            laptop.delete(project);
                            deleted.add(id);
                        } catch (StoreException e) {
                            fail(e);
                        }
                    });
                }
            }
            // Everyone syncs until nothing more arrives.
            for (int round = 0; round < 3; round++) {
                for (int l = 0; l < LAPTOPS; l++) {
                    county.sync(laptops.get(l), users[l]);
                }
            }
            Map<String, Map<String, String>> truth;
            try (LocalStore fresh = county.laptop("lan1")) {
                county.sync(fresh, "lan1");
                truth = states(fresh, projects, budgets, offering);
            }
            for (int l = 0; l < LAPTOPS; l++) {
                assertEquals(0, laptops.get(l).sync().unsentChanges(), "laptop " + l + " has unsent changes");
                assertEquals(truth, states(laptops.get(l), projects, budgets, offering), "laptop " + l
                        + " differs from the server");
            }
            for (Edit edit : edits) {
                Map<String, String> state = truth.get(edit.recordId());
                boolean kept = state != null && edit.value().equals(state.get(edit.field()));
                boolean replaced = edits.stream().anyMatch(later -> later.step() > edit.step()
                        && later.recordId().equals(edit.recordId()) && later.field().equals(edit.field()));
                boolean inConflict = laptops.stream().flatMap(l -> l.sync().conflicts().stream())
                        .anyMatch(c -> c.recordId().equals(edit.recordId()) && (c.other().equals(edit.value())
                                || c.kept().equals(edit.value()) || c.field().equals("deleted")));
                boolean deletedRecord = state == null && deleted.contains(edit.recordId());
                assertTrue(kept || replaced || inConflict || deletedRecord, "edit lost: " + edit);
            }
            for (LocalStore laptop : laptops) {
                for (SyncPort.Conflict conflict : laptop.sync().conflicts()) {
                    assertTrue(!conflict.other().isEmpty() || !conflict.kept().isEmpty()
                            || conflict.field().contains("/"), "a conflict says what: " + conflict);
                }
            }
        } finally {
            laptops.forEach(LocalStore::close);
        }
    }

    private static void save(LocalStore laptop, SyncedObject record) {
        try {
            laptop.save(record);
        } catch (StoreException e) {
            fail("a local save failed: " + e.getMessage(), e);
        }
    }

    private static Map<String, Map<String, String>> states(LocalStore laptop, List<String> projects,
            List<String> budgets, String offering) {
        Map<String, Map<String, String>> states = new TreeMap<>();
        for (String id : projects) {
            laptop.find(LocalProject.class, id).ifPresent(p -> states.put(id, RecordState.of(p)));
        }
        for (String id : budgets) {
            laptop.find(Budget.class, id).ifPresent(b -> states.put(id, RecordState.of(b)));
        }
        laptop.findAll(Enrolment.class).stream().filter(e -> e.getOffering().getId().equals(offering))
                .forEach(e -> states.put(e.getId(), RecordState.of(e)));
        return states;
    }
}
