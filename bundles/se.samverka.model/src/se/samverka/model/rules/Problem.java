package se.samverka.model.rules;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One thing wrong with a record, in words a user understands, tied to the field it is about so that a form can
 * show it there.
 *
 * @param object  the record
 * @param feature the field, or {@code null} when the problem is about the record as a whole
 * @param error   true for an error that blocks saving, false for a warning
 * @param message the message in the requested language
 */
public record Problem(EObject object, EStructuralFeature feature, boolean error, String message) {
}
