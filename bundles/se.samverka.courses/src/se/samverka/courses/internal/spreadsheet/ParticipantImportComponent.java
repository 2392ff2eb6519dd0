package se.samverka.courses.internal.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.courses.ParticipantImport;
import se.samverka.courses.ParticipantSheet;
import se.samverka.courses.ParticipantSheet.Action;
import se.samverka.courses.ParticipantSheet.Kind;
import se.samverka.courses.ParticipantSheet.Problem;
import se.samverka.courses.internal.spreadsheet.Register.OrganisationEntry;
import se.samverka.courses.internal.spreadsheet.Register.PersonEntry;
import se.samverka.courses.internal.spreadsheet.SheetPlanner.Plan;
import se.samverka.courses.internal.spreadsheet.SheetPlanner.RowPlan;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.EnrolmentStatus;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.model.SyncedObject;
import se.samverka.model.sync.Role;
import se.samverka.store.LocalStore;
import se.samverka.store.SyncPort;
import se.samverka.store.StoreException;

/** Participants to and from spreadsheets, on the local store. */
@Component(service = ParticipantImport.class)
public final class ParticipantImportComponent implements ParticipantImport {

    private final LocalStore store;

    @Activate
    public ParticipantImportComponent(@Reference LocalStore store) {
        this.store = store;
    }

    /** A coordinator's municipality, when the last sync said this laptop's user is one; else no limit. */
    private String knownLimit() {
        SyncPort.User user = store.sync().user();
        return user != null && user.role() == Role.COORDINATOR ? user.municipalityId() : null;
    }

    @Override
    public ParticipantSheet check(byte[] content, String offeringId, String onlyMunicipalityId) {
        return plan(content, offeringId, onlyMunicipalityId).sheet();
    }

    @Override
    public ParticipantSheet importParticipants(byte[] content, String offeringId, String onlyMunicipalityId)
            throws StoreException {
        Plan plan = plan(content, offeringId, onlyMunicipalityId);
        if (!plan.sheet().clean()) {
            throw new IllegalArgumentException("The participant file has " + plan.sheet().problems().size()
                    + " problems; nothing was imported");
        }
        CourseOffering offering = store.find(CourseOffering.class, offeringId).orElseThrow();
        List<RowPlan> toEnrol = plan.rows().stream().filter(row -> row.row().action() == Action.NEW_PERSON
                || row.row().action() == Action.EXISTING_PERSON).toList();
        if (toEnrol.isEmpty()) {
            return plan.sheet();
        }
        Set<String> organisationIds = new HashSet<>();
        toEnrol.forEach(row -> {
            organisationIds.add(row.organisationId());
            organisationIds.add(row.municipalityId());
        });
        organisationIds.remove(null);
        Map<String, Organisation> organisations = store.find(Organisation.class, organisationIds).stream()
                .collect(Collectors.toMap(Organisation::getId, o -> o));
        Map<String, Person> existing = store.find(Person.class, toEnrol.stream()
                .map(row -> row.row().personId()).filter(id -> id != null).toList()).stream()
                .collect(Collectors.toMap(Person::getId, p -> p));
        Map<String, Organisation> newOrganisations = new LinkedHashMap<>();
        List<Person> newPeople = new ArrayList<>();
        List<Person> participants = new ArrayList<>();
        for (RowPlan row : toEnrol) {
            if (row.row().action() == Action.EXISTING_PERSON) {
                participants.add(existing.get(row.row().personId()));
                continue;
            }
            Organisation organisation = row.organisationId() != null ? organisations.get(row.organisationId())
                    : row.newOrganisation() == null ? null
                    : newOrganisations.computeIfAbsent(row.newOrganisation().toLowerCase(Locale.ROOT),
                            key -> newOrganisation(row.newOrganisation(), organisations.get(row.municipalityId())));
            Person person = SamverkaFactory.eINSTANCE.createPerson();
            person.setId(UUID.randomUUID().toString());
            person.setFirstName(row.row().firstName());
            person.setLastName(row.row().lastName());
            person.setEmail(blankToNull(row.row().email()));
            person.setPhone(blankToNull(row.row().phone()));
            person.setOrganisation(organisation);
            person.setMunicipality(row.municipalityId() == null ? null : organisations.get(row.municipalityId()));
            newPeople.add(person);
            participants.add(person);
        }
        List<SyncedObject> records = new ArrayList<>(newOrganisations.values());
        records.addAll(newPeople);
        records.addAll(enrol(offering, participants));
        store.saveAll(records);
        return plan.sheet();
    }

