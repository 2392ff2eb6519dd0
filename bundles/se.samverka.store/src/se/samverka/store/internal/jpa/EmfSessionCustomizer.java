package se.samverka.store.internal.jpa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.mappings.CollectionMapping;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

import se.samverka.model.SamverkaPackage;

/**
 * Lets EclipseLink persist the generated EMF classes as they are (named in the generated orm.xml as entities):
 * every mapped attribute is read and written through EMF ({@link EmfAttributeAccessor}), collections are plain
 * lists without indirection (everything is loaded eagerly; OSGi has no weaving), EclipseLink's own copies are
 * {@link Shadow}s ({@link ShadowCopyPolicy}) until they are filled, and fields that are not features of the model
 * are not mapped.
 */
public final class EmfSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        Map<Class<?>, EClass> eClasses = implementationClasses();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            EClass eClass = eClasses.get(descriptor.getJavaClass());
            if (eClass == null) {
                continue;
            }
            descriptor.setCopyPolicy(new ShadowCopyPolicy(eClass));
            for (DatabaseMapping mapping : new ArrayList<>(descriptor.getMappings())) {
                EStructuralFeature feature = eClass.getEStructuralFeature(mapping.getAttributeName());
                if (feature == null) {
                    descriptor.removeMappingForAttributeName(mapping.getAttributeName());
                    continue;
                }
                mapping.setAttributeAccessor(new EmfAttributeAccessor(feature));
                if (mapping instanceof ForeignReferenceMapping reference) {
                    reference.dontUseIndirection();
                }
                if (mapping instanceof CollectionMapping collection) {
                    collection.getContainerPolicy().setContainerClass(ArrayList.class);
                }
            }
            descriptor.getEventManager().addListener(new DescriptorEventAdapter() {
                @Override
                public void postClone(DescriptorEvent event) {
                    if (event.getSource() instanceof EObject cloned) {
                        Shadow.materialize(cloned);
                    }
                }

                @Override
                public void postMerge(DescriptorEvent event) {
                    if (event.getSource() instanceof EObject merged) {
                        Shadow.materialize(merged);
                    }
                }
            });
        }
    }

    /** The generated implementation class of every concrete class of the model. */
    static Map<Class<?>, EClass> implementationClasses() {
        Map<Class<?>, EClass> classes = new HashMap<>();
        for (EClassifier classifier : SamverkaPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass && !eClass.isAbstract() && !eClass.isInterface()) {
                EObject instance = EcoreUtil.create(eClass);
                classes.put(instance.getClass(), eClass);
            }
        }
        return classes;
    }
}
