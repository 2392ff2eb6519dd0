package se.samverka.store.internal.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;

/**
 * Marks an EMF object that EclipseLink made as a copy for its own bookkeeping (a backup clone for change detection,
 * or a cache original) and holds that copy's values outside EMF.
 * <p>
 * Why: EclipseLink copies a working object's attribute values into such copies. Written through EMF, putting a
 * contained child into the copy's containment list would <em>move</em> it there and take it away from the real
 * object. A shadow's values therefore never touch EMF: {@link EmfAttributeAccessor} reads and writes this map.
 */
final class Shadow extends AdapterImpl {

    final Map<String, Object> values = new HashMap<>();

    static Shadow of(Object object) {
        if (object instanceof EObject eObject) {
            for (Object adapter : eObject.eAdapters()) {
                if (adapter instanceof Shadow shadow) {
                    return shadow;
                }
            }
        }
        return null;
    }

    static void attach(EObject object) {
        object.eSetDeliver(false);
        object.eAdapters().add(new Shadow());
    }

    /**
     * Turns a shadow into a real EMF object holding its values: for copies that EclipseLink makes with its copy
     * policy but then hands to the application (the managed copy of a new object merged into a unit of work).
     */
    @SuppressWarnings("unchecked")
    static void materialize(EObject object) {
        Shadow shadow = of(object);
        if (shadow == null) {
            return;
        }
        object.eAdapters().remove(shadow);
        object.eSetDeliver(true);
        for (Map.Entry<String, Object> entry : shadow.values.entrySet()) {
            EStructuralFeature feature = object.eClass().getEStructuralFeature(entry.getKey());
            if (feature == null) {
                continue;
            }
            Object value = entry.getValue();
            if (feature.isMany()) {
                ECollections.setEList((EList<Object>) object.eGet(feature),
                        value == null ? List.of() : new ArrayList<>((Collection<?>) value));
            } else if (value != null || !feature.getEType().getInstanceClass().isPrimitive()) {
                object.eSet(feature, value);
            }
        }
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == Shadow.class;
    }
}
