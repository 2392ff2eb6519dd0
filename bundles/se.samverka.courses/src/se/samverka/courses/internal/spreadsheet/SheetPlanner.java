package se.samverka.courses.internal.spreadsheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import se.samverka.courses.ParticipantSheet;
import se.samverka.courses.ParticipantSheet.Action;
import se.samverka.courses.ParticipantSheet.Kind;
import se.samverka.courses.ParticipantSheet.Problem;
import se.samverka.courses.ParticipantSheet.Row;
import se.samverka.courses.internal.spreadsheet.Register.OrganisationEntry;
import se.samverka.courses.internal.spreadsheet.Register.PersonEntry;
import se.samverka.courses.internal.spreadsheet.SheetReader.RawRow;
import se.samverka.model.OrganisationKind;

/**
 * Decides what each row of a participant file does against the register: which person it is (same e-mail, or
 * same name and organisation), whether they are already enrolled, and what is wrong with it. A pure function of the
 * file and a {@link Register}; saves nothing.
 */
final class SheetPlanner {

    /** The same rule as the model's own check of a person's e-mail. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /**
     * What to save for a row.
     *
     * @param organisationId  the organisation in the register, or null (none, or a new one)
     * @param newOrganisation the name of an organisation to add, or null
     * @param municipalityId  the person's municipality, or null
     */
    record RowPlan(Row row, String organisationId, String newOrganisation, String municipalityId) {
    }

    /** A checked file and what to save for each row. */
    record Plan(ParticipantSheet sheet, List<RowPlan> rows) {
    }

    private final Register register;
    private final String onlyMunicipalityId;
    private final Map<String, PersonEntry> peopleByEmail = new HashMap<>();
    private final Map<String, PersonEntry> peopleByNameAndOrganisation = new HashMap<>();
    private final Map<String, List<OrganisationEntry>> organisationsByName = new HashMap<>();
    private final Map<String, OrganisationEntry> municipalitiesByName = new HashMap<>();
    private final Map<String, OrganisationEntry> organisationsById;

    SheetPlanner(Register register, String onlyMunicipalityId) {
        this.register = register;
        this.onlyMunicipalityId = onlyMunicipalityId;
        for (PersonEntry person : register.people()) {
            if (person.email() != null && !person.email().isBlank()) {
                peopleByEmail.putIfAbsent(key(person.email()), person);
            }
            peopleByNameAndOrganisation.putIfAbsent(
                    nameKey(person.firstName(), person.lastName(), person.organisationId()), person);
        }
        for (OrganisationEntry organisation : register.organisations()) {
            organisationsByName.computeIfAbsent(key(organisation.name()), k -> new ArrayList<>()).add(organisation);
            if (organisation.kind() == OrganisationKind.MUNICIPALITY) {
                String name = municipalityKey(organisation.name());
                municipalitiesByName.put(name, organisation);
                if (name.endsWith("s")) {
                    // "Tierps kommun" is Tierp: a file says "Tierp".
                    municipalitiesByName.putIfAbsent(name.substring(0, name.length() - 1), organisation);
                }
            }
        }
        organisationsById = register.organisations().stream()
                .collect(java.util.stream.Collectors.toMap(OrganisationEntry::id, Function.identity(), (a, b) -> a));
    }