    /**
     * Enrols people in an offering: a seat while there are seats, the waitlist after that, in the order given.
     * The one place the import enrols: when the enrolment service with the waitlist rules exists, call it here.
     */
    private List<Enrolment> enrol(CourseOffering offering, List<Person> people) {
        List<Enrolment> current = store.findBy(Enrolment.class, Literals.ENROLMENT__OFFERING, offering.getId());
        long seated = current.stream().filter(e -> e.getStatus() == EnrolmentStatus.ENROLLED
                || e.getStatus() == EnrolmentStatus.COMPLETED || e.getStatus() == EnrolmentStatus.NO_SHOW).count();
        int lastPosition = current.stream().filter(e -> e.getStatus() == EnrolmentStatus.WAITLISTED)
                .mapToInt(Enrolment::getWaitlistPosition).max().orElse(0);
        Date now = new Date();
        List<Enrolment> enrolments = new ArrayList<>();
        for (Person person : people) {
            Enrolment enrolment = SamverkaFactory.eINSTANCE.createEnrolment();
            enrolment.setId(UUID.randomUUID().toString());
            enrolment.setOffering(offering);
            enrolment.setPerson(person);
            enrolment.setRequestedAt(now);
            enrolment.setStatusChangedAt(now);
            if (seated < offering.getCapacity()) {
                enrolment.setStatus(EnrolmentStatus.ENROLLED);
                seated++;
            } else {
                enrolment.setStatus(EnrolmentStatus.WAITLISTED);
                enrolment.setWaitlistPosition(++lastPosition);
            }
            enrolments.add(enrolment);
        }
        return enrolments;
    }

    private static Organisation newOrganisation(String name, Organisation municipality) {
        Organisation organisation = SamverkaFactory.eINSTANCE.createOrganisation();
        organisation.setId(UUID.randomUUID().toString());
        organisation.setName(name);
        organisation.setKind(OrganisationKind.OTHER);
        organisation.setParent(municipality);
        return organisation;
    }

    @Override
    public int export(String offeringId, OutputStream out) throws IOException {
        return ParticipantListWriter.write(store.findBy(Enrolment.class, Literals.ENROLMENT__OFFERING, offeringId),
                out);
    }

    private Plan plan(byte[] content, String offeringId, String onlyMunicipalityId) {
        if (onlyMunicipalityId == null) {
            onlyMunicipalityId = knownLimit();
        }
        SheetReader.Read read = SheetReader.read(content);
        Optional<CourseOffering> offering = store.find(CourseOffering.class, offeringId);
        Plan plan = new SheetPlanner(register(offeringId), onlyMunicipalityId).plan(offeringId, read);
        if (offering.isEmpty()) {
            List<Problem> problems = new ArrayList<>(plan.sheet().problems());
            problems.addFirst(new Problem(0, Kind.UNKNOWN_OFFERING, offeringId));
            return new Plan(new ParticipantSheet(offeringId, plan.sheet().rows(), problems), plan.rows());
        }
        return plan;
    }

    private Register register(String offeringId) {
        List<PersonEntry> people = store.select(Person.class, "id", "firstName", "lastName", "email",
                "organisation.id", "municipality.id").stream()
                .map(v -> new PersonEntry((String) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4],
                        (String) v[5]))
                .toList();
        List<OrganisationEntry> organisations = store.select(Organisation.class, "id", "name", "kind", "parent.id")
                .stream().map(v -> new OrganisationEntry((String) v[0], (String) v[1], (OrganisationKind) v[2],
                        (String) v[3]))
                .toList();
        Map<String, Boolean> enrolled = new HashMap<>();
        store.findBy(Enrolment.class, Literals.ENROLMENT__OFFERING, offeringId)
                .forEach(e -> enrolled.put(e.getPerson().getId(), Boolean.TRUE));
        return new Register(people, organisations, enrolled.keySet());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
