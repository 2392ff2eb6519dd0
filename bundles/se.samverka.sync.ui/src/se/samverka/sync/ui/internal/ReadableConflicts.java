package se.samverka.sync.ui.internal;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import se.samverka.model.Meeting;
import se.samverka.model.Person;
import se.samverka.model.SessionDay;
import se.samverka.model.SyncedObject;
import se.samverka.model.rules.Labels;
import se.samverka.store.LocalStore;
import se.samverka.store.SyncPort.Conflict;
import se.samverka.sync.protocol.RecordState;
import se.samverka.ui.forms.FieldFormats;

/**
 * Turns the conflicts the store keeps (record types, ids and values as sync writes them) into what a person reads:
 * the record by its name, the field by the label the forms give it, references by the names of what they point to,
 * dates, amounts, choices and yes/no as the window writes them, and who made the other edit when. The conflicts of
 * one record are grouped, those of its parts (an agenda item, a budget line) part by part. Reads what it needs from
 * the store in one go, so call it off the UI thread. No SWT here.
 */
final class ReadableConflicts {

    /**
     * The conflicts of one record: its name, the record to open for it (or null), the conflicts of its own fields
     * and those of its parts (an agenda item, a budget line), part by part.
     */
    record Group(String recordType, String recordId, String title, Target open, List<Row> rows, List<Part> parts) {

        /** Every conflict of the record, in the order shown. */
        List<Row> allRows() {
            List<Row> all = new ArrayList<>(rows);
            parts.forEach(part -> all.addAll(part.rows()));
            return all;
        }
    }

    /** The conflicts of one part of a record, under its name ("Dagordningspunkt: Lägesbild i kommunerna"). */
    record Part(String title, List<Row> rows) {
    }

    /** A record that has an editor in the window: the record of a conflict, or the record it belongs to. */
    record Target(String recordType, String recordId) {
    }

    /**
     * One conflict as it reads: the field ("Föredragande"), the field with its part ("Föredragande
     * (Dagordningspunkt: Lägesbild i kommunerna)"), the value that applies now, the other edit, who made it, and why.
     */
    record Row(Conflict conflict, String field, String label, String kept, String other, String author, String why,
            boolean choosable, boolean mergeable) {
    }

    /** Fields that name a record, in the order they are tried. */
    private static final List<String> NAME_FIELDS = List.of("title", "name", "periodLabel", "certificateNumber",
            "description", "text");

    private final LocalStore store;
    private final Messages messages;
    private final FieldFormats formats;
    private final Locale locale;
    private final Set<String> editable;
    private final Map<String, Optional<SyncedObject>> found = new HashMap<>();

    /**
     * @param editable the model classes whose records have an editor in the window ({@code Meeting}, …)
     */
    ReadableConflicts(LocalStore store, Messages messages, FieldFormats formats, Locale locale, Set<String> editable) {
        this.store = store;
        this.messages = messages;
        this.formats = formats;
        this.locale = locale;
        this.editable = editable;
    }

    /** The conflicts grouped by record, the records in the order of their first conflict. */
    synchronized List<Group> read(List<Conflict> conflicts) {
        found.clear();
        Map<String, List<Conflict>> byRecord = new LinkedHashMap<>();
        for (Conflict conflict : conflicts) {
            byRecord.computeIfAbsent(conflict.recordType() + "/" + conflict.recordId(), k -> new ArrayList<>())
                    .add(conflict);
        }
        List<Group> groups = new ArrayList<>();
        for (List<Conflict> ofRecord : byRecord.values()) {
            Conflict first = ofRecord.get(0);
            EClass type = ConflictResolution.type(first.recordType());
            if (type != null) {
                ofRecord.sort(formOrder(type));
            }
            Optional<SyncedObject> record = type == null ? Optional.empty() : find(type, first.recordId());
            String kind = type == null ? first.recordType() : Labels.of(type, locale);
            String title = record.map(r -> MessageFormat.format(messages.record_title, kind, name(r)))
                    .orElseGet(() -> kind + " " + messages.conflicts_gone);
            List<Row> rows = new ArrayList<>();
            Map<String, Part> parts = new LinkedHashMap<>();
            for (Conflict conflict : ofRecord) {
                String partPath = partPath(conflict);
                if (partPath == null) {
                    rows.add(row(conflict, type, null));
                } else {
                    Part part = parts.computeIfAbsent(partPath, path -> new Part(
                            partTitle(type, path, record.orElse(null)), new ArrayList<>()));
                    part.rows().add(row(conflict, type, part.title()));
                }
            }
            groups.add(new Group(first.recordType(), first.recordId(), title, record.map(this::target).orElse(null),
                    List.copyOf(rows), parts.values().stream().map(p -> new Part(p.title(), List.copyOf(p.rows())))
                            .toList()));
        }
        return List.copyOf(groups);
    }