    Plan plan(String offeringId, SheetReader.Read read) {
        List<Problem> problems = new ArrayList<>(read.problems());
        List<RowPlan> plans = new ArrayList<>();
        Map<String, Integer> emailsSeen = new HashMap<>();
        Map<String, Integer> namesSeen = new HashMap<>();
        for (RawRow raw : read.rows()) {
            List<Problem> rowProblems = new ArrayList<>();
            String first = raw.value(Column.FIRST_NAME);
            String last = raw.value(Column.LAST_NAME);
            String email = raw.value(Column.EMAIL);
            String organisationName = raw.value(Column.ORGANISATION);
            String municipalityName = raw.value(Column.MUNICIPALITY);
            if (first.isEmpty() || last.isEmpty()) {
                rowProblems.add(new Problem(raw.line(), Kind.MISSING_NAME, (first + " " + last).strip()));
            }
            if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
                rowProblems.add(new Problem(raw.line(), Kind.BAD_EMAIL, email));
            }
            OrganisationEntry municipality = null;
            if (!municipalityName.isEmpty()) {
                municipality = municipalitiesByName.get(municipalityKey(municipalityName));
                if (municipality == null) {
                    rowProblems.add(new Problem(raw.line(), Kind.UNKNOWN_MUNICIPALITY, municipalityName));
                }
            }
            OrganisationEntry organisation = organisationName.isEmpty() ? null
                    : organisation(organisationName, municipality);
            PersonEntry person = match(first, last, email, organisation);
            String municipalityId = municipality != null ? municipality.id()
                    : person != null && person.municipalityId() != null ? person.municipalityId()
                    : organisation != null ? organisation.municipalityId() : null;
            boolean municipalityUnknown = !municipalityName.isEmpty() && municipality == null;
            if (onlyMunicipalityId != null && !municipalityUnknown && !onlyMunicipalityId.equals(municipalityId)) {
                OrganisationEntry named = municipalityId == null ? null : organisationsById.get(municipalityId);
                rowProblems.add(new Problem(raw.line(), Kind.OTHER_MUNICIPALITY, named == null ? "" : named.name()));
            }
            duplicate(emailsSeen, email.isEmpty() ? null : key(email), raw.line(), rowProblems);
            duplicate(namesSeen, first.isEmpty() || last.isEmpty() ? null
                    : nameKey(first, last, organisation != null ? organisation.id() : key(organisationName)),
                    raw.line(), rowProblems);
            Action action = !rowProblems.isEmpty() ? Action.INVALID
                    : person == null ? Action.NEW_PERSON
                    : register.enrolledPersonIds().contains(person.id()) ? Action.ALREADY_ENROLLED
                    : Action.EXISTING_PERSON;
            boolean newOrganisation = organisation == null && !organisationName.isEmpty();
            // For a person in the register, what the file leaves empty is shown as the register has it.
            Row row = new Row(raw.line(), first, last, email,
                    organisation != null ? organisation.name() : !organisationName.isEmpty() ? organisationName
                            : person != null ? nameOf(person.organisationId()) : "",
                    municipality != null ? municipality.name() : !municipalityName.isEmpty() ? municipalityName
                            : person != null ? nameOf(person.municipalityId()) : "",
                    raw.value(Column.PHONE), action,
                    person == null ? null : person.id(), newOrganisation && action == Action.NEW_PERSON);
            plans.add(new RowPlan(row, organisation == null ? null : organisation.id(),
                    newOrganisation ? organisationName : null, municipalityId));
            problems.addAll(rowProblems);
        }
        problems.sort(Comparator.comparingInt(Problem::line));
        return new Plan(new ParticipantSheet(offeringId, plans.stream().map(RowPlan::row).toList(), problems),
                plans);
    }

    private String nameOf(String organisationId) {
        OrganisationEntry organisation = organisationId == null ? null : organisationsById.get(organisationId);
        return organisation == null ? "" : organisation.name();
    }

    /** The person a row names: the same e-mail, or else the same name in the same organisation. */
    private PersonEntry match(String first, String last, String email, OrganisationEntry organisation) {
        if (!email.isEmpty()) {
            PersonEntry byEmail = peopleByEmail.get(key(email));
            if (byEmail != null) {
                return byEmail;
            }
        }
        if (organisation == null || first.isEmpty() || last.isEmpty()) {
            return null;
        }
        return peopleByNameAndOrganisation.get(nameKey(first, last, organisation.id()));
    }

    /** The organisation of this name, preferring one in the row's municipality when the name is not unique. */
    private OrganisationEntry organisation(String name, OrganisationEntry municipality) {
        List<OrganisationEntry> named = organisationsByName.getOrDefault(key(name), List.of());
        return named.stream()
                .filter(o -> municipality == null || Objects.equals(o.municipalityId(), municipality.id()))
                .findFirst().orElse(named.isEmpty() ? null : named.getFirst());
    }

    private static void duplicate(Map<String, Integer> seen, String key, int line, List<Problem> problems) {
        if (key == null) {
            return;
        }
        Integer earlier = seen.putIfAbsent(key, line);
        if (earlier != null && problems.stream().noneMatch(p -> p.kind() == Kind.DUPLICATE_ROW)) {
            problems.add(new Problem(line, Kind.DUPLICATE_ROW, String.valueOf(earlier)));
        }
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static String nameKey(String first, String last, String organisation) {
        return key(Objects.toString(first, "")) + '\u0000' + key(Objects.toString(last, "")) + '\u0000'
                + Objects.toString(organisation, "");
    }

    /** "Uppsala", "uppsala kommun" and "Uppsala Kommun" all name Uppsala; "Tierps kommun" is "tierps". */
    private static String municipalityKey(String name) {
        String key = key(name);
        return key.endsWith(" kommun") ? key.substring(0, key.length() - " kommun".length()).strip() : key;
    }
}
