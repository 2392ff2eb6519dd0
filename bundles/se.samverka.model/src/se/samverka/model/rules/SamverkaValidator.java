package se.samverka.model.rules;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;

import se.samverka.model.SamverkaPackage;

/**
 * The EMF validator of the Samverka model: required fields with messages a user understands, and the domain rules
 * of {@link DomainRules}. Messages come from {@code messages.properties} (Swedish) and {@code messages_en.properties}
 * in this package, in the locale found under {@link ModelRules#LOCALE} in the validation context.
 */
public class SamverkaValidator extends EObjectValidator {

    /** The diagnostic source of Samverka's own problems. */
    public static final String SOURCE = "se.samverka.model";

    private static final String BUNDLE = "se.samverka.model.rules.messages";

    @Override
    protected EPackage getEPackage() {
        return SamverkaPackage.eINSTANCE;
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = super.validate(eClass, object, diagnostics, context);
        Reporter reporter = new Reporter(object, diagnostics, context);
        DomainRules.check(object, reporter);
        return valid && reporter.valid;
    }

    /** EMF's default constraints (multiplicities, references, data values) for every class of the package. */
    @Override
    protected boolean validate(int classifierID, Object object, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return !(object instanceof EObject eObject) || validate_EveryDefaultConstraint(eObject, diagnostics, context);
    }

    /** Required fields: unset, empty and blank count as missing. The system fields of a synced object are left out. */
    @Override
    public boolean validate_MultiplicityConforms(EObject object, EStructuralFeature feature,
            DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (feature.getEContainingClass() == SamverkaPackage.Literals.SYNCED_OBJECT || !feature.isRequired()) {
            return true;
        }
        Object value = object.eGet(feature);
        boolean missing = value == null
                || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty();
        if (missing) {
            Reporter reporter = new Reporter(object, diagnostics, context);
            reporter.error(feature, "required", reporter.label(feature));
            return false;
        }
        return true;
    }

    /** Reports the problems of one object in the context's language. */
    static final class Reporter {
        private final EObject object;
        private final DiagnosticChain diagnostics;
        private final ResourceBundle messages;
        boolean valid = true;

        Reporter(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
            this.object = object;
            this.diagnostics = diagnostics;
            Locale locale = context != null && context.get(ModelRules.LOCALE) instanceof Locale l ? l
                    : Locale.getDefault();
            this.messages = bundle(locale);
        }

        void error(EStructuralFeature feature, String key, Object... arguments) {
            report(Diagnostic.ERROR, feature, key, arguments);
        }

        void warning(EStructuralFeature feature, String key, Object... arguments) {
            report(Diagnostic.WARNING, feature, key, arguments);
        }

        private void report(int severity, EStructuralFeature feature, String key, Object... arguments) {
            if (severity == Diagnostic.ERROR) {
                valid = false;
            }
            if (diagnostics != null) {
                String message = MessageFormat.format(messages.getString(key), arguments);
                Object[] data = feature == null ? new Object[] { object } : new Object[] { object, feature };
                diagnostics.add(new BasicDiagnostic(severity, SOURCE, 0, message, data));
            }
        }

        /** The label of a field as a form shows it, e.g. "Förnamn". */
        String label(EStructuralFeature feature) {
            return Labels.of(messages, feature);
        }

        /** The label of an enum value, e.g. "Samordnarlön" for COORDINATOR_SALARY. */
        String enumLabel(org.eclipse.emf.common.util.Enumerator value) {
            String key = "enum." + value.getClass().getSimpleName() + "." + value.getName();
            return messages.containsKey(key) ? messages.getString(key) : Labels.humanize(value.getName());
        }

        String text(String key) {
            return messages.getString(key);
        }
    }

    static ResourceBundle bundle(Locale locale) {
        // Swedish is the base file: a request for any other language than English gets Swedish.
        Locale wanted = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        try {
            return ResourceBundle.getBundle(BUNDLE, wanted, SamverkaValidator.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(BUNDLE, Locale.ROOT, SamverkaValidator.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }
    }
}
