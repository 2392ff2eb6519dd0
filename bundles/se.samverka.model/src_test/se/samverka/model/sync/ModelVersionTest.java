package se.samverka.model.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import se.samverka.model.SamverkaPackage;

/**
 * The model version follows the Ecore model: a class or field added without raising {@link ModelVersion#CURRENT}
 * and writing its {@code model-<number>.txt} fails here; models only grow; and what a laptop of a smaller model
 * holds of a record leaves out exactly the fields and parts it does not have.
 */
class ModelVersionTest {

    @Test
    void theCurrentModelIsTheOneWrittenForItsNumber() {
        String written = ModelVersion.parse(ModelVersion.CURRENT, read(ModelVersion.CURRENT)).text();
        assertEquals(written, ModelVersion.current().text(), "samverka.ecore changed: raise ModelVersion.CURRENT "
                + "and write this as model-<number>.txt beside it:\n" + ModelVersion.current().text());
    }

    @Test
    void aModelOnlyGrows() {
        for (int number = ModelVersion.FIRST; number < ModelVersion.CURRENT; number++) {
            assertTrue(ModelVersion.released(number + 1).contains(ModelVersion.released(number)),
                    "model " + (number + 1) + " lacks a class or field of model " + number);
        }
        assertTrue(ModelVersion.current().contains(ModelVersion.released(ModelVersion.FIRST)));
    }

    @Test
    void aSmallerModelHoldsOnlyItsOwnFieldsAndParts() {
        ModelVersion older = ModelVersion.current().withoutField("BudgetLine", "quantity")
                .withoutField("Budget", "name").withoutClass("Certificate");
        Map<String, String> state = new TreeMap<>(Map.of("name", "Budget 2027", "budgetYear", "2027",
                "lines", "l1", "lines/l1/quantity", "3", "lines/l1/unitAmount", "100"));
        Map<String, String> held = older.held(SamverkaPackage.Literals.BUDGET, state);
        assertEquals(Map.of("budgetYear", "2027", "lines", "l1", "lines/l1/unitAmount", "100"), held);
        assertEquals(state, ModelVersion.current().held(SamverkaPackage.Literals.BUDGET, state));
        assertFalse(older.knows("Certificate"));
        assertEquals(Map.of(), older.held(SamverkaPackage.Literals.CERTIFICATE, Map.of("certificateNumber", "1")));
        assertFalse(older.contains(ModelVersion.current()));
        assertTrue(ModelVersion.current().contains(older));
        assertFalse(older.holds(SamverkaPackage.Literals.BUDGET, "lines/l1/nothing"));
        assertFalse(older.holds(SamverkaPackage.Literals.BUDGET, "budgetYear/l1/quantity"), "not a list of parts");
    }

    @Test
    void aModelReadsBackAsItWasWritten() {
        ModelVersion model = ModelVersion.current().withoutClass("Decision");
        assertEquals(model, ModelVersion.parse(model.number(), model.text()));
    }

    private static String read(int number) {
        try (var in = ModelVersion.class.getResourceAsStream("model-" + number + ".txt")) {
            assertTrue(in != null, "model-" + number + ".txt is missing beside ModelVersion");
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
