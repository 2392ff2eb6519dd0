package se.samverka.sync.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.samverka.model.ActionItem;
import se.samverka.model.AgendaItem;
import se.samverka.model.Budget;
import se.samverka.model.BudgetLine;
import se.samverka.model.CooperationGroup;
import se.samverka.model.Invitation;
import se.samverka.model.InvitationResponse;
import se.samverka.model.LocalProject;
import se.samverka.model.Meeting;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SyncedObject;
import se.samverka.store.LocalStore;
import se.samverka.store.SyncPort.Conflict;
import se.samverka.sync.protocol.RecordState;
import se.samverka.sync.ui.internal.ReadableConflicts.Group;
import se.samverka.sync.ui.internal.ReadableConflicts.Part;
import se.samverka.sync.ui.internal.ReadableConflicts.Row;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.forms.FieldFormats;

/**
 * How conflicts read, with the bundle's real texts and the window's real date patterns: records by name, fields by
 * their labels, references by the names of what they point to, values as the window writes them, never an id.
 */
class ReadableConflictsTest {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-");
    private static final SamverkaFactory MODEL = SamverkaFactory.eINSTANCE;
    private static final java.time.Instant FOUND = at(2026, 11, 30, 7, 43).toInstant();

    private final Map<String, SyncedObject> records = new HashMap<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    private Person anna;
    private Person erik;
    private Meeting meeting;
    private AgendaItem item;
    private Invitation invitation;
    private ActionItem action;
    private Budget budget;
    private BudgetLine line;

    @BeforeEach
    void aMeetingWithAnAgendaItemAnInvitationAnActionItemAndABudget() {
        Organisation enkoping = stored(MODEL.createOrganisation());
        enkoping.setName("Enköpings kommun");
        Organisation police = stored(MODEL.createOrganisation());
        police.setName("Lokalpolisområde Enköping");
        anna = person("Anna", "Berg", enkoping);
        erik = person("Erik", "Ek", police);
        CooperationGroup network = stored(MODEL.createCooperationGroup());
        network.setName("Länsnätverket");
        meeting = stored(MODEL.createMeeting());
        meeting.setCooperationGroup(network);
        meeting.setTitle("Nätverksträff 1");
        meeting.setMeetingDate(at(2026, 3, 12, 9, 0));
        item = stored(MODEL.createAgendaItem());
        item.setTitle("Lägesbild i kommunerna");
        item.setPresenter(anna);
        meeting.getAgendaItems().add(item);
        invitation = stored(MODEL.createInvitation());
        invitation.setMeeting(meeting);
        invitation.setPerson(anna);
        invitation.setResponse(InvitationResponse.ACCEPTED);
        invitation.setAttended(true);
        action = stored(MODEL.createActionItem());
        action.setMeeting(meeting);
        action.setDescription("Bjud in Räddningstjänsten\ntill nästa träff");
        action.setDueDate(at(2026, 4, 1, 0, 0));
        LocalProject project = stored(MODEL.createLocalProject());
        project.setTitle("Trygghetsvandring i Enköping");
        project.setMunicipality(enkoping);
        budget = stored(MODEL.createBudget());
        budget.setName("Budget 2026");
        budget.setBudgetYear(2026);
        budget.setProject(project);
        line = stored(MODEL.createBudgetLine());
        line.setDescription("Lokalhyra");
        line.setPlannedAmount(new BigDecimal("30000"));
        budget.getLines().add(line);

        conflict(meeting, "title", "Nätverksträff 1", "Nätverksträff 1 (ny lokal)", "BOTH_EDITED");
        conflict(meeting, "agendaItems/" + item.getId() + "/presenter", anna.getId(), erik.getId(), "BOTH_EDITED");
        conflict(meeting, "meetingDate", date(at(2026, 3, 12, 9, 0)), date(at(2026, 3, 19, 13, 30)), "BOTH_EDITED");
        conflict(invitation, "response", "", "APOLOGY", "BOTH_EDITED");
        conflict(action, "dueDate", date(at(2026, 4, 1, 0, 0)), date(at(2026, 4, 15, 0, 0)), "BOTH_EDITED");
        conflict(invitation, "attended", "true", "", "BOTH_EDITED");
        conflict(budget, "lines/" + line.getId() + "/plannedAmount", "30000", "32500.5", "BOTH_EDITED");
        conflict(meeting, "agendaItems/" + item.getId(), "", "", "DELETED_EDITED");
        conflict(erik, "*", "", "outside what lan may change", "REFUSED");
        conflicts.add(new Conflict(UUID.randomUUID().toString(), "Meeting", UUID.randomUUID().toString(), "title",
                "Gammal", "Ny", "LAN", "BOTH_EDITED", FOUND));
    }

