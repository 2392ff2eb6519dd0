package se.samverka.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import se.samverka.model.SamverkaPackage;
import se.samverka.model.SyncedObject;

/**
 * The user's unsaved edits of a record, set against a newer version of it saved elsewhere (a sync, another window):
 * a three-way comparison, field by field, of the record as the editor read it ({@code base}), as the user has it now
 * ({@code mine}) and as it is now saved ({@code theirs}). A field only the other side changed is taken; a field only
 * the user changed keeps the user's value; a field both changed to different values is for the user to decide. A
 * list of parts (agenda items) counts as one field. No SWT: the editor asks and shows.
 */
final class UnsavedEdits {

    /**
     * What the comparison found.
     *
     * @param taken       fields only the other side changed
     * @param kept        fields only the user changed (or both alike)
     * @param bothChanged fields both changed, to different values
     */
    record Comparison(List<EStructuralFeature> taken, List<EStructuralFeature> kept,
            List<EStructuralFeature> bothChanged) {
    }

    private UnsavedEdits() {
    }

    static Comparison compare(EObject base, EObject mine, EObject theirs) {
        List<EStructuralFeature> taken = new ArrayList<>();
        List<EStructuralFeature> kept = new ArrayList<>();
        List<EStructuralFeature> both = new ArrayList<>();
        for (EStructuralFeature feature : fields(theirs.eClass())) {
            boolean theirsChanged = !same(feature, base.eGet(feature), theirs.eGet(feature));
            boolean mineChanged = !same(feature, base.eGet(feature), mine.eGet(feature));
            if (theirsChanged && !mineChanged) {
                taken.add(feature);
            } else if (mineChanged && theirsChanged && !same(feature, mine.eGet(feature), theirs.eGet(feature))) {
                both.add(feature);
            } else if (mineChanged) {
                kept.add(feature);
            }
        }
        return new Comparison(taken, kept, both);
    }

    /**
     * Sets {@code mine}'s field to {@code theirs}' value (parts move from {@code theirs} to {@code mine}), so that
     * whoever shows {@code mine} is told.
     */
    @SuppressWarnings("unchecked")
    static void take(EObject mine, EObject theirs, EStructuralFeature feature) {
        Object value = theirs.eGet(feature);
        if (feature.isMany()) {
            List<Object> values = new ArrayList<>((List<Object>) value);
            EList<Object> list = (EList<Object>) mine.eGet(feature);
            list.clear();
            list.addAll(values);
        } else {
            mine.eSet(feature, value);
        }
    }

    /** {@code mine} becomes based on {@code theirs}: its version (so that it saves over it) and who wrote it. */
    static void rebase(SyncedObject mine, SyncedObject theirs) {
        mine.setVersion(theirs.getVersion());
        mine.setModifiedAt(theirs.getModifiedAt());
        mine.setModifiedBy(theirs.getModifiedBy());
    }

    /** The fields a user edits: all but the bookkeeping every record has (id, version, who and when). */
    static List<EStructuralFeature> fields(EClass eClass) {
        List<EStructuralFeature> fields = new ArrayList<>();
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            if (!feature.isDerived() && !feature.isTransient()
                    && feature.getEContainingClass() != SamverkaPackage.Literals.SYNCED_OBJECT
                    && !(feature instanceof EReference reference && reference.isContainer())) {
                fields.add(feature);
            }
        }
        return fields;
    }

    /**
     * True when two values of a field are the same: references by the ids of what they point to (two reads give two
     * objects), parts field by field.
     */
    static boolean same(EStructuralFeature feature, Object a, Object b) {
        if (feature instanceof EAttribute) {
            return Objects.equals(a, b);
        }
        EReference reference = (EReference) feature;
        if (feature.isMany()) {
            List<?> as = (List<?>) a;
            List<?> bs = (List<?>) b;
            if (as.size() != bs.size()) {
                return false;
            }
            for (int i = 0; i < as.size(); i++) {
                if (!sameObject(reference, (EObject) as.get(i), (EObject) bs.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return sameObject(reference, (EObject) a, (EObject) b);
    }

    private static boolean sameObject(EReference reference, EObject a, EObject b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (!reference.isContainment()) {
            return a instanceof SyncedObject x && b instanceof SyncedObject y ? Objects.equals(x.getId(), y.getId())
                    : a == b;
        }
        if (a.eClass() != b.eClass() || a instanceof SyncedObject x && b instanceof SyncedObject y
                && !Objects.equals(x.getId(), y.getId())) {
            return false;
        }
        for (EStructuralFeature feature : fields(a.eClass())) {
            if (!same(feature, a.eGet(feature), b.eGet(feature))) {
                return false;
            }
        }
        return true;
    }
}
