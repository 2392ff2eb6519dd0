package se.samverka.model.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import se.samverka.model.SamverkaPackage;

/**
 * The model a laptop speaks in sync: its version number and, self-describing, the classes and fields it has (by
 * name; each class with the fields it has, inherited ones included). The county server needs no list of old models:
 * it leaves out of an answer what the laptop's model cannot hold ({@link #held}), and takes the fields a laptop
 * cannot hold from its own state instead of reading their absence as a removal.
 *
 * <p>
 * {@link #CURRENT} is raised whenever a class or a field is added to {@code samverka.ecore}, and the new model is
 * written beside this class as {@code model-<number>.txt} (one line per class: its name, then its fields);
 * {@code ModelVersionTest} fails until both are done. Model 1 is the model of the release before model versions were
 * spoken (sync format 2, release d062c44). Model 2 added support to municipalities ({@code SupportRound},
 * {@code MunicipalSupport}); model 3 a project's partner organisations ({@code LocalProject.partnerOrganisations})
 * and its status history ({@code ProjectStatusChange}).
 */
public record ModelVersion(int number, SortedMap<String, SortedSet<String>> classes) {

    /** The model of this build. */
    public static final int CURRENT = 3;

    /** The model of laptops that do not say which model they speak (the release before model versions). */
    public static final int FIRST = 1;

    private static final ModelVersion CURRENT_MODEL = describe(CURRENT);

    public ModelVersion {
        SortedMap<String, SortedSet<String>> copy = new TreeMap<>();
        classes.forEach((name, fields) -> copy.put(name, Collections.unmodifiableSortedSet(new TreeSet<>(fields))));
        classes = Collections.unmodifiableSortedMap(copy);
    }

    /** A model of these classes and fields. */
    public static ModelVersion of(int number, Map<String, ? extends Collection<String>> classes) {
        SortedMap<String, SortedSet<String>> sorted = new TreeMap<>();
        classes.forEach((name, fields) -> sorted.put(name, new TreeSet<>(fields)));
        return new ModelVersion(number, sorted);
    }

    /** The model of this build, as the Ecore package has it. */
    public static ModelVersion current() {
        return CURRENT_MODEL;
    }

    /** A model of a released version, from its {@code model-<number>.txt}. */
    public static ModelVersion released(int number) {
        if (number == CURRENT) {
            return CURRENT_MODEL;
        }
        try (InputStream in = ModelVersion.class.getResourceAsStream("model-" + number + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("No model " + number + " is known to this version");
            }
            return parse(number, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ModelVersion describe(int number) {
        SortedMap<String, SortedSet<String>> classes = new TreeMap<>();
        for (EClassifier classifier : SamverkaPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass type) {
                SortedSet<String> fields = new TreeSet<>();
                for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
                    if (synced(feature)) {
                        fields.add(feature.getName());
                    }
                }
                classes.put(type.getName(), fields);
            }
        }
        return new ModelVersion(number, classes);
    }

    /** Whether a feature is part of a record's sync state (the id and the local version are not). */
    private static boolean synced(EStructuralFeature feature) {
        return feature != SamverkaPackage.Literals.SYNCED_OBJECT__ID
                && feature != SamverkaPackage.Literals.SYNCED_OBJECT__VERSION && !feature.isTransient()
                && !feature.isDerived();
    }

    /** Reads a model written by {@link #text()}. */
    public static ModelVersion parse(int number, String text) {
        SortedMap<String, SortedSet<String>> classes = new TreeMap<>();
        for (String line : text.split("\n")) {
            String[] words = line.trim().split("\\s+");
            if (words.length == 0 || words[0].isEmpty() || words[0].startsWith("#")) {
                continue;
            }
            SortedSet<String> fields = new TreeSet<>();
            for (int i = 1; i < words.length; i++) {
                fields.add(words[i]);
            }
            classes.put(words[0], fields);
        }
        return new ModelVersion(number, classes);
    }

    /** One line per class, its name and then its fields, sorted; what {@code model-<number>.txt} holds. */
    public String text() {
        StringBuilder text = new StringBuilder();
        classes.forEach((name, fields) -> {
            text.append(name);
            fields.forEach(field -> text.append(' ').append(field));
            text.append('\n');
        });
        return text.toString();
    }

    /** Whether this model has the class of that name. */
    public boolean knows(String className) {
        return classes.containsKey(className);
    }

    /** Whether this model has that field in that class. */
    public boolean knows(String className, String field) {
        SortedSet<String> fields = classes.get(className);
        return fields != null && fields.contains(field);
    }

    /** Whether every class and field of the other model is in this one. */
    public boolean contains(ModelVersion other) {
        return other.classes.entrySet().stream().allMatch(entry -> classes.containsKey(entry.getKey())
                && classes.get(entry.getKey()).containsAll(entry.getValue()));
    }

    /**
     * Whether a record of a class can hold the value at a path of its sync state ({@code title},
     * {@code lines/<id>/amount}): this model has the class and every field on the way.
     */
    public boolean holds(EClass type, String path) {
        String[] steps = path.split("/");
        EClass current = type;
        for (int i = 0; i < steps.length; i += 2) {
            if (!knows(current.getName(), steps[i])) {
                return false;
            }
            if (i + 2 < steps.length) {
                if (!(current.getEStructuralFeature(steps[i]) instanceof EReference reference)
                        || !reference.isContainment()) {
                    return false;
                }
                current = reference.getEReferenceType();
            }
        }
        return true;
    }

    /** What a laptop of this model holds of a record's state: the values of the fields it has. */
    public Map<String, String> held(EClass type, Map<String, String> state) {
        if (!knows(type.getName())) {
            return Map.of();
        }
        Map<String, String> held = new TreeMap<>();
        state.forEach((path, value) -> {
            if (holds(type, path)) {
                held.put(path, value);
            }
        });
        return held;
    }

    /** This model without a class (a model made by a test: a laptop of an older model). */
    public ModelVersion withoutClass(String className) {
        SortedMap<String, SortedSet<String>> fewer = new TreeMap<>(classes);
        fewer.remove(className);
        return new ModelVersion(number, fewer);
    }

    /** This model without a field of a class (a model made by a test: a laptop of an older model). */
    public ModelVersion withoutField(String className, String field) {
        SortedMap<String, SortedSet<String>> fewer = new TreeMap<>(classes);
        SortedSet<String> fields = new TreeSet<>(fewer.get(className));
        fields.remove(field);
        fewer.put(className, fields);
        return new ModelVersion(number, fewer);
    }

    /** The same classes and fields under another version number. */
    public ModelVersion numbered(int other) {
        return new ModelVersion(other, classes);
    }
}