    @Test
    void theConflictsOfOneRecordAreGroupedUnderItsName() {
        List<Group> groups = read(Locale.of("sv"));
        assertEquals(List.of("Möte: Nätverksträff 1, 2026-03-12 09:00",
                "Inbjudan: Nätverksträff 1, 2026-03-12 09:00 – Anna Berg (Enköpings kommun)",
                "Åtgärdspunkt: Bjud in Räddningstjänsten", "Budget: Budget 2026",
                "Person: Erik Ek (Lokalpolisområde Enköping)", "Möte (posten finns inte längre)"),
                groups.stream().map(Group::title).toList());
        Group meetingGroup = groups.get(0);
        assertEquals(List.of("Rubrik", "Datum och tid"), fields(meetingGroup.rows()),
                "the record's own fields in the order of the form");
        assertEquals(List.of("Dagordningspunkt: Lägesbild i kommunerna"),
                meetingGroup.parts().stream().map(Part::title).toList(), "then its parts, by name");
        assertEquals(List.of("hela delen", "Föredragande"), fields(meetingGroup.parts().get(0).rows()));
        assertEquals(List.of("Rubrik", "Datum och tid", "Dagordningspunkt: Lägesbild i kommunerna",
                "Föredragande (Dagordningspunkt: Lägesbild i kommunerna)"),
                meetingGroup.allRows().stream().map(Row::label).toList(), "each field with its part");
        assertEquals(List.of("Svar", "Närvarade"), fields(groups.get(1).rows()));
    }

    @Test
    void referencesReadAsTheNamesOfWhatTheyPointTo() {
        Row presenter = read(Locale.of("sv")).get(0).parts().get(0).rows().get(1);
        assertEquals("Anna Berg (Enköpings kommun)", presenter.kept());
        assertEquals("Erik Ek (Lokalpolisområde Enköping)", presenter.other());
        assertTrue(presenter.choosable(), "the other person can be chosen");
        assertFalse(presenter.mergeable());
    }

    @Test
    void valuesReadAsTheWindowWritesThem() {
        List<Group> groups = read(Locale.of("sv"));
        assertEquals(List.of("2026-03-12 09:00", "2026-03-19 13:30"), values(groups.get(0).rows().get(1)));
        assertEquals(List.of("Inget svar", "Anmält förhinder"), values(groups.get(1).rows().get(0)),
                "a choice left out by sync is the field's default");
        assertEquals(List.of("Ja", "Nej"), values(groups.get(1).rows().get(1)), "no is left out by sync");
        assertEquals(List.of("2026-04-01", "2026-04-15"), values(groups.get(2).rows().get(0)), "a day, no time");
        Row amount = groups.get(3).parts().get(0).rows().get(0);
        assertEquals("Budgeterat (kr) (Budgetrad: Lokalhyra)", amount.label());
        assertEquals(List.of("30 000", "32 500,5"), values(amount));
        assertEquals(List.of("Finns kvar", "Borttagen"), values(groups.get(0).parts().get(0).rows().get(0)));
        assertEquals("Nätverksträff 1 (ny lokal)", groups.get(0).rows().get(0).other());
    }

    @Test
    void whoMadeTheOtherEditAndWhenAndWhyItWasNotKept() {
        List<Group> groups = read(Locale.of("sv"));
        Row title = groups.get(0).rows().get(0);
        assertEquals("lan, 2026-11-30 07:43", title.author());
        assertEquals("Ändrad på två datorer", title.why());
        Row refused = groups.get(4).rows().get(0);
        assertEquals("hela posten", refused.field());
        assertEquals("Utanför din behörighet", refused.why());
        assertEquals(List.of("", ""), values(refused), "the server's own words are not shown");
        assertFalse(refused.choosable());
    }

    @Test
    void aRecordOpensInItsEditorOrInTheEditorOfTheRecordItBelongsTo() {
        List<Group> groups = read(Locale.of("sv"));
        ReadableConflicts.Target theMeeting = new ReadableConflicts.Target("Meeting", meeting.getId());
        assertEquals(theMeeting, groups.get(0).open());
        assertEquals(theMeeting, groups.get(1).open(), "an invitation opens its meeting");
        assertEquals(theMeeting, groups.get(2).open(), "an action item opens its meeting");
        assertEquals(new ReadableConflicts.Target("LocalProject", budget.getProject().getId()), groups.get(3).open());
        assertNull(groups.get(4).open(), "a person has no editor");
        assertNull(groups.get(5).open(), "a record that is gone");
    }

