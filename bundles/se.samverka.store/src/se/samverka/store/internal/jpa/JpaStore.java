package se.samverka.store.internal.jpa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.sessions.UnitOfWork;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.RollbackException;
import se.samverka.model.SamverkaPackage;
import se.samverka.model.SyncedObject;
import se.samverka.model.rules.ModelRules;
import se.samverka.model.rules.Problem;
import se.samverka.model.sync.SyncPolicies;
import se.samverka.model.sync.SyncPolicy;
import se.samverka.model.sync.Transitions;
import se.samverka.store.Change;
import se.samverka.store.LocalStore;
import se.samverka.store.RecordsChanged;
import se.samverka.store.Referrer;
import se.samverka.store.StoreException;
import se.samverka.store.SyncPort;
import se.samverka.store.StoreException.Reason;
import se.samverka.store.internal.derby.EncryptedDerby;

/** The local store on EclipseLink and an encrypted embedded Derby database. */
public final class JpaStore implements LocalStore {

    private final EncryptedDerby database;
    private final CompletableFuture<EntityManagerFactory> factoryReady;
    private final String user;
    private final SyncPort syncPort;
    private final ChangeNotices notices = new ChangeNotices();
    private final StatementCounter statements = new StatementCounter();

    /**
     * Opens the store on a booted database. EclipseLink's start (loading its classes, deploying the mapping and, when
     * the mapping changed, creating or extending tables) runs in the background, so that the window can be shown
     * meanwhile; the first read or write waits for it.
     */
    public JpaStore(EncryptedDerby database, String user) {
        this.database = database;
        this.user = user;
        this.factoryReady = CompletableFuture.supplyAsync(this::startEclipseLink);
        this.syncPort = new JpaSyncPort(this::factory, notices);
    }

