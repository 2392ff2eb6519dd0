package se.samverka.model.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import se.samverka.model.SamverkaPackage;

/**
 * What one class of records means to sync: who receives it and who may change it, how its scope is worked out, and
 * how its fields merge. The policies of all classes are in {@link SyncPolicies}; the laptop's store and the county
 * server both follow them. A record's parts (agenda items, budget lines, …) travel and merge with it and follow its
 * policy.
 *
 * @param type        the class of the records
 * @param shared      received by every user (reference data without personal data); otherwise by county staff and
 *                    the users who reach its scope through the parts their {@link Role} receives through
 * @param scope       where each part of its scope comes from; a part not named is empty
 * @param writers     who, besides county staff, may change it; nobody else may
 * @param creators    who else may only create it, together with a new record that refers to it ({@link Creation})
 * @param statuses    its status fields and their allowed transitions
 * @param serverRules what the county server decides for it after the merge
 * @param countyOnly  the fields only county staff may change, though others may change the record (a decision): a
 *                    field with no values named is the county's whatever its value; a field with values named is the
 *                    county's only when it is set to one of them (a support's status GRANTED or REJECTED). A new
 *                    record with such a field set is the county's to make.
 */
public record SyncPolicy(EClass type, boolean shared, Map<ScopePart, ScopeSource> scope, List<Grant> writers,
        List<Creation> creators, Map<EAttribute, Transitions> statuses, Set<ServerRule> serverRules,
        Map<EStructuralFeature, Set<String>> countyOnly) {

    /**
     * The fields of every record that say which record and version it is and who changed it when: not what a user
     * changed, and never a conflict (the laptop's values are taken).
     */
    public static final Set<EAttribute> BOOKKEEPING = Set.of(SamverkaPackage.Literals.SYNCED_OBJECT__ID,
            SamverkaPackage.Literals.SYNCED_OBJECT__VERSION, SamverkaPackage.Literals.SYNCED_OBJECT__MODIFIED_AT,
            SamverkaPackage.Literals.SYNCED_OBJECT__MODIFIED_BY);

    /** Users of a role who reach this part of a record's scope may change it. */
    public record Grant(Role role, ScopePart through) {
    }

    /**
     * Users of a role may create a record of this class (never change one the county has) when the same sync brings
     * a new record of the class that declares {@code with}, which refers to it through {@code with} (or has it in its
     * list, for a many-valued reference) and which they may change: a trainer's walk-in, a new person enrolled in
     * place in an offering they train. With {@code byChange}, the bringing record may also be one the server already
     * has, which they change in the same sync: a coordinator's project given a partner organisation made in place.
     */
    public record Creation(Role role, EReference with, boolean byChange) {

        /** A creation brought by a new record only. */
        public Creation(Role role, EReference with) {
            this(role, with, false);
        }
    }

    public SyncPolicy {
        Map<ScopePart, ScopeSource> parts = new EnumMap<>(ScopePart.class);
        parts.putAll(scope);
        scope = Collections.unmodifiableMap(parts);
        writers = List.copyOf(writers);
        creators = List.copyOf(creators);
        statuses = Map.copyOf(statuses);
        serverRules = Set.copyOf(serverRules);
        countyOnly = Map.copyOf(countyOnly);
    }

    /** The policy of reference data that every user receives; only county staff change it unless granted. */
    static SyncPolicy shared(EClass type) {
        return new SyncPolicy(type, true, Map.of(), List.of(), List.of(), Map.of(), Set.of(), Map.of());
    }

    /** The policy of records that county staff and the users who reach their scope receive. */
    static SyncPolicy inScope(EClass type) {
        return new SyncPolicy(type, false, Map.of(), List.of(), List.of(), Map.of(), Set.of(), Map.of());
    }

    /** This policy with a part of the scope coming from a source. */
    SyncPolicy scope(ScopePart part, ScopeSource source) {
        Map<ScopePart, ScopeSource> more = new EnumMap<>(ScopePart.class);
        more.putAll(scope);
        more.put(part, source);
        return new SyncPolicy(type, shared, more, writers, creators, statuses, serverRules, countyOnly);
    }

    /** This policy with users of a role who reach a part of the scope allowed to change the records. */
    SyncPolicy changedBy(Role role, ScopePart through) {
        List<Grant> more = new ArrayList<>(writers);
        more.add(new Grant(role, through));
        return new SyncPolicy(type, shared, scope, more, creators, statuses, serverRules, countyOnly);
    }

    /**
     * This policy with users of a role allowed to create records (not change them) together with a new record that
     * refers to them through {@code with} and that they may change.
     */
    SyncPolicy createdWith(Role role, EReference with) {
        if (with.getEReferenceType() != type) {
            throw new IllegalArgumentException(with.getName() + " does not refer to " + type.getName());
        }
        List<Creation> more = new ArrayList<>(creators);
        more.add(new Creation(role, with));
        return new SyncPolicy(type, shared, scope, writers, more, statuses, serverRules, countyOnly);
    }

    /**
     * This policy with users of a role allowed to create records (not change them) together with a record, new or
     * changed, that refers to them through {@code with} and that they may change.
     */
    SyncPolicy createdWithChange(Role role, EReference with) {
        if (with.getEReferenceType() != type) {
            throw new IllegalArgumentException(with.getName() + " does not refer to " + type.getName());
        }
        List<Creation> more = new ArrayList<>(creators);
        more.add(new Creation(role, with, true));
        return new SyncPolicy(type, shared, scope, writers, more, statuses, serverRules, countyOnly);
    }

    /** This policy with a status field that changes only as its transitions allow. */
    SyncPolicy status(EAttribute status, Transitions transitions) {
        Map<EAttribute, Transitions> more = new HashMap<>(statuses);
        more.put(status, transitions);
        return new SyncPolicy(type, shared, scope, writers, creators, more, serverRules, countyOnly);
    }

    /** This policy with something the county server decides. */
    SyncPolicy decidedByServer(ServerRule rule) {
        Set<ServerRule> more = new HashSet<>(serverRules);
        more.add(rule);
        return new SyncPolicy(type, shared, scope, writers, creators, statuses, more, countyOnly);
    }

    /**
     * This policy with a field only county staff may change ({@code values} empty), or only county staff may set to
     * one of these values (an enumeration's literals by name).
     */
    SyncPolicy decidedByCounty(EStructuralFeature field, String... values) {
        Map<EStructuralFeature, Set<String>> more = new HashMap<>(countyOnly);
        more.put(field, Set.of(values));
        return new SyncPolicy(type, shared, scope, writers, creators, statuses, serverRules, more);
    }

    /**
     * The county-only fields ({@link #countyOnly}) that a change from {@code before} (empty for a new record) to
     * {@code after}, both sync states, makes; empty when a user who is not county staff may make it. A value that did
     * not change is never the county's alone, so a coordinator's edit of other fields leaves a decision as it is.
     */
    public List<String> countyOnlyChanges(Map<String, String> before, Map<String, String> after) {
        List<String> fields = new ArrayList<>();
        countyOnly.forEach((field, values) -> {
            String old = before.get(field.getName());
            String now = after.get(field.getName());
            if (!java.util.Objects.equals(old, now) && (values.isEmpty() || now != null && values.contains(now))) {
                fields.add(field.getName());
            }
        });
        fields.sort(null);
        return fields;
    }

    /** How the merge decides a field of these records or of their parts that both sides changed. */
    public MergeRule rule(EStructuralFeature feature) {
        if (feature instanceof EReference reference && reference.isContainment()) {
            return MergeRule.PARTS;
        }
        if (BOOKKEEPING.contains(feature)) {
            return MergeRule.LAPTOP;
        }
        if (statuses.containsKey(feature)) {
            return MergeRule.TRANSITION;
        }
        return MergeRule.KEEP_BOTH;
    }

    /** True when the county server decides this for these records. */
    public boolean has(ServerRule rule) {
        return serverRules.contains(rule);
    }

    /**
     * The references whose records' scopes this scope is worked out from ({@link ScopeSource.From}): when the scope
     * of such a record changes, so may this one's. (Its own fields are read whenever the record itself changes.)
     */
    public List<EReference> scopeDependsOn() {
        List<EReference> references = new ArrayList<>();
        scope.values().forEach(source -> collectFrom(source, references));
        return references;
    }

    private static void collectFrom(ScopeSource source, List<EReference> references) {
        if (source instanceof ScopeSource.From from && !references.contains(from.reference())) {
            references.add(from.reference());
        } else if (source instanceof ScopeSource.When when) {
            collectFrom(when.then(), references);
            collectFrom(when.otherwise(), references);
        }
    }

    /** True for a field of {@link #BOOKKEEPING}, by name. */
    public static boolean isBookkeeping(String field) {
        return BOOKKEEPING.stream().anyMatch(feature -> feature.getName().equals(field));
    }
}