    @Test
    void noIdIsEverShown() {
        for (Locale locale : List.of(Locale.of("sv"), Locale.ENGLISH)) {
            for (Group group : read(locale)) {
                assertFalse(UUID_TEXT.matcher(group.title()).find(), group.title());
                group.parts().forEach(part -> assertFalse(UUID_TEXT.matcher(part.title()).find(), part.title()));
                for (Row row : group.allRows()) {
                    for (String text : List.of(row.field(), row.label(), row.kept(), row.other(), row.author(),
                            row.why())) {
                        assertFalse(UUID_TEXT.matcher(text).find(), text);
                    }
                }
            }
        }
    }

    @Test
    void inEnglish() {
        List<Group> groups = read(Locale.ENGLISH);
        assertEquals("Meeting: Nätverksträff 1, 2026-03-12 09:00", groups.get(0).title());
        Row presenter = groups.get(0).parts().get(0).rows().get(1);
        assertEquals("Presenter (Agenda item: Lägesbild i kommunerna)", presenter.label());
        assertEquals(List.of("No response", "Apology"), values(groups.get(1).rows().get(0)));
        assertEquals(List.of("Yes", "No"), values(groups.get(1).rows().get(1)));
        assertEquals(List.of("30,000", "32,500.5"), values(groups.get(3).parts().get(0).rows().get(0)));
        assertEquals("Edited on two computers", groups.get(0).rows().get(0).why());
        assertEquals("Meeting (the record no longer exists)", groups.get(5).title());
    }

    @Test
    void everyTextHasASwedishAndAnEnglishVersion() throws IOException {
        Properties swedish = properties("bundle.properties");
        Properties english = properties("bundle_en.properties");
        for (Field field : Messages.class.getFields()) {
            assertTrue(text(swedish, field.getName()) != null, "Swedish " + field.getName());
            assertTrue(text(english, field.getName()) != null, "English " + field.getName());
        }
        assertEquals(swedish.keySet(), english.keySet());
    }

    // ---- the conflicts and the store ----------------------------------------------------------------------

    private List<Group> read(Locale locale) {
        LocalStore store = (LocalStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { LocalStore.class }, (proxy, method, arguments) -> {
                    if (!method.getName().equals("find")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    SyncedObject found = records.get(arguments[1]);
                    return Optional.ofNullable(((Class<?>) arguments[0]).isInstance(found) ? found : null);
                });
        try {
            Messages messages = texts(new Messages(), locale == Locale.ENGLISH ? "bundle_en.properties"
                    : "bundle.properties", Path.of("OSGI-INF/l10n"));
            CommonTexts common = texts(new CommonTexts(), locale == Locale.ENGLISH ? "bundle_en.properties"
                    : "bundle.properties", Path.of("../se.samverka.ui/OSGI-INF/l10n"));
            return new ReadableConflicts(store, messages, new FieldFormats(common, locale), locale,
                    Set.of("Meeting", "LocalProject")).read(conflicts);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void conflict(SyncedObject record, String field, String kept, String other, String reason) {
        conflicts.add(new Conflict(UUID.randomUUID().toString(), record.eClass().getName(), record.getId(), field,
                kept, other, "LAN", reason, FOUND));
        assertTrue(field.equals("*") || RecordState.feature(record.eClass(), field) != null, field);
    }

    private <T extends SyncedObject> T stored(T record) {
        record.setId(UUID.randomUUID().toString());
        records.put(record.getId(), record);
        return record;
    }

    private Person person(String first, String last, Organisation organisation) {
        Person person = stored(MODEL.createPerson());
        person.setFirstName(first);
        person.setLastName(last);
        person.setOrganisation(organisation);
        return person;
    }

    private static List<String> fields(List<Row> rows) {
        return rows.stream().map(Row::field).toList();
    }

    private static List<String> values(Row row) {
        return List.of(row.kept(), row.other());
    }

    private static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(ZoneId.systemDefault()).toInstant());
    }

    /** A date as sync writes it. */
    private static String date(Date date) {
        return EcoreUtil.convertToString(EcorePackage.Literals.EDATE, date);
    }

    /** The text of a field: its key is the field's name, or the name with dots for underscores. */
    private static String text(Properties properties, String field) {
        return properties.getProperty(field, properties.getProperty(field.replace('_', '.')));
    }

    private static Properties properties(String file) throws IOException {
        return load(Path.of("OSGI-INF/l10n").resolve(file));
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** Fills an e4 {@code @Message} class from a bundle's properties file, as the translation service does. */
    private static <T> T texts(T messages, String file, Path folder) throws IOException {
        Properties properties = load(folder.resolve(file));
        for (Field field : messages.getClass().getFields()) {
            try {
                field.set(messages, text(properties, field.getName()));
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        return messages;
    }
}
