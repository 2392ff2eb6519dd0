package se.samverka.store.internal.jpa;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.persistence.descriptors.copying.AbstractCopyPolicy;
import org.eclipse.persistence.queries.ObjectBuildingQuery;
import org.eclipse.persistence.sessions.DataRecord;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.UnitOfWork;

/**
 * EclipseLink's copies of EMF objects: the copies it keeps for itself (backup clones, cache originals) are
 * {@link Shadow}s; working copies handed to the application are plain EMF objects once EclipseLink has filled them.
 */
final class ShadowCopyPolicy extends AbstractCopyPolicy {

    private static final long serialVersionUID = 1L;

    private final transient EClass eClass;

    ShadowCopyPolicy(EClass eClass) {
        this.eClass = eClass;
    }

    /** Backup clones and originals: shadows. */
    @Override
    public Object buildClone(Object domainObject, Session session) {
        EObject clone = EcoreUtil.create(eClass);
        Shadow.attach(clone);
        return clone;
    }

    /**
     * Working copies made from another object: shadows while EclipseLink fills them (it may first copy the other
     * object's values shallowly, which through EMF would take contained children away from it), made real EMF
     * objects by the post-clone and post-merge events ({@link EmfSessionCustomizer}).
     */
    @Override
    public Object buildWorkingCopyClone(Object domainObject, Session session) {
        return buildClone(domainObject, session);
    }

    /** Working copies built from a database row: real EMF objects. */
    @Override
    public Object buildWorkingCopyCloneFromRow(DataRecord row, ObjectBuildingQuery query, Object primaryKey,
            UnitOfWork uow) {
        return EcoreUtil.create(eClass);
    }

    @Override
    public boolean buildsNewInstance() {
        return true;
    }
}