    private Row row(Conflict conflict, EClass type, String part) {
        EStructuralFeature feature = type == null || whole(conflict) ? null : RecordState.feature(type,
                conflict.field());
        // A path that ends with a part's id is about the part itself (deleted on one side, edited on the other).
        boolean wholePart = part != null && conflict.field().split("/").length % 2 == 0;
        String field = feature == null ? messages.field_whole
                : wholePart ? messages.field_wholePart : Labels.of(feature, locale);
        String label = part == null ? field
                : wholePart ? part : MessageFormat.format(messages.field_inPart, field, part);
        return new Row(conflict, field, label, value(conflict, feature, conflict.kept(), false),
                value(conflict, feature, conflict.other(), true), author(conflict), why(conflict),
                ConflictResolution.choosable(conflict), ConflictResolution.mergeable(conflict));
    }

    /**
     * The order of the record's form: the whole record first, then its own fields in the model's order, then its
     * parts (each part's fields together, in the model's order).
     */
    private static Comparator<Conflict> formOrder(EClass type) {
        return Comparator.comparingInt((Conflict c) -> whole(c) ? 0 : 1)
                .thenComparingInt(c -> c.field().contains("/") ? 1 : 0)
                .thenComparingInt(c -> position(type, c.field().split("/")[0]))
                .thenComparing(c -> c.field().split("/").length > 1 ? c.field().split("/")[1] : "")
                .thenComparingInt(c -> {
                    String[] steps = c.field().split("/");
                    return steps.length > 2 && type.getEStructuralFeature(steps[0]) instanceof EReference parts
                            ? position(parts.getEReferenceType(), steps[2])
                            : -1;
                });
    }

