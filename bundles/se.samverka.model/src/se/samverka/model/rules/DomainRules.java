package se.samverka.model.rules;

import org.eclipse.emf.ecore.EObject;

import se.samverka.model.rules.SamverkaValidator.Reporter;

/** The rules of the domain beyond required fields, checked by {@link SamverkaValidator}. */
final class DomainRules {

    private DomainRules() {
    }

    static void check(EObject object, Reporter reporter) {
        // filled in with the model
    }
}
