package se.samverka.store.internal.jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import se.samverka.model.SamverkaPackage;
import se.samverka.model.SyncedObject;
import se.samverka.store.StoreException;
import se.samverka.store.StoreException.Reason;
import se.samverka.store.SyncPort;

/** The sync side of {@link JpaStore}: the outbox read from the change log, and the server's answer taken in. */
final class JpaSyncPort implements SyncPort {

    private static final String REPLICA = "replica";
    private static final String CHECKPOINT = "checkpoint";
    private static final String LAST_SYNC = "lastSync";
    private static final String FILE_KEY = "fileKey";
    private static final String USER_ROLE = "userRole";
    private static final String USER_PERSON = "userPerson";
    private static final String USER_MUNICIPALITY = "userMunicipality";

    private final Supplier<EntityManagerFactory> factory;
    private final ChangeNotices notices;

    JpaSyncPort(Supplier<EntityManagerFactory> factory, ChangeNotices notices) {
        this.factory = factory;
        this.notices = notices;
    }

    @Override
    public String replicaId() {
        EntityManager em = factory.get().createEntityManager();
        try {
            Optional<String> id = setting(em, REPLICA);
            if (id.isPresent()) {
                return id.get();
            }
            em.getTransaction().begin();
            String made = UUID.randomUUID().toString();
            put(em, REPLICA, made);
            em.getTransaction().commit();
            return made;
        } finally {
            rollbackIfActive(em);
            em.close();
        }
    }

    @Override
    public long checkpoint() {
        EntityManager em = factory.get().createEntityManager();
        try {
            return setting(em, CHECKPOINT).map(Long::parseLong).orElse(0L);
        } finally {
            em.close();
        }
    }

    @Override
    public Instant lastSync() {
        EntityManager em = factory.get().createEntityManager();
        try {
            return setting(em, LAST_SYNC).map(Instant::parse).orElse(null);
        } finally {
            em.close();
        }
    }

    @Override
    public byte[] fileKey() {
        EntityManager em = factory.get().createEntityManager();
        try {
            return setting(em, FILE_KEY).map(java.util.Base64.getDecoder()::decode).orElse(null);
        } finally {
            em.close();
        }
    }

    @Override
    public User user() {
        EntityManager em = factory.get().createEntityManager();
        try {
            return user(em);
        } finally {
            em.close();
        }
    }

    private static User user(EntityManager em) {
        Optional<se.samverka.model.sync.Role> role = setting(em, USER_ROLE).flatMap(JpaSyncPort::role);
        return role.map(r -> new User(r, setting(em, USER_PERSON).orElse(null),
                setting(em, USER_MUNICIPALITY).orElse(null))).orElse(null);
    }

