package se.samverka.sync.protocol;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;

import se.samverka.model.sync.MergeRule;
import se.samverka.model.sync.SyncPolicies;
import se.samverka.model.sync.SyncPolicy;

/**
 * The three-way merge of a record the server runs for every pushed record: the state the laptop started from (the
 * base), the server's state now, and the laptop's state now. What only one side changed is taken; where both changed
 * a field to different values the rule of its kind in the record's {@link SyncPolicy} decides ({@link MergeRule}),
 * and where no rule can decide the server's value stays and the other is kept in a conflict for a person to resolve.
 * Nothing is dropped silently.
 *
 * <ul>
 * <li>Lists of parts (agenda items, budget lines, …) merge by part: parts added on either side are kept, a part
 * removed on one side is removed unless the other side edited it (then it stays, with a conflict).</li>
 * <li>A status (an enrolment's) takes the laptop's value when the change from the server's status is an allowed
 * transition, otherwise a conflict.</li>
 * <li>A record deleted on one side and edited on the other stays, with a conflict.</li>
 * <li>Who changed the record and when: the laptop's values.</li>
 * <li>Any other field changed on both sides: a conflict ({@code BOTH_EDITED}), the server's value stays.</li>
 * </ul>
 * Merging is idempotent: pushing the same state again (after a lost answer) changes nothing and finds nothing new.
 */
public final class Merge {

    public static final String BOTH_EDITED = "BOTH_EDITED";
    public static final String TRANSITION = "TRANSITION";
    public static final String DELETED_EDITED = "DELETED_EDITED";

    private Merge() {
    }

    /** A field that could not be merged: the value kept and the other one. */
    public record FieldOutcome(String path, String kept, String other, String reason) {
    }

    public record Result(Map<String, String> state, List<FieldOutcome> conflicts) {
    }

    /**
     * @param base   the state the laptop started from (empty for a record made on the laptop)
     * @param server the server's state now (empty when the server does not have it)
     * @param client the laptop's state now
     */
    public static Result merge(EClass type, Map<String, String> base, Map<String, String> server,
            Map<String, String> client) {
        SyncPolicy policy = SyncPolicies.of(type);
        Map<String, String> merged = new TreeMap<>(server);
        List<FieldOutcome> conflicts = new ArrayList<>();
        Set<String> keys = new TreeSet<>(base.keySet());
        keys.addAll(server.keySet());
        keys.addAll(client.keySet());
        List<String> lists = new ArrayList<>();
        for (String key : keys) {
            String b = base.get(key);
            String s = server.get(key);
            String c = client.get(key);
            if (Objects.equals(c, b) || Objects.equals(s, c)) {
                continue;
            }
            if (Objects.equals(s, b)) {
                put(merged, key, c);
                continue;
            }
            EStructuralFeature feature = RecordState.feature(type, key);
            switch (policy.rule(feature)) {
            case PARTS -> lists.add(key);
            case LAPTOP -> put(merged, key, c);
            case TRANSITION -> {
                EAttribute status = (EAttribute) feature;
                if (s != null && c != null && policy.statuses().get(status).isAllowed(choice(status, s),
                        choice(status, c))) {
                    put(merged, key, c);
                } else {
                    conflicts.add(new FieldOutcome(key, s, c, TRANSITION));
                }
            }
            case KEEP_BOTH -> conflicts.add(new FieldOutcome(key, s, c, BOTH_EDITED));
            }
        }
        for (String list : lists) {
            mergeList(list, base, server, client, merged, conflicts);
        }
        keepEditedRecord(base, server, client, merged, conflicts);
        prune(merged);
        return new Result(merged, conflicts);
    }

    /** A list of parts changed on both sides: merged part by part. */
    private static void mergeList(String list, Map<String, String> base, Map<String, String> server,
            Map<String, String> client, Map<String, String> merged, List<FieldOutcome> conflicts) {
        List<String> b = RecordState.split(base.get(list));
        List<String> s = RecordState.split(server.get(list));
        List<String> c = RecordState.split(client.get(list));
        Set<String> result = new LinkedHashSet<>(s);
        for (String id : b) {
            boolean removedByClient = !c.contains(id);
            boolean removedByServer = !s.contains(id);
            if (removedByClient && !removedByServer) {
                if (edited(list, id, base, server)) {
                    conflicts.add(new FieldOutcome(list + "/" + id, "", "", DELETED_EDITED));
                } else {
                    result.remove(id);
                }
            } else if (removedByServer && !removedByClient && edited(list, id, base, client)) {
                result.add(id);
                String prefix = list + "/" + id + "/";
                client.forEach((key, value) -> {
                    if (key.startsWith(prefix)) {
                        merged.put(key, value);
                    }
                });
                conflicts.add(new FieldOutcome(list + "/" + id, "", "", DELETED_EDITED));
            }
        }
        for (String id : c) {
            if (!b.contains(id)) {
                result.add(id);
            }
        }
        put(merged, list, result.isEmpty() ? null : String.join(RecordState.SEPARATOR, result));
    }

    /** The choice a status field's value names, or null. */
    private static Enumerator choice(EAttribute status, String value) {
        EEnumLiteral literal = ((EEnum) status.getEAttributeType()).getEEnumLiteralByLiteral(value);
        return literal == null ? null : literal.getInstance();
    }

    private static boolean edited(String list, String id, Map<String, String> before, Map<String, String> after) {
        String prefix = list + "/" + id + "/";
        Set<String> keys = new TreeSet<>();
        before.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(keys::add);
        after.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(keys::add);
        return keys.stream().anyMatch(k -> !Objects.equals(before.get(k), after.get(k)));
    }

    /** A record deleted on the laptop that the server changed meanwhile stays, with a conflict; and the reverse. */
    private static void keepEditedRecord(Map<String, String> base, Map<String, String> server,
            Map<String, String> client, Map<String, String> merged, List<FieldOutcome> conflicts) {
        boolean deletedByClient = deleted(client) && !deleted(base);
        boolean deletedByServer = deleted(server) && !deleted(base);
        if (deletedByClient && !deletedByServer && changedBesidesDeletion(base, server)) {
            merged.remove("deleted");
            conflicts.add(new FieldOutcome("deleted", "false", "true", DELETED_EDITED));
        } else if (deletedByServer && !deletedByClient && changedBesidesDeletion(base, client)) {
            merged.remove("deleted");
            conflicts.add(new FieldOutcome("deleted", "false", "true", DELETED_EDITED));
        }
    }

    private static boolean deleted(Map<String, String> state) {
        return "true".equals(state.get("deleted"));
    }

    private static boolean changedBesidesDeletion(Map<String, String> base, Map<String, String> other) {
        Set<String> keys = new TreeSet<>(base.keySet());
        keys.addAll(other.keySet());
        keys.remove("deleted");
        keys.removeIf(SyncPolicy::isBookkeeping);
        return keys.stream().anyMatch(k -> !Objects.equals(base.get(k), other.get(k)));
    }

    /** Removes the fields of parts that are no longer in their list. */
    private static void prune(Map<String, String> state) {
        state.keySet().removeIf(key -> {
            String[] steps = key.split("/");
            for (int i = 0; i + 2 < steps.length; i += 2) {
                String list = String.join("/", java.util.Arrays.copyOfRange(steps, 0, i + 1));
                if (!RecordState.split(state.get(list)).contains(steps[i + 1])) {
                    return true;
                }
            }
            return false;
        });
    }

    private static void put(Map<String, String> state, String key, String value) {
        if (value == null) {
            state.remove(key);
        } else {
            state.put(key, value);
        }
    }
}