    private static int position(EClass type, String feature) {
        int index = type.getEAllStructuralFeatures().indexOf(type.getEStructuralFeature(feature));
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static boolean whole(Conflict conflict) {
        return conflict.field().equals("*") || conflict.field().equals("deleted");
    }

    // ---- the parts ----------------------------------------------------------------------------------------

    /**
     * The path of the part a conflict is in, up to the part's id ({@code lines/<id>} for {@code lines/<id>/amount}
     * and for {@code lines/<id>} itself), or null for the record's own fields.
     */
    private static String partPath(Conflict conflict) {
        String[] steps = conflict.field().split("/");
        if (steps.length < 2 || whole(conflict)) {
            return null;
        }
        return String.join("/", Arrays.copyOf(steps, steps.length % 2 == 0 ? steps.length : steps.length - 1));
    }

    /** "Dagordningspunkt: Lägesbild i kommunerna"; the kind alone when the part is gone. */
    private String partTitle(EClass type, String path, SyncedObject record) {
        String[] steps = path.split("/");
        String kind = RecordState.feature(type, path) instanceof EReference list
                ? Labels.of(list.getEReferenceType(), locale)
                : "";
        EObject part = record == null ? null : part(record, steps, steps.length - 1);
        return MessageFormat.format(messages.record_title, kind, part == null ? messages.conflicts_partGone
                : name(part));
    }

    /** The part of {@code record} whose id is {@code steps[last]}, following the path's lists. */
    private static EObject part(EObject record, String[] steps, int last) {
        EObject current = record;
        for (int i = 0; i + 1 <= last; i += 2) {
            if (!(current.eClass().getEStructuralFeature(steps[i]) instanceof EReference list) || !list.isMany()) {
                return null;
            }
            String id = steps[i + 1];
            current = ((List<?>) current.eGet(list)).stream().map(SyncedObject.class::cast)
                    .filter(p -> id.equals(p.getId())).findFirst().orElse(null);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    // ---- the values ---------------------------------------------------------------------------------------

    private String value(Conflict conflict, EStructuralFeature feature, String text, boolean other) {
        switch (conflict.reason()) {
        case "REFUSED", "UNKNOWN_TYPE":
            return "";
        case "DELETED_EDITED":
            return other ? messages.value_deleted : messages.value_stays;
        default:
            break;
        }
        if (feature == null) {
            return text == null || text.isEmpty() ? messages.value_none : text;
        }
        if (text == null || text.isEmpty()) {
            // Sync leaves out a value that is the field's default: "no response", "no", 0.
            return feature instanceof EAttribute attribute && !attribute.isMany()
                    ? format(attribute.getDefaultValue())
                    : messages.value_none;
        }
        List<String> items = feature.isMany() ? RecordState.split(text) : List.of(text);
        List<String> shown = new ArrayList<>();
        for (String item : items) {
            shown.add(feature instanceof EReference reference ? referenced(reference, item)
                    : attribute((EAttribute) feature, item));
        }
        return String.join(", ", shown);
    }

    /** What a reference points to, by its name; never its id. */
    private String referenced(EReference reference, String id) {
        return find(reference.getEReferenceType(), id).map(this::name).orElse(messages.value_unknown);
    }

    private String attribute(EAttribute attribute, String text) {
        Object value;
        try {
            value = EcoreUtil.createFromString(attribute.getEAttributeType(), text);
        } catch (RuntimeException e) {
            return text;
        }
        return format(value);
    }

    /** A value as the window writes it. */
    private String format(Object value) {
        return switch (value) {
            case null -> messages.value_none;
            case Boolean yes -> yes ? messages.value_yes : messages.value_no;
            case Enumerator choice -> Labels.of(choice, locale);
            case Date date -> date(date);
            case BigDecimal amount -> formats.format(FieldFormats.Kind.AMOUNT, amount);
            case Integer number -> formats.format(FieldFormats.Kind.INTEGER, number);
            default -> value.toString();
        };
    }

    /** A date, with its time when it has one (a meeting's start; a due date is a day). */
    private String date(Date date) {
        boolean day = date.toInstant().atZone(ZoneId.systemDefault()).toLocalTime().equals(LocalTime.MIDNIGHT);
        return formats.format(day ? FieldFormats.Kind.DATE : FieldFormats.Kind.DATE_TIME, date);
    }

    // ---- who and why --------------------------------------------------------------------------------------

    private String author(Conflict conflict) {
        String when = conflict.at() == null ? ""
                : formats.format(FieldFormats.Kind.DATE_TIME, Date.from(conflict.at()));
        // The server keeps user names as Derby does, in capitals; people type and read them in lower case.
        String who = conflict.otherAuthor() == null ? "" : conflict.otherAuthor().toLowerCase(Locale.ROOT);
        return who.isEmpty() || when.isEmpty() ? who + when : MessageFormat.format(messages.conflict_by, who, when);
    }

    private String why(Conflict conflict) {
        return switch (conflict.reason()) {
            case "BOTH_EDITED" -> messages.why_BOTH_EDITED;
            case "TRANSITION" -> messages.why_TRANSITION;
            case "NO_SEAT" -> messages.why_NO_SEAT;
            case "DELETED_EDITED" -> messages.why_DELETED_EDITED;
            case "REFUSED" -> messages.why_REFUSED;
            case "UNKNOWN_TYPE" -> messages.why_UNKNOWN_TYPE;
            default -> messages.why_other;
        };
    }

    // ---- records ------------------------------------------------------------------------------------------

    /**
     * What a person calls a record: a person by name and organisation ("Anna Berg (Enköpings kommun)"), a meeting by
     * its title and when, others by their title or name, and records without one (an invitation, an enrolment) by
     * the records they join ("Nätverksträff 2, 2026-03-12 09:00 – Anna Berg (Enköpings kommun)").
     */
    String name(EObject record) {
        if (record instanceof Person person) {
            return Labels.name(person);
        }
        if (record instanceof Meeting meeting && meeting.getMeetingDate() != null) {
            return blankIfNull(meeting.getTitle()) + ", " + date(meeting.getMeetingDate());
        }
        if (record instanceof SessionDay day && day.getSessionDate() != null) {
            return date(day.getSessionDate());
        }
        for (String field : NAME_FIELDS) {
            String text = text(record, field);
            if (!text.isBlank()) {
                return text.lines().findFirst().orElse(text);
            }
        }
        List<String> joined = new ArrayList<>();
        for (EReference reference : record.eClass().getEAllReferences()) {
            if (!reference.isMany() && !reference.isContainment() && reference.getLowerBound() > 0
                    && record.eGet(reference) instanceof EObject target) {
                joined.add(name(target));
            }
        }
        return joined.isEmpty() ? Labels.of(record.eClass(), locale) : String.join(" – ", joined);
    }

    private static String text(EObject record, String field) {
        return record.eClass().getEStructuralFeature(field) instanceof EAttribute attribute
                && record.eGet(attribute) instanceof String text ? text : "";
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }

    /**
     * The record to open for a conflict: the record itself when it has an editor, else the nearest record it
     * belongs to that has one (an invitation's meeting, an enrolment's offering, an attendance mark's offering).
     */
    private Target target(SyncedObject record) {
        List<SyncedObject> level = List.of(record);
        for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
            List<SyncedObject> next = new ArrayList<>();
            for (SyncedObject candidate : level) {
                if (editable.contains(candidate.eClass().getName())) {
                    return new Target(candidate.eClass().getName(), candidate.getId());
                }
                for (EReference reference : candidate.eClass().getEAllReferences()) {
                    if (!reference.isMany() && !reference.isContainment()
                            && candidate.eGet(reference) instanceof SyncedObject owner) {
                        next.add(owner);
                    }
                }
            }
            level = next;
        }
        return null;
    }

    private Optional<SyncedObject> find(EClass type, String id) {
        return found.computeIfAbsent(type.getName() + "/" + id, key -> ConflictResolution.find(store, type, id));
    }
}