    /** A role by name; empty for one this build does not know (kept as written, read as unknown). */
    private static Optional<se.samverka.model.sync.Role> role(String name) {
        try {
            return Optional.of(se.samverka.model.sync.Role.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    @Override
    public int unsentChanges() {
        EntityManager em = factory.get().createEntityManager();
        try {
            return em.createQuery("select count(c) from ChangeLogRow c where c.sent = false", Long.class)
                    .getSingleResult().intValue();
        } finally {
            em.close();
        }
    }

    @Override
    public Map<String, Set<String>> unsentFields(Collection<String> ids) {
        Map<String, Set<String>> fields = new HashMap<>();
        if (ids.isEmpty()) {
            return fields;
        }
        EntityManager em = factory.get().createEntityManager();
        try {
            List<String> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
            // A few hundred ids per statement: Derby compiles each IN list into code of its own.
            for (int from = 0; from < all.size(); from += 500) {
                em.createQuery("select c from ChangeLogRow c where c.sent = false and c.objectId in :ids",
                        ChangeLogRow.class).setParameter("ids", all.subList(from, Math.min(all.size(), from + 500)))
                        .getResultList().forEach(row -> {
                            Set<String> of = fields.computeIfAbsent(row.objectId, id -> new HashSet<>());
                            if (row.fields != null && !row.fields.isEmpty()) {
                                of.addAll(List.of(row.fields.split(",")));
                            }
                        });
            }
            return fields;
        } finally {
            em.close();
        }
    }

    @Override
    public List<Outgoing> outbox() {
        EntityManager em = factory.get().createEntityManager();
        try {
            List<ChangeLogRow> unsent = em.createQuery(
                    "select c from ChangeLogRow c where c.sent = false order by c.seq", ChangeLogRow.class)
                    .getResultList();
            // Each top-level record once, with the newest change it includes, in the order of its first change.
            Map<String, Long> upTo = new LinkedHashMap<>();
            Map<String, SyncedObject> roots = new HashMap<>();
            Map<String, SyncedObject> rootOf = roots(em, unsent);
            for (ChangeLogRow change : unsent) {
                SyncedObject root = rootOf.get(change.objectId);
                if (root != null) {
                    roots.putIfAbsent(root.getId(), root);
                    upTo.merge(root.getId(), change.seq, Math::max);
                }
            }
            Map<String, Long> bases = bases(em, upTo.keySet());
            List<Outgoing> outbox = new ArrayList<>();
            upTo.forEach((id, seq) -> outbox.add(new Outgoing(roots.get(id), bases.getOrDefault(id, 0L), seq)));
            return outbox;
        } finally {
            em.close();
        }
    }

    @Override
    public void apply(Incoming incoming) throws StoreException {
        EntityManager em = factory.get().createEntityManager();
        try {
            em.getTransaction().begin();
            // The records whose changes the server now has: named in the notice too, since what the laptop held
            // provisionally (a seat taken offline) is now confirmed, even when the answer writes nothing.
            List<Object[]> confirmed = em.createQuery("select c.objectType, c.objectId from ChangeLogRow c "
                    + "where c.sent = false and c.seq <= :upTo", Object[].class)
                    .setParameter("upTo", incoming.sentUpTo()).getResultList();
            em.createQuery("update ChangeLogRow c set c.sent = true where c.sent = false and c.seq <= :upTo")
                    .setParameter("upTo", incoming.sentUpTo()).executeUpdate();
            // Records changed here while the sync ran keep their base; their changes go with the next sync.
            Set<String> changedMeanwhile = new HashSet<>();
            List<ChangeLogRow> unsent = em.createQuery("select c from ChangeLogRow c where c.sent = false",
                    ChangeLogRow.class).getResultList();
            Map<String, SyncedObject> rootOf = roots(em, unsent);
            for (ChangeLogRow change : unsent) {
                SyncedObject root = rootOf.get(change.objectId);
                changedMeanwhile.add(root == null ? change.objectId : root.getId());
            }
            // The parts the answer removes from their records are known before anything is written, so that no
            // record is written pointing to one. (A tombstone stays in the database: references to it may stay.)
            References.Removal removal = new References.Removal();
            List<Versioned> taken = new ArrayList<>();
            for (Versioned versioned : incoming.records()) {
                if (!changedMeanwhile.contains(versioned.record().getId())) {
                    taken.add(versioned);
                    removal.add((SyncedObject) em.find(versioned.record().getClass(), versioned.record().getId()),
                            versioned.record());
                }
            }
            Map<String, SyncedObject> written = new HashMap<>();
            ChangeNotices.Changed changed = new ChangeNotices.Changed();
            confirmed.forEach(row -> changed.addNamed((String) row[0], (String) row[1]));
            for (Versioned versioned : taken) {
                SyncedObject remote = versioned.record();
                changed.addWithParts(remote);
                resolveReferences(em, remote, written, removal);
                takeVersions(remote, em.find(remote.getClass(), remote.getId()));
                written.put(remote.getId(), em.merge(remote));
                setBase(em, remote.getId(), versioned.serverVersion());
            }
            // Records here that still refer to a removed part (the server clears the same references and sends
            // them, but a record changed here meanwhile, or a tombstone, is not in the answer): cleared, so that the
            // foreign keys hold and nothing points to a part that no longer exists.
            for (References.Found found : References.find(em, removal.all())) {
                if (!removal.contains(found.referrer().getId()) && found.holds()
                        && removal.leaves(found.target())) {
                    found.clear();
                    changed.add(found.referrer());
                }
            }
            // Dropped records are changes too, for what is open: a list leaves them out, an editor says so.
            withdraw(em, incoming.withdrawn(), changedMeanwhile).forEach(changed::addWithParts);
            incoming.accepted().forEach((id, version) -> {
                if (!changedMeanwhile.contains(id)) {
                    setBase(em, id, version);
                }
            });
            for (Conflict conflict : incoming.conflicts()) {
                if (em.find(SyncRows.ConflictRow.class, conflict.id()) == null) {
                    SyncRows.ConflictRow row = new SyncRows.ConflictRow();
                    row.id = conflict.id();
                    row.recordType = conflict.recordType();
                    row.recordId = conflict.recordId();
                    row.field = conflict.field();
                    row.kept = conflict.kept();
                    row.other = conflict.other();
                    row.otherAuthor = conflict.otherAuthor();
                    row.reason = conflict.reason();
                    row.foundAt = Date.from(conflict.at());
                    em.persist(row);
                }
            }
            put(em, CHECKPOINT, Long.toString(incoming.checkpoint()));
            put(em, LAST_SYNC, Instant.now().toString());
            if (incoming.fileKey() != null && incoming.fileKey().length > 0) {
                put(em, FILE_KEY, java.util.Base64.getEncoder().encodeToString(incoming.fileKey()));
            }
            if (incoming.user() != null) {
                if (!incoming.user().equals(user(em))) {
                    // Another user (or a new role or municipality): what every page shows of every class of records
                    // follows who the user is, even when the answer writes no record.
                    changed.addEveryClass();
                }
                put(em, USER_ROLE, incoming.user().role().name());
                put(em, USER_PERSON, incoming.user().personId());
                put(em, USER_MUNICIPALITY, incoming.user().municipalityId());
            }
            em.getTransaction().commit();
            notices.tell(changed, se.samverka.store.RecordsChanged.Cause.SYNC);
        } catch (PersistenceException e) {
            throw new StoreException(Reason.FAILED, "Cannot take in what the server sent: " + e.getMessage(), e);
        } finally {
            rollbackIfActive(em);
            em.close();
        }
    }

    @Override
    public List<Conflict> conflicts() {
        EntityManager em = factory.get().createEntityManager();
        try {
            return em.createQuery("select c from SyncConflict c where c.resolved = false order by c.foundAt",
                    SyncRows.ConflictRow.class).getResultList().stream()
                    .map(r -> new Conflict(r.id, r.recordType, r.recordId, r.field, r.kept, r.other, r.otherAuthor,
                            r.reason, r.foundAt.toInstant()))
                    .toList();
        } finally {
            em.close();
        }
    }

    @Override
    public void resolve(String conflictId) throws StoreException {
        EntityManager em = factory.get().createEntityManager();
        try {
            em.getTransaction().begin();
            SyncRows.ConflictRow row = em.find(SyncRows.ConflictRow.class, conflictId);
            if (row == null) {
                throw new StoreException(Reason.FAILED, "No such conflict: " + conflictId);
            }
            row.resolved = true;
            em.getTransaction().commit();
        } catch (PersistenceException e) {
            throw new StoreException(Reason.FAILED, "Cannot mark the conflict resolved: " + e.getMessage(), e);
        } finally {
            rollbackIfActive(em);
            em.close();
        }
    }

    /**
     * Drops the records the server withdrew (this user no longer reaches them), with their parts and base versions,
     * writing no change rows: they live on in the county. A record changed here since the outbox was read stays (its
     * change goes with the next sync, which the server refuses and withdraws it then, the change kept in the
     * conflict); so does a record that a record kept here refers to (the server sends along what kept records refer
     * to), and what that one refers to in turn. Referrers go before what they refer to, so the foreign keys hold.
     * Returns the records dropped.
     */
    private static Collection<SyncedObject> withdraw(EntityManager em, List<Withdrawn> withdrawn,
            Set<String> changedMeanwhile) {
        Map<String, SyncedObject> dropped = new LinkedHashMap<>();
        for (Withdrawn withdrawal : withdrawn) {
            if (changedMeanwhile.contains(withdrawal.recordId())
                    || !(SamverkaPackage.eINSTANCE.getEClassifier(withdrawal.recordType()) instanceof EClass type)
                    || type.isAbstract()) {
                continue; // changed here meanwhile, or a class this version does not know
            }
            SyncedObject record = (SyncedObject) em.find(EcoreUtil.create(type).getClass(), withdrawal.recordId());
            if (record != null) {
                dropped.put(record.getId(), record);
            }
        }
        if (dropped.isEmpty()) {
            return List.of();
        }
        em.flush(); // the references this answer wrote are seen
        Map<String, Set<String>> refersTo;
        boolean kept;
        do {
            kept = false;
            refersTo = new HashMap<>();
            Map<String, String> owner = new HashMap<>();
            Map<String, EClass> targets = new HashMap<>();
            for (SyncedObject record : dropped.values()) {
                References.withParts(record).forEach((id, type) -> {
                    owner.put(id, record.getId());
                    targets.put(id, type);
                });
            }
            for (References.Found found : References.find(em, targets)) {
                String from = owner.get(found.referrer().getId());
                String to = owner.get(found.target());
                if (from == null) {
                    kept |= dropped.remove(to) != null;
                } else if (!from.equals(to)) {
                    refersTo.computeIfAbsent(from, k -> new HashSet<>()).add(to);
                }
            }
        } while (kept && !dropped.isEmpty());
        List<SyncedObject> gone = List.copyOf(dropped.values());
        Map<String, SyncedObject> left = new LinkedHashMap<>(dropped);
        while (!left.isEmpty()) {
            Set<String> referred = new HashSet<>();
            for (String id : left.keySet()) {
                refersTo.getOrDefault(id, Set.of()).stream().filter(left::containsKey).forEach(referred::add);
            }
            List<String> now = left.keySet().stream().filter(id -> !referred.contains(id)).toList();
            for (String id : now.isEmpty() ? List.copyOf(left.keySet()) : now) {
                em.remove(left.remove(id));
                SyncRows.Base base = em.find(SyncRows.Base.class, id);
                if (base != null) {
                    em.remove(base);
                }
            }
            em.flush();
        }
        return gone;
    }

    /**
     * Replaces every reference of a record from the server (which refers to other records by id only) by the record
     * in this database, or by nothing when this database does not have it (outside what this user receives) or the
     * same answer removes it.
     */
    private static void resolveReferences(EntityManager em, SyncedObject record, Map<String, SyncedObject> written,
            References.Removal removal) {
        List<EObject> all = new ArrayList<>();
        all.add(record);
        record.eAllContents().forEachRemaining(all::add);
        for (EObject object : all) {
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || !object.eIsSet(reference)) {
                    continue;
                }
                if (reference.isMany()) {
                    @SuppressWarnings("unchecked")
                    List<SyncedObject> targets = (List<SyncedObject>) object.eGet(reference);
                    List<SyncedObject> resolved = new ArrayList<>();
                    for (SyncedObject target : targets) {
                        SyncedObject local = removal.leaves(target.getId()) ? null
                                : local(em, target, written);
                        if (local != null) {
                            resolved.add(local);
                        }
                    }
                    org.eclipse.emf.common.util.ECollections.setEList(
                            (org.eclipse.emf.common.util.EList<SyncedObject>) object.eGet(reference), resolved);
                } else {
                    SyncedObject target = (SyncedObject) object.eGet(reference);
                    object.eSet(reference, removal.leaves(target.getId()) ? null
                            : local(em, target, written));
                }
            }
        }
    }

    /**
     * The server's state replaces this database's: the record and each of its parts carry the local version they
     * replace (optimistic locking compares it), new parts none.
     */
    private static void takeVersions(SyncedObject remote, SyncedObject existing) {
        Map<String, Long> versions = new HashMap<>();
        if (existing != null) {
            versions.put(existing.getId(), existing.getVersion());
            existing.eAllContents().forEachRemaining(part -> {
                if (part instanceof SyncedObject synced) {
                    versions.put(synced.getId(), synced.getVersion());
                }
            });
        }
        remote.setVersion(versions.getOrDefault(remote.getId(), 0L));
        remote.eAllContents().forEachRemaining(part -> {
            if (part instanceof SyncedObject synced) {
                synced.setVersion(versions.getOrDefault(synced.getId(), 0L));
            }
        });
    }

    private static SyncedObject local(EntityManager em, SyncedObject stub, Map<String, SyncedObject> written) {
        SyncedObject done = written.get(stub.getId());
        return done != null ? done : (SyncedObject) em.find(stub.getClass(), stub.getId());
    }

    /**
     * The top-level record of each changed object, looked up once per object however many changes it has (a part
     * no longer in any record maps to null).
     */
    private static Map<String, SyncedObject> roots(EntityManager em, List<ChangeLogRow> changes) {
        Map<String, SyncedObject> roots = new HashMap<>();
        // Only reads: no query here needs the entity manager flushed first. In a transaction (a sync's answer being
        // applied) every query would flush, and a flush compares each record the entity manager has read with its
        // copy: with one query per unsent change, a laptop with 45 000 unsent changes spent over ten minutes here.
        jakarta.persistence.FlushModeType mode = em.getFlushMode();
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        try {
            for (ChangeLogRow change : changes) {
                if (!roots.containsKey(change.objectId)) {
                    roots.put(change.objectId, root(em, change.objectType, change.objectId));
                }
            }
        } finally {
            em.setFlushMode(mode);
        }
        return roots;
    }

    /** The top-level record a changed object belongs to (itself, or the record that contains it), or null. */
    static SyncedObject root(EntityManager em, String type, String id) {
        EClass eClass = (EClass) SamverkaPackage.eINSTANCE.getEClassifier(type);
        if (eClass == null) {
            return null;
        }
        for (EReference container : containersOf(eClass)) {
            EClass owner = container.getEContainingClass();
            List<?> found = em.createQuery("select o.id from " + owner.getName() + " o join o." + container.getName()
                    + " c where c.id = :id").setParameter("id", id).getResultList();
            if (!found.isEmpty()) {
                return root(em, owner.getName(), (String) found.get(0));
            }
        }
        if (!containersOf(eClass).isEmpty()) {
            return null; // a part no longer in any record: its record's own change covers it
        }
        return (SyncedObject) em.find(EcoreUtil.create(eClass).getClass(), id);
    }

    private static final Map<EClass, List<EReference>> CONTAINERS = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<EReference> containersOf(EClass eClass) {
        return CONTAINERS.computeIfAbsent(eClass, c -> {
            List<EReference> found = new ArrayList<>();
            for (var classifier : SamverkaPackage.eINSTANCE.getEClassifiers()) {
                if (classifier instanceof EClass owner) {
                    for (EReference reference : owner.getEReferences()) {
                        if (reference.isContainment() && reference.getEReferenceType() == c) {
                            found.add(reference);
                        }
                    }
                }
            }
            return found;
        });
    }

    private static Map<String, Long> bases(EntityManager em, Set<String> ids) {
        Map<String, Long> bases = new HashMap<>();
        for (String id : ids) {
            SyncRows.Base base = em.find(SyncRows.Base.class, id);
            if (base != null) {
                bases.put(id, base.serverVersion);
            }
        }
        return bases;
    }

    private static void setBase(EntityManager em, String id, long version) {
        SyncRows.Base base = em.find(SyncRows.Base.class, id);
        if (base == null) {
            base = new SyncRows.Base();
            base.objectId = id;
            base.serverVersion = version;
            em.persist(base);
        } else {
            base.serverVersion = version;
        }
    }

    private static Optional<String> setting(EntityManager em, String name) {
        SyncRows.State state = em.find(SyncRows.State.class, name);
        return state == null ? Optional.empty() : Optional.ofNullable(state.settingValue);
    }

    private static void put(EntityManager em, String name, String value) {
        SyncRows.State state = em.find(SyncRows.State.class, name);
        if (state == null) {
            state = new SyncRows.State();
            state.name = name;
            state.settingValue = value;
            em.persist(state);
        } else {
            state.settingValue = value;
        }
    }

    private static void rollbackIfActive(EntityManager em) {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
    }
}