    private EntityManagerFactory startEclipseLink() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.CLASSLOADER, JpaStore.class.getClassLoader());
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, database.dataSource());
        properties.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        properties.put(PersistenceUnitProperties.TARGET_DATABASE, "Derby");
        properties.put(PersistenceUnitProperties.SESSION_CUSTOMIZER, EmfSessionCustomizer.class.getName());
        String schema = SchemaVersion.current();
        boolean schemaChanged = !schema.equals(database.schemaVersion());
        // Tables are created or extended only when the mapping changed since the database was last opened.
        properties.put(PersistenceUnitProperties.DDL_GENERATION,
                schemaChanged ? PersistenceUnitProperties.CREATE_OR_EXTEND : PersistenceUnitProperties.NONE);
        properties.put(PersistenceUnitProperties.DDL_GENERATION_MODE,
                PersistenceUnitProperties.DDL_DATABASE_GENERATION);
        properties.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        properties.put(PersistenceUnitProperties.SESSION_NAME, "samverka-" + database.folder());
        EntityManagerFactory factory = new org.eclipse.persistence.jpa.PersistenceProvider()
                .createEntityManagerFactory("samverka", properties);
        // Before the first entity manager, so that every session acquired from this one counts too.
        org.eclipse.persistence.jpa.JpaHelper.getServerSession(factory).getEventManager().addListener(statements);
        // Connect now: deploys the mapping (and creates tables when needed).
        factory.createEntityManager().close();
        if (schemaChanged) {
            database.recordSchemaVersion(schema);
        }
        return factory;
    }

    private EntityManagerFactory factory() {
        try {
            return factoryReady.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public <T extends SyncedObject> List<T> findAll(Class<T> type) {
        EntityManager em = factory().createEntityManager();
        try {
            TypedQuery<T> query = em.createQuery("select o from " + entityName(type) + " o where o.deleted = false",
                    type);
            batchFetch(query, SamverkaPackage.eINSTANCE.getEClassifier(entityName(type)));
            return query.getResultList();
        } finally {
            em.close();
        }
    }

    /**
     * Every reference is loaded eagerly (there is no weaving in OSGi); without batching, a list of a thousand
     * projects would cost a query per project for its indicators, another for their values, and one per person
     * referred to. Batch fetching loads each reference path for all the rows at once, joined to the list's own
     * query (JOIN batching: Derby evaluates long IN lists slowly, a join it can do with its indexes).
     */
    private static void batchFetch(Query query, org.eclipse.emf.ecore.EClassifier type) {
        if (!(type instanceof EClass eClass)) {
            return;
        }
        query.setHint(QueryHints.BATCH_TYPE, BatchFetchType.JOIN);
        List<String> paths = new ArrayList<>();
        referencePaths(eClass, "o", BATCH_DEPTH, paths);
        paths.forEach(path -> query.setHint(QueryHints.BATCH, path));
    }

    private static final int BATCH_DEPTH = 3;

    private static void referencePaths(EClass eClass, String prefix, int depth, List<String> paths) {
        if (depth == 0) {
            return;
        }
        for (org.eclipse.emf.ecore.EReference reference : eClass.getEAllReferences()) {
            String path = prefix + "." + reference.getName();
            paths.add(path);
            if (reference.getEReferenceType() != eClass) {
                referencePaths(reference.getEReferenceType(), path, depth - 1, paths);
            }
        }
    }

    @Override
    public <T extends SyncedObject> Optional<T> find(Class<T> type, String id) {
        return find(type, java.util.Collections.singletonList(id)).stream().findFirst();
    }

    /**
     * The most ids (or keys of a batch read) one statement names: Derby compiles each {@code IN} list into code of
     * its own, and very long lists fail to compile or run slowly.
     */
    static final int CHUNK = 500;

    @Override
    public <T extends SyncedObject> List<T> find(Class<T> type, Collection<String> ids) {
        Map<String, T> byId = new java.util.LinkedHashMap<>();
        for (T found : readChunked(type, "o.id in :ids", ids)) {
            byId.put(found.getId(), found);
        }
        return ids.stream().distinct().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public <T extends SyncedObject> List<T> findBy(Class<T> type, EReference reference, String id) {
        return findBy(type, reference, java.util.Collections.singletonList(id));
    }

    @Override
    public <T extends SyncedObject> List<T> findBy(Class<T> type, EReference reference, Collection<String> ids) {
        EClass eClass = eClassOf(type);
        if (!reference.getEContainingClass().isSuperTypeOf(eClass)) {
            throw new IllegalArgumentException(reference.getEContainingClass().getName() + "." + reference.getName()
                    + " is not a reference of " + eClass.getName());
        }
        // A many-valued reference may name several of the ids: each record once, in the order first read.
        Map<String, T> byId = new java.util.LinkedHashMap<>();
        String join = reference.isMany() ? " join o." + reference.getName() + " r" : "";
        String where = reference.isMany() ? "r.id in :ids" : "o." + reference.getName() + ".id in :ids";
        for (T found : readChunked(type, join, where, ids)) {
            byId.putIfAbsent(found.getId(), found);
        }
        return List.copyOf(byId.values());
    }

    private <T extends SyncedObject> List<T> readChunked(Class<T> type, String where, Collection<String> ids) {
        return readChunked(type, "", where, ids);
    }

    /**
     * Reads the records (not deleted) of a type that a condition on {@code :ids} selects, a chunk of ids per query,
     * each query with its references batch-fetched (see {@link #batchFetchPage}): a fixed number of statements per
     * chunk, however many rows a chunk gives.
     */
    private <T extends SyncedObject> List<T> readChunked(Class<T> type, String join, String where,
            Collection<String> ids) {
        List<String> distinct = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        EClass eClass = eClassOf(type);
        EntityManager em = factory().createEntityManager();
        try {
            List<T> found = new ArrayList<>();
            for (int from = 0; from < distinct.size(); from += CHUNK) {
                TypedQuery<T> query = em.createQuery("select o from " + eClass.getName() + " o" + join + " where "
                        + where + " and o.deleted = false", type);
                query.setParameter("ids", distinct.subList(from, Math.min(distinct.size(), from + CHUNK)));
                batchFetchPage(query, eClass);
                found.addAll(query.getResultList());
            }
            return found;
        } finally {
            em.close();
        }
    }

    /**
     * Batch fetching for the reads of a page (one record, or the records that refer to one): every reference path
     * to {@link #PAGE_DEPTH} steps, with the many-valued attributes at each step, so that a meeting's agenda items'
     * presenters' organisations and their parents, or a mark's enrolment's offering's trainers' organisations, come
     * in one statement per path and not one per row. IN batching (the keys of the rows just read, {@link #CHUNK} at a time), not the JOIN batching of
     * {@link #findAll}: a JOIN batch repeats the page's own query, joined along the whole path, once per path;
     * measured on the pages of {@code PageReadTest} (the statement counts are the same) IN read both pages in about
     * 50 ms, JOIN in 250 to 500 ms, EXISTS in about 300 ms.
     */
    private static void batchFetchPage(Query query, EClass eClass) {
        query.setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN);
        query.setHint(QueryHints.BATCH_SIZE, CHUNK);
        List<String> paths = new ArrayList<>();
        pagePaths(eClass, "o", PAGE_DEPTH, paths);
        paths.forEach(path -> query.setHint(QueryHints.BATCH, path));
    }

    /**
     * The paths {@link #referencePaths} gives and, for the class at each step, its many-valued attributes (a
     * project's focus areas live in a table of their own, read per record unless batched too).
     */
    private static void pagePaths(EClass eClass, String prefix, int depth, List<String> paths) {
        for (EAttribute attribute : eClass.getEAllAttributes()) {
            if (attribute.isMany()) {
                paths.add(prefix + "." + attribute.getName());
            }
        }
        if (depth == 0) {
            return;
        }
        for (org.eclipse.emf.ecore.EReference reference : eClass.getEAllReferences()) {
            String path = prefix + "." + reference.getName();
            paths.add(path);
            // A reference to its own class (an organisation's parent) is not followed further; its attributes are.
            pagePaths(reference.getEReferenceType(), path, reference.getEReferenceType() != eClass ? depth - 1 : 0,
                    paths);
        }
    }

    /** The longest chain a page follows: an invitation's meeting's agenda items' presenters' organisations' parents. */
    private static final int PAGE_DEPTH = 5;

    private static EClass eClassOf(Class<?> type) {
        if (SamverkaPackage.eINSTANCE.getEClassifier(entityName(type)) instanceof EClass eClass
                && eClass.getInstanceClass() != null && eClass.getInstanceClass().isAssignableFrom(type)) {
            return eClass;
        }
        throw new IllegalArgumentException("Not a class of the model: " + type.getName());
    }

    /** The SQL statements this store has sent to its database since it was opened (for tests, see StoreProbe). */
    public long statementsExecuted() {
        return statements.executed();
    }

    /**
     * Starts keeping the text of the statements this store sends ({@code true}), or stops and returns those kept
     * since ({@code false}); for tests, see StoreProbe.
     */
    public List<String> recordStatements(boolean start) {
        if (start) {
            statements.startRecording();
            return List.of();
        }
        return statements.stopRecording();
    }

    @Override
    public <T extends SyncedObject> T save(T object) throws StoreException {
        return write(List.of(object), false).get(0);
    }

    @Override
    public <T extends SyncedObject> T saveClearingReferences(T object) throws StoreException {
        return write(List.of(object), true).get(0);
    }

    @Override
    public <T extends SyncedObject> List<T> saveAll(Collection<? extends T> objects) throws StoreException {
        return write(List.copyOf(objects), false);
    }

    @Override
    public List<Referrer> referrers(SyncedObject target) {
        if (target.getId() == null) {
            return List.of();
        }
        Map<String, EClass> inside = References.withParts(target);
        EntityManager em = factory().createEntityManager();
        try {
            return References.find(em, inside).stream()
                    .filter(found -> !inside.containsKey(found.referrer().getId())
                            && !References.deleted(em, found.referrer()))
                    .map(found -> References.describe(em, found)).distinct().toList();
        } finally {
            em.close();
        }
    }

    /**
     * Writes records in one transaction with their change-log rows: all of them or, when one fails, none. The
     * objects are checked against the model's rules first, so an invalid one writes nothing.
     */
    private <T extends SyncedObject> List<T> write(List<? extends T> objects, boolean clearReferences)
            throws StoreException {
        for (T object : objects) {
            List<Problem> errors = ModelRules.validate(object, Locale.getDefault()).stream().filter(Problem::error)
                    .toList();
            if (!errors.isEmpty()) {
                throw new StoreException(Reason.INVALID, describe(object) + ": " + errors.stream()
                        .map(Problem::message).collect(Collectors.joining(" ")));
            }
        }
        String what = objects.size() == 1 ? describe(objects.get(0)) : objects.size() + " records";
        EntityManager em = factory().createEntityManager();
        try {
            em.getTransaction().begin();
            Date now = new Date();
            List<T> saved = new ArrayList<>(objects.size());
            for (T object : objects) {
                refuseForbiddenTransitions(em, object);
                object.setModifiedAt(now);
                object.setModifiedBy(user);
                assignIds(object, now);
                References.Removal removal = new References.Removal();
                if (object.getVersion() > 0) {
                    removal.add((SyncedObject) em.find(object.getClass(), object.getId()), object);
                }
                saved.add(em.merge(object));
                clearReferencesTo(em, removal, clearReferences);
            }
            ChangeNotices.Changed changed = recordChanges(em, objects);
            em.getTransaction().commit();
            notices.tell(changed, RecordsChanged.Cause.SAVE);
            return saved;
        } catch (OptimisticLockException e) {
            throw new StoreException(Reason.CHANGED_ELSEWHERE, "Changed by someone else: " + what, e);
        } catch (RollbackException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new StoreException(Reason.CHANGED_ELSEWHERE, "Changed by someone else: " + what, e);
            }
            throw new StoreException(Reason.FAILED, "Cannot save " + what + ": " + e.getMessage(), e);
        } catch (PersistenceException e) {
            throw new StoreException(Reason.FAILED, "Cannot save " + what + ": " + e.getMessage(), e);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /**
     * References to what a write removes: a tombstone that refers to a removed part is cleared (the foreign key would
     * fail, and nobody works with a tombstone); a live record's reference is cleared when the caller asked for it and
     * the reference is optional (or points to a tombstone of which it may keep the id), and refused otherwise, with
     * the referrers named. Records removed in the same write do not count.
     */
    private void clearReferencesTo(EntityManager em, References.Removal removal, boolean clearReferences)
            throws StoreException {
        if (removal.isEmpty()) {
            return;
        }
        List<Referrer> refused = new ArrayList<>();
        for (References.Found found : References.find(em, removal.all())) {
            if (removal.contains(found.referrer().getId()) || !found.holds()) {
                continue;
            }
            boolean live = !References.deleted(em, found.referrer());
            if (!live && removal.mustClear(found.reference(), found.target())
                    || live && clearReferences && !found.reference().isRequired()) {
                found.clear();
            } else if (live && (clearReferences || removal.leaves(found.target()))) {
                refused.add(References.describe(em, found));
            }
        }
        if (!refused.isEmpty()) {
            throw new StoreException(refused, "Still referred to by " + refused.stream()
                    .map(r -> r.type() + " \u00ab" + r.label() + "\u00bb (" + r.reference() + ")").toList());
        }
    }

    /**
     * A status (an enrolment's) may only change as its record's {@link SyncPolicy} allows: the stored status is
     * compared with the new one in the writing transaction.
     */
    private static void refuseForbiddenTransitions(EntityManager em, SyncedObject object) throws StoreException {
        if (object.getId() == null || object.getVersion() == 0) {
            return;
        }
        for (Map.Entry<EAttribute, Transitions> status : SyncPolicies.of(object.eClass()).statuses().entrySet()) {
            // The stored value, not this transaction's: and without flushing, since a flush here would take the
            // records merged before it in the same saveAll out of the changes the change log is written from.
            List<?> stored = em.createQuery("select o." + status.getKey().getName() + " from "
                    + object.eClass().getName() + " o where o.id = :id").setParameter("id", object.getId())
                    .setFlushMode(jakarta.persistence.FlushModeType.COMMIT).getResultList();
            Enumerator now = (Enumerator) object.eGet(status.getKey());
            if (!stored.isEmpty() && !status.getValue().isAllowed((Enumerator) stored.get(0), now)) {
                throw new StoreException(Reason.INVALID,
                        status.getValue().refusal((Enumerator) stored.get(0), now, Locale.getDefault()));
            }
        }
    }

    @Override
    public <T extends SyncedObject> Map<List<Object>, java.math.BigDecimal> sum(Class<T> type, String items,
            String amount, Map<String, Object> itemsWhere, String... groupBy) {
        checkPaths(groupBy);
        checkPaths(items, amount);
        checkPaths(itemsWhere.keySet().toArray(String[]::new));
        String keys = Arrays.stream(groupBy).map(path -> "o." + path).collect(Collectors.joining(", "));
        StringBuilder jpql = new StringBuilder("select ").append(keys.isEmpty() ? "" : keys + ", ")
                .append("sum(i.").append(amount).append(") from ").append(entityName(type)).append(" o join o.")
                .append(items).append(" i where o.deleted = false");
        List<Object> values = new ArrayList<>();
        itemsWhere.forEach((feature, value) -> {
            jpql.append(" and i.").append(feature).append(" = :p").append(values.size());
            values.add(value);
        });
        if (!keys.isEmpty()) {
            jpql.append(" group by ").append(keys);
        }
        EntityManager em = factory().createEntityManager();
        try {
            Map<List<Object>, java.math.BigDecimal> byContainer = sumByContainer(em, type, items, amount, itemsWhere,
                    groupBy);
            if (byContainer != null) {
                return byContainer;
            }
            Query query = em.createQuery(jpql.toString());
            for (int i = 0; i < values.size(); i++) {
                query.setParameter("p" + i, values.get(i));
            }
            Map<List<Object>, java.math.BigDecimal> sums = new HashMap<>();
            for (Object row : query.getResultList()) {
                Object[] cells = row instanceof Object[] array ? array : new Object[] { row };
                Object total = cells[cells.length - 1];
                sums.put(List.of(Arrays.copyOf(cells, cells.length - 1)), total == null ? java.math.BigDecimal.ZERO
                        : new java.math.BigDecimal(total.toString()));
            }
            return sums;
        } finally {
            em.close();
        }
    }

    /**
     * {@link #sum} without a join: the items summed alone, grouped by the record they are part of (one table, read
     * once), and the groups of the records that are not deleted read apart and matched in memory. Derby joins the two
     * tables slowly: for the large county's planned expenses per project (3 900 budgets, 23 000 lines) the join was
     * most of the project list's opening (docs/BENCHMARKS.md). {@code null} when the list is not mapped as items
     * holding the id of their record in a column of their own table (then {@link #sum} joins).
     */
    private Map<List<Object>, java.math.BigDecimal> sumByContainer(EntityManager em, Class<?> type, String items,
            String amount, Map<String, Object> itemsWhere, String[] groupBy) {
        var session = em.unwrap(org.eclipse.persistence.sessions.Session.class);
        var list = containedItems(session, type, items);
        if (list == null || !(list.getReferenceDescriptor().getMappingForAttributeName(
                amount) instanceof org.eclipse.persistence.mappings.foundation.AbstractDirectMapping summed)) {
            return null;
        }
        var itemDescriptor = list.getReferenceDescriptor();
        StringBuilder sql = new StringBuilder("SELECT ").append(list.getTargetForeignKeyFields().get(0).getName())
                .append(", SUM(").append(summed.getField().getName()).append(") FROM ")
                .append(itemDescriptor.getTables().get(0).getQualifiedName());
        List<Object> values = new ArrayList<>();
        for (Map.Entry<String, Object> condition : itemsWhere.entrySet()) {
            if (!(itemDescriptor.getMappingForAttributeName(condition.getKey())
                    instanceof org.eclipse.persistence.mappings.foundation.AbstractDirectMapping field)) {
                return null;
            }
            sql.append(values.isEmpty() ? " WHERE " : " AND ").append(field.getField().getName()).append(" = ?");
            values.add(field.getFieldValue(condition.getValue(),
                    (org.eclipse.persistence.internal.sessions.AbstractSession) session));
        }
        sql.append(" GROUP BY ").append(list.getTargetForeignKeyFields().get(0).getName());
        Query summing = em.createNativeQuery(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            summing.setParameter(i + 1, values.get(i));
        }
        Map<Object, java.math.BigDecimal> perRecord = new HashMap<>();
        for (Object row : summing.getResultList()) {
            Object[] cells = (Object[]) row;
            perRecord.put(cells[0], cells[1] == null ? java.math.BigDecimal.ZERO
                    : new java.math.BigDecimal(cells[1].toString()));
        }
        String keys = Arrays.stream(groupBy).map(path -> ", o." + path).collect(Collectors.joining());
        Map<List<Object>, java.math.BigDecimal> sums = new HashMap<>();
        for (Object row : em.createQuery("select o.id" + keys + " from " + entityName(type)
                + " o where o.deleted = false").getResultList()) {
            Object[] cells = row instanceof Object[] array ? array : new Object[] { row };
            java.math.BigDecimal sum = perRecord.get(cells[0]);
            List<Object> key = Arrays.asList(Arrays.copyOfRange(cells, 1, cells.length));
            if (sum != null && !key.contains(null)) {
                sums.merge(List.copyOf(key), sum, java.math.BigDecimal::add);
            }
        }
        return sums;
    }

    @Override
    public <T extends SyncedObject> Map<List<Object>, Map<Object, List<java.math.BigDecimal>>> sums(Class<T> type,
            Map<String, Object> where, String items, String itemsBy, List<String> amounts, String... groupBy) {
        checkPaths(groupBy);
        checkPaths(items, itemsBy);
        checkPaths(amounts.toArray(String[]::new));
        checkPaths(where.keySet().toArray(String[]::new));
        if (amounts.isEmpty()) {
            throw new IllegalArgumentException("Nothing to sum");
        }
        List<Map.Entry<String, Object>> conditions = List.copyOf(where.entrySet());
        EntityManager em = factory().createEntityManager();
        try {
            Map<List<Object>, Map<Object, List<java.math.BigDecimal>>> byContainer = sumsByContainer(em, type,
                    conditions, items, itemsBy, amounts, groupBy);
            if (byContainer != null) {
                return byContainer;
            }
            String keys = Arrays.stream(groupBy).map(path -> "o." + path + ", ").collect(Collectors.joining());
            String sums = amounts.stream().map(a -> ", sum(i." + a + ")").collect(Collectors.joining());
            Map<List<Object>, Map<Object, List<java.math.BigDecimal>>> result = new HashMap<>();
            Query query = em.createQuery("select " + keys + "i." + itemsBy + sums + " from " + entityName(type)
                    + " o join o." + items + " i where o.deleted = false" + where(conditions) + " group by " + keys
                    + "i." + itemsBy);
            parameters(query, conditions);
            for (Object row : query.getResultList()) {
                Object[] cells = (Object[]) row;
                List<Object> key = Arrays.asList(Arrays.copyOf(cells, groupBy.length));
                if (!key.contains(null)) {
                    merge(result, List.copyOf(key), cells[groupBy.length],
                            Arrays.copyOfRange(cells, groupBy.length + 1, cells.length));
                }
            }
            return result;
        } finally {
            em.close();
        }
    }

    /**
     * {@link #sums} as {@link #sumByContainer} sums: the items' table alone, grouped by their record's id and the
     * {@code itemsBy} column, then the records that are not deleted with their groups, matched in memory. Two
     * statements whatever the number of records; {@code null} when the list is not mapped that way.
     */
    private Map<List<Object>, Map<Object, List<java.math.BigDecimal>>> sumsByContainer(EntityManager em,
            Class<?> type, List<Map.Entry<String, Object>> where, String items, String itemsBy, List<String> amounts,
            String[] groupBy) {
        var session = em.unwrap(org.eclipse.persistence.sessions.Session.class);
        var list = containedItems(session, type, items);
        if (list == null || !(list.getReferenceDescriptor().getMappingForAttributeName(
                itemsBy) instanceof org.eclipse.persistence.mappings.foundation.AbstractDirectMapping by)) {
            return null;
        }
        var itemDescriptor = list.getReferenceDescriptor();
        String container = list.getTargetForeignKeyFields().get(0).getName();
        StringBuilder sql = new StringBuilder("SELECT ").append(container).append(", ")
                .append(by.getField().getName());
        for (String amount : amounts) {
            if (!(itemDescriptor.getMappingForAttributeName(
                    amount) instanceof org.eclipse.persistence.mappings.foundation.AbstractDirectMapping summed)) {
                return null;
            }
            sql.append(", SUM(").append(summed.getField().getName()).append(")");
        }
        sql.append(" FROM ").append(itemDescriptor.getTables().get(0).getQualifiedName());
        List<Object> values = new ArrayList<>();
        if (!where.isEmpty()) {
            // Only the items of the records asked for: their ids in a subquery on the records' table, which Derby
            // answers through the index of the items' foreign key instead of reading every item.
            var descriptor = session.getDescriptorForAlias(entityName(type));
            if (descriptor.getTables().size() != 1 || descriptor.getPrimaryKeyFields().size() != 1) {
                return null;
            }
            sql.append(" WHERE ").append(container).append(" IN (SELECT ")
                    .append(descriptor.getPrimaryKeyFields().get(0).getName()).append(" FROM ")
                    .append(descriptor.getTables().get(0).getQualifiedName());
            String joint = " WHERE ";
            for (Map.Entry<String, Object> condition : where) {
                if (!(descriptor.getMappingForAttributeName(condition.getKey())
                        instanceof org.eclipse.persistence.mappings.foundation.AbstractDirectMapping field)) {
                    return null;
                }
                sql.append(joint).append(field.getField().getName()).append(" = ?");
                values.add(field.getFieldValue(condition.getValue(),
                        (org.eclipse.persistence.internal.sessions.AbstractSession) session));
                joint = " AND ";
            }
            sql.append(")");
        }
        sql.append(" GROUP BY ").append(container).append(", ").append(by.getField().getName());
        Query summing = em.createNativeQuery(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            summing.setParameter(i + 1, values.get(i));
        }
        Map<Object, Map<Object, Object[]>> perRecord = new HashMap<>();
        for (Object row : summing.getResultList()) {
            Object[] cells = (Object[]) row;
            perRecord.computeIfAbsent(cells[0], k -> new HashMap<>()).put(
                    by.getObjectValue(cells[1], session), Arrays.copyOfRange(cells, 2, cells.length));
        }
        String keys = Arrays.stream(groupBy).map(path -> ", o." + path).collect(Collectors.joining());
        Map<List<Object>, Map<Object, List<java.math.BigDecimal>>> result = new HashMap<>();
        Query records = em.createQuery("select o.id" + keys + " from " + entityName(type) + " o where o.deleted = false"
                + where(where));
        parameters(records, where);
        for (Object row : records.getResultList()) {
            Object[] cells = row instanceof Object[] array ? array : new Object[] { row };
            Map<Object, Object[]> sums = perRecord.get(cells[0]);
            List<Object> key = Arrays.asList(Arrays.copyOfRange(cells, 1, cells.length));
            if (sums != null && !key.contains(null)) {
                List<Object> group = List.copyOf(key);
                sums.forEach((value, amountSums) -> merge(result, group, value, amountSums));
            }
        }
        return result;
    }

    /** JPQL conditions on the records {@code o}, one parameter {@code :w0}, {@code :w1} … each, after a first one. */
    private static String where(List<Map.Entry<String, Object>> conditions) {
        StringBuilder jpql = new StringBuilder();
        for (int i = 0; i < conditions.size(); i++) {
            jpql.append(" and o.").append(conditions.get(i).getKey()).append(" = :w").append(i);
        }
        return jpql.toString();
    }

    private static void parameters(Query query, List<Map.Entry<String, Object>> conditions) {
        for (int i = 0; i < conditions.size(); i++) {
            query.setParameter("w" + i, conditions.get(i).getValue());
        }
    }

    /**
     * The mapping of a contained list whose items are in one table of their own, holding their record's id in one
     * column: what {@link #sumByContainer} and {@link #sumsByContainer} sum without a join; {@code null} otherwise.
     */
    private static org.eclipse.persistence.mappings.UnidirectionalOneToManyMapping containedItems(
            org.eclipse.persistence.sessions.Session session, Class<?> type, String items) {
        var descriptor = session.getDescriptorForAlias(entityName(type));
        if (descriptor != null && descriptor.getMappingForAttributeName(
                items) instanceof org.eclipse.persistence.mappings.UnidirectionalOneToManyMapping list
                && list.getTargetForeignKeyFields().size() == 1
                && list.getReferenceDescriptor().getTables().size() == 1) {
            return list;
        }
        return null;
    }

    private static void merge(Map<List<Object>, Map<Object, List<java.math.BigDecimal>>> result, List<Object> group,
            Object value, Object[] amountSums) {
        List<java.math.BigDecimal> add = Arrays.stream(amountSums).map(sum -> sum == null ? java.math.BigDecimal.ZERO
                : new java.math.BigDecimal(sum.toString())).toList();
        result.computeIfAbsent(group, k -> new HashMap<>()).merge(value, add, (a, b) -> {
            List<java.math.BigDecimal> both = new ArrayList<>(a.size());
            for (int i = 0; i < a.size(); i++) {
                both.add(a.get(i).add(b.get(i)));
            }
            return List.copyOf(both);
        });
    }

    @Override
    public <T extends SyncedObject> List<Object[]> select(Class<T> type, String... paths) {
        // The id comes first, so that list sizes (counted in a query of their own) can be matched to the rows.
        List<String> columns = new ArrayList<>(List.of("o.id"));
        Map<Integer, String> sizes = new HashMap<>();
        Map<String, String> joins = new java.util.LinkedHashMap<>();
        for (int i = 0; i < paths.length; i++) {
            String path = paths[i];
            java.util.regex.Matcher size = SIZE.matcher(path);
            if (size.matches()) {
                checkPaths(size.group(1));
                sizes.put(i, size.group(1));
                columns.add("o.id");
                continue;
            }
            checkPaths(path);
            String[] steps = path.split("\\.");
            if (steps.length > 2) {
                throw new IllegalArgumentException("Only one reference step is supported: " + path);
            }
            if (steps.length == 2) {
                String alias = joins.computeIfAbsent(steps[0], reference -> "j" + joins.size());
                columns.add(alias + "." + steps[1]);
            } else {
                columns.add("o." + path);
            }
        }
        StringBuilder jpql = new StringBuilder("select ").append(String.join(", ", columns)).append(" from ")
                .append(entityName(type)).append(" o");
        joins.forEach((reference, alias) -> jpql.append(" left join o.").append(reference).append(' ').append(alias));
        jpql.append(" where o.deleted = false");
        EntityManager em = factory().createEntityManager();
        try {
            Map<String, Map<String, Long>> counted = new HashMap<>();
            for (String list : new java.util.HashSet<>(sizes.values())) {
                Map<String, Long> byId = new HashMap<>();
                for (Object row : em.createQuery("select o.id, count(i) from " + entityName(type) + " o join o."
                        + list + " i where o.deleted = false group by o.id").getResultList()) {
                    Object[] cells = (Object[]) row;
                    byId.put((String) cells[0], ((Number) cells[1]).longValue());
                }
                counted.put(list, byId);
            }
            List<Object[]> rows = new ArrayList<>();
            for (Object row : em.createQuery(jpql.toString()).getResultList()) {
                Object[] cells = (Object[]) row;
                Object[] values = Arrays.copyOfRange(cells, 1, cells.length);
                sizes.forEach((index, list) -> values[index] = counted.get(list).getOrDefault((String) cells[0], 0L));
                rows.add(values);
            }
            return rows;
        } finally {
            em.close();
        }
    }

    private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile("size\\((\\w+)\\)");

    @Override
    public <T extends SyncedObject> Map<String, List<Object>> selectMany(Class<T> type, String attribute) {
        checkPaths(attribute);
        EntityManager em = factory().createEntityManager();
        try {
            Map<String, List<Object>> values = new HashMap<>();
            List<?> rows = em.createQuery("select o.id, v from " + entityName(type) + " o join o." + attribute
                    + " v where o.deleted = false").getResultList();
            for (Object row : rows) {
                Object[] cells = (Object[]) row;
                values.computeIfAbsent((String) cells[0], id -> new ArrayList<>()).add(cells[1]);
            }
            return values;
        } finally {
            em.close();
        }
    }

    private static void checkPaths(String... paths) {
        for (String path : paths) {
            if (!path.matches("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*")) {
                throw new IllegalArgumentException("Not a feature path: " + path);
            }
        }
    }

    @Override
    public <T extends SyncedObject> Map<List<Object>, Long> count(Class<T> type, String... groupBy) {
        checkPaths(groupBy);
        String keys = java.util.Arrays.stream(groupBy).map(path -> "o." + path).collect(Collectors.joining(", "));
        String jpql = groupBy.length == 0
                ? "select count(o) from " + entityName(type) + " o where o.deleted = false"
                : "select " + keys + ", count(o) from " + entityName(type) + " o where o.deleted = false group by "
                        + keys;
        EntityManager em = factory().createEntityManager();
        try {
            Map<List<Object>, Long> counts = new HashMap<>();
            for (Object row : em.createQuery(jpql).getResultList()) {
                Object[] values = row instanceof Object[] array ? array : new Object[] { row };
                List<Object> key = Arrays.asList(Arrays.copyOf(values, values.length - 1));
                counts.put(java.util.Collections.unmodifiableList(key), ((Number) values[values.length - 1])
                        .longValue());
            }
            return counts;
        } finally {
            em.close();
        }
    }

    @Override
    public boolean isEmpty() {
        EntityManager em = factory().createEntityManager();
        try {
            return em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult() == 0
                    && em.createQuery("select count(c) from ChangeLogRow c", Long.class).getSingleResult() == 0;
        } finally {
            em.close();
        }
    }

    @Override
    public <T extends SyncedObject> T delete(T object) throws StoreException {
        object.setDeleted(true);
        return save(object);
    }

    /**
     * Writes a change-log row for every object this transaction inserts or updates, in the same transaction: the
     * changes are computed first, then flushed (which gives the new versions), then the rows are written in the order
     * the records were given (their parts and the referrers a save clears after them). That order is the order sync
     * pushes them in, and the server decides some of them in that order: a seat given up and the promotion into it,
     * saved together, must reach the server cancellation first.
     */
    private ChangeNotices.Changed recordChanges(EntityManager em, List<? extends SyncedObject> given) {
        UnitOfWork unitOfWork = em.unwrap(UnitOfWork.class);
        record Pending(EObject object, EClass eClass, String kind, List<String> fields, long oldVersion) {
        }
        List<Pending> pending = new ArrayList<>();
        for (Object registered : unitOfWork.getCurrentChanges().getAllChangeSets().values()) {
            ObjectChangeSet set = (ObjectChangeSet) registered;
            if (!set.hasChanges() && !set.isNew()) {
                continue;
            }
            Object clone = ((org.eclipse.persistence.internal.sessions.ObjectChangeSet) set)
                    .getUnitOfWorkClone();
            if (!(clone instanceof SyncedObject synced)) {
                continue;
            }
            EClass eClass = synced.eClass();
            List<String> fields = set.isNew() ? setFeatures(synced) : new ArrayList<>(set.getChangedAttributeNames());
            // The bookkeeping fields change with every write; the log names what the user changed.
            fields.removeIf(SyncPolicy::isBookkeeping);
            String kind = set.isNew() ? Change.Kind.INSERT.name()
                    : fields.contains("deleted") && synced.isDeleted() ? Change.Kind.DELETE.name()
                    : Change.Kind.UPDATE.name();
            pending.add(new Pending(synced, eClass, kind, fields, set.isNew() ? 0 : synced.getVersion()));
        }
        em.flush();
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            order.putIfAbsent(given.get(i).getId(), i);
        }
        pending.sort(Comparator.comparingInt(
                p -> order.getOrDefault(((SyncedObject) p.object()).getId(), Integer.MAX_VALUE)));
        Date now = new Date();
        ChangeNotices.Changed changed = new ChangeNotices.Changed();
        // One row per record, in this order: the log's sequence numbers (and so the outbox) follow it. Rows
        // persisted as entities would be inserted in the order of EclipseLink's unit of work, which is a hash order.
        // They go as one JDBC batch on the transaction's connection: a query through the entity manager flushes
        // first, and every flush compares each record of the unit of work with its copy, so a row per query made
        // saving n records cost n x n comparisons (the large demo county, 45 000 records, took over half an hour).
        java.sql.Timestamp at = new java.sql.Timestamp(now.getTime());
        java.sql.Connection connection = em.unwrap(java.sql.Connection.class);
        try (java.sql.PreparedStatement insert = connection.prepareStatement("INSERT INTO CHANGE_LOG (OBJECT_TYPE, "
                + "OBJECT_ID, KIND, FIELDS, OLD_VERSION, NEW_VERSION, USER_NAME, CHANGED_AT, SENT) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (Pending p : pending) {
                changed.add(p.object());
                insert.setString(1, p.eClass().getName());
                insert.setString(2, ((SyncedObject) p.object()).getId());
                insert.setString(3, p.kind());
                insert.setString(4, String.join(",", p.fields()));
                insert.setLong(5, p.oldVersion());
                insert.setLong(6, ((SyncedObject) p.object()).getVersion());
                insert.setString(7, user);
                insert.setTimestamp(8, at);
                insert.setBoolean(9, false);
                insert.addBatch();
                if (++batched % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        } catch (java.sql.SQLException e) {
            throw new PersistenceException("Could not write the change log", e);
        }
        return changed;
    }

    /** New objects (and new contained children) get their UUID before EclipseLink sees them. */
    /** Ids for the record and its new parts; a new part also gets who made it and when (a status change's "who"). */
    private void assignIds(SyncedObject object, Date now) {
        if (object.getId() == null) {
            object.setId(UUID.randomUUID().toString());
        }
        for (var contents = object.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof SyncedObject child && child.getId() == null) {
                child.setId(UUID.randomUUID().toString());
                if (child.getModifiedBy() == null) {
                    child.setModifiedBy(user);
                    child.setModifiedAt(now);
                }
            }
        }
    }

    private static List<String> setFeatures(EObject object) {
        List<String> fields = new ArrayList<>();
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (object.eIsSet(feature) && feature.getEContainingClass() != SamverkaPackage.Literals.SYNCED_OBJECT) {
                fields.add(feature.getName());
            }
        }
        return fields;
    }

    @Override
    public List<Change> changes() {
        EntityManager em = factory().createEntityManager();
        try {
            return em.createQuery("select c from ChangeLogRow c order by c.seq", ChangeLogRow.class).getResultList()
                    .stream()
                    .map(r -> new Change(r.seq, r.objectType, r.objectId, Change.Kind.valueOf(r.kind),
                            r.fields == null || r.fields.isEmpty() ? List.of() : Arrays.asList(r.fields.split(",")),
                            r.oldVersion, r.newVersion, r.userName, r.changedAt.toInstant()))
                    .toList();
        } finally {
            em.close();
        }
    }

    @Override
    public Runnable onChange(java.util.function.Consumer<RecordsChanged> listener) {
        return notices.add(listener);
    }

    @Override
    public SyncPort sync() {
        return syncPort;
    }

    @Override
    public void close() {
        try {
            EntityManagerFactory factory = factory();
            if (factory.isOpen()) {
                factory.close();
            }
        } catch (RuntimeException e) {
            // EclipseLink never started: nothing to close but the database.
        } finally {
            database.shutdown();
        }
    }

    private static String entityName(Class<?> type) {
        return type.getSimpleName().endsWith("Impl")
                ? type.getSimpleName().substring(0, type.getSimpleName().length() - 4)
                : type.getSimpleName();
    }

    private static String describe(SyncedObject object) {
        return object.eClass().getName() + " " + object.getId();
    }
}
