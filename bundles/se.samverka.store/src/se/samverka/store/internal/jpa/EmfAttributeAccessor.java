package se.samverka.store.internal.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.persistence.mappings.AttributeAccessor;

/**
 * Reads and writes one mapped attribute of an EMF object through EMF's reflective API ({@code eGet}/{@code eSet}),
 * so that EMF's notifications, containment and multiplicity rules apply to what EclipseLink loads. Many-valued
 * features are handed to EclipseLink as {@link ArrayList} snapshots and written back into the object's own
 * {@link EList}. On a {@link Shadow} the values stay outside EMF.
 */
final class EmfAttributeAccessor extends AttributeAccessor {

    private static final long serialVersionUID = 1L;

    private final transient EStructuralFeature feature;

    EmfAttributeAccessor(EStructuralFeature feature) {
        this.feature = feature;
        setAttributeName(feature.getName());
    }

    @Override
    public void initializeAttributes(Class<?> descriptorClass) {
        // Nothing to look up: EMF's reflective API reaches every feature.
    }

    @Override
    public Class<?> getAttributeClass() {
        return feature.isMany() ? List.class : feature.getEType().getInstanceClass();
    }

    @Override
    public Object getAttributeValueFromObject(Object object) {
        Shadow shadow = Shadow.of(object);
        if (shadow != null) {
            if (shadow.values.containsKey(feature.getName())) {
                return shadow.values.get(feature.getName());
            }
            return feature.isMany() ? new ArrayList<>() : feature.getDefaultValue();
        }
        Object value = ((EObject) object).eGet(feature);
        if (feature.isMany()) {
            return new ArrayList<>((Collection<?>) value);
        }
        return value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void setAttributeValueInObject(Object object, Object value) {
        Shadow shadow = Shadow.of(object);
        if (shadow != null) {
            shadow.values.put(feature.getName(),
                    feature.isMany() && value != null ? new ArrayList<>((Collection<?>) value) : value);
            return;
        }
        EObject eObject = (EObject) object;
        if (feature.isMany()) {
            EList<Object> list = (EList<Object>) eObject.eGet(feature);
            List<Object> values = value == null ? List.of() : new ArrayList<>((Collection<?>) value);
            if (!list.equals(values)) {
                ECollections.setEList(list, values);
            }
        } else if (value == null && feature.getEType().getInstanceClass() != null
                && feature.getEType().getInstanceClass().isPrimitive()) {
            eObject.eUnset(feature);
        } else {
            eObject.eSet(feature, value);
        }
    }
}
