package se.samverka.model.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;

import se.samverka.model.SamverkaPackage;

/**
 * Validates domain objects with EMF validation: the model's own constraints (required fields, multiplicities) and
 * the domain rules of {@link SamverkaValidator}, with messages in Swedish or English.
 */
public final class ModelRules {

    /** Key of the validation context that holds the {@link Locale} of the messages. */
    public static final String LOCALE = "se.samverka.locale";

    static {
        register();
    }

    private ModelRules() {
    }

    /** Registers the Samverka validator for the model's package (idempotent). */
    public static synchronized void register() {
        EPackage samverka = SamverkaPackage.eINSTANCE;
        if (!(EValidator.Registry.INSTANCE.get(samverka) instanceof SamverkaValidator)) {
            EValidator.Registry.INSTANCE.put(samverka, new SamverkaValidator());
        }
    }

    /** The problems of an object and the objects it contains, in the given language; empty when valid. */
    public static List<Problem> validate(EObject object, Locale locale) {
        register();
        Diagnostician diagnostician = new Diagnostician();
        BasicDiagnostic diagnostics = diagnostician.createDefaultDiagnostic(object);
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(LOCALE, locale);
        diagnostician.validate(object, diagnostics, context);
        List<Problem> problems = new ArrayList<>();
        collect(diagnostics, problems);
        return problems;
    }

    /** True when the object and its contents have no errors. */
    public static boolean isValid(EObject object) {
        return validate(object, Locale.getDefault()).stream().noneMatch(Problem::error);
    }

    private static void collect(Diagnostic diagnostic, List<Problem> problems) {
        if (diagnostic.getSeverity() != Diagnostic.OK && diagnostic.getSource().equals(SamverkaValidator.SOURCE)
                && diagnostic.getData().size() >= 1 && diagnostic.getData().get(0) instanceof EObject object) {
            EStructuralFeature feature = diagnostic.getData().size() >= 2
                    && diagnostic.getData().get(1) instanceof EStructuralFeature f ? f : null;
            problems.add(new Problem(object, feature, diagnostic.getSeverity() >= Diagnostic.ERROR,
                    diagnostic.getMessage()));
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, problems);
        }
    }
}
