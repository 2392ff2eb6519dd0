package se.samverka.meetings.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.UUID;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import se.samverka.model.ActionItem;
import se.samverka.model.ActionItemStatus;
import se.samverka.meetings.MeetingMinutes;
import se.samverka.model.AgendaItem;
import se.samverka.model.CooperationGroup;
import se.samverka.model.Decision;
import se.samverka.model.GroupKind;
import se.samverka.model.Invitation;
import se.samverka.model.InvitationResponse;
import se.samverka.model.Meeting;
import se.samverka.model.MeetingStatus;
import se.samverka.model.Membership;
import se.samverka.model.MembershipRole;
import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.store.LocalStore;
import se.samverka.store.LocalStores;

/**
 * A network's series of meetings on a real encrypted laptop store, as the documents tests need it: a held meeting in
 * March (winter time) with three agenda items, two decisions, an action item, a guest for one item, an apology with
 * a note, a member without an e-mail address; an earlier meeting with one open and one done action item; a meeting
 * in May (summer time) and a cancelled one in October; a former member.
 */
final class MeetingDocumentsFixture implements AutoCloseable {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final SamverkaFactory F = SamverkaFactory.eINSTANCE;

    final LocalStore store;
    Person karin;
    Person per;
    Person sara;
    Person ali;
    Person jonas;
    Person eva;
    Meeting february;
    Meeting march;
    Meeting may;
    Meeting october;

    MeetingDocumentsFixture() throws Exception {
        ServiceTracker<LocalStores, LocalStores> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(MeetingDocumentsFixture.class).getBundleContext(), LocalStores.class, null);
        tracker.open();
        LocalStores stores = tracker.waitForService(10_000);
        Path folder = Path.of(System.getProperty("samverka.test.work", "target/meetings-work"))
                .resolve("documents-" + UUID.randomUUID());
        Files.createDirectories(folder.getParent());
        store = stores.open(folder, "hemligt-lösenord".toCharArray(), "lansstyrelsen");
        fill();
    }

    private void fill() throws Exception {
        Organisation board = organisation(OrganisationKind.COUNTY_BOARD, "Länsstyrelsen i Uppsala län");
        Organisation tierp = organisation(OrganisationKind.MUNICIPALITY, "Tierps kommun");
        Organisation police = organisation(OrganisationKind.POLICE_AREA, "Lokalpolisområde Uppsala");
        karin = person("Karin", "Lindqvist", board, "karin.lindqvist@lansstyrelsen.se");
        person("Lena", "Holm", board, "lena.holm@lansstyrelsen.se");
        per = person("Per", "Åström", tierp, "per.astrom@tierp.se");
        sara = person("Sara", "Nyberg", tierp, "sara.nyberg@tierp.se");
        ali = person("Ali", "Hassan", tierp, "ali.hassan@tierp.se");
        jonas = person("Jonas", "Berg", tierp, null);
        eva = person("Eva", "Öberg", police, "eva.oberg@polisen.se");
        Person gustav = person("Gustav", "Ek", tierp, "gustav.ek@tierp.se");

        CooperationGroup group = F.createCooperationGroup();
        group.setName("Länsnätverket");
        group.setKind(GroupKind.NETWORK);
        group = store.save(group);
        membership(group, karin, MembershipRole.CONVENER, null);
        membership(group, per, MembershipRole.CHAIR, null);
        membership(group, sara, MembershipRole.SECRETARY, null);
        membership(group, ali, MembershipRole.MEMBER, null);
        membership(group, jonas, MembershipRole.MEMBER, null);
        // A former chair: ended before the meetings, so neither chair nor organizer.
        membership(group, gustav, MembershipRole.CHAIR, LocalDate.of(2026, 12, 31));

        february = meeting(group, "Nätverksträff februari", LocalDateTime.of(2027, 2, 10, 9, 0), MeetingStatus.HELD);
        action(february, null, "Sammanställa trygghetsmätningen", ali, LocalDate.of(2027, 3, 1), ActionItemStatus.OPEN);
        action(february, null, "Boka lokal för vårens möten", sara, LocalDate.of(2027, 2, 20), ActionItemStatus.DONE);

        march = F.createMeeting();
        march.setCooperationGroup(group);
        march.setSeriesName("Länsnätverket 2027");
        march.setTitle("Nätverksträff mars");
        march.setMeetingDate(date(LocalDateTime.of(2027, 3, 11, 9, 0)));
        march.setEndsAt(date(LocalDateTime.of(2027, 3, 11, 12, 0)));
        march.setPlace("Länsstyrelsen, Hamnesplanaden 3, Uppsala");
        march.setOnlineLink("https://meet.example.se/lansnatverket-mars");
        march.setStatus(MeetingStatus.HELD);
        march.setMinutes("Mötet öppnades kl. 09.05. Nästa möte hålls den 20 maj.");
        AgendaItem welcome = item(march, "Välkommen och föregående protokoll", per, 15, null);
        AgendaItem police1 = item(march, "Lägesbild från polisen", eva, 30,
                "Polisen redovisar läget i länet; frågor från kommunerna.");
        AgendaItem reports = item(march, "Rapport från kommunerna", ali, 45, null);
        decision(police1, "Länsnätverket ställer sig bakom polisens lägesbild och sprider den i kommunerna.");
        decision(reports, "Kommunerna redovisar sina trygghetsvandringar till nästa möte.");
        // Minutes per agenda item as the meeting page writes them (sections of the meeting's minutes).
        MeetingMinutes.setMinutes(march, police1, "Anmälda brott i länet minskade med 4 procent under 2026.");
        march = store.save(march);
        AgendaItem savedPolice = march.getAgendaItems().stream().filter(i -> i.getSeq() == 2).findFirst().get();
        AgendaItem savedReports = march.getAgendaItems().stream().filter(i -> i.getSeq() == 3).findFirst().get();
        action(march, savedReports, "Samla in kommunernas rapporter", sara, LocalDate.of(2027, 5, 15),
                ActionItemStatus.OPEN);
        invitation(march, per, InvitationResponse.ACCEPTED, null, true, null);
        invitation(march, karin, InvitationResponse.ACCEPTED, null, true, null);
        invitation(march, sara, InvitationResponse.ACCEPTED, null, true, null);
        invitation(march, ali, InvitationResponse.APOLOGY, "Föräldraledig", false, null);
        invitation(march, jonas, InvitationResponse.NO_RESPONSE, null, false, null);
        invitation(march, eva, InvitationResponse.ACCEPTED, null, true, savedPolice);
        march = store.find(Meeting.class, march.getId()).orElseThrow();

        may = meeting(group, "Nätverksträff maj", LocalDateTime.of(2027, 5, 20, 9, 0), MeetingStatus.INVITED);
        invitation(may, per, InvitationResponse.NO_RESPONSE, null, false, null);
        october = meeting(group, "Nätverksträff oktober", LocalDateTime.of(2027, 10, 21, 13, 0),
                MeetingStatus.CANCELLED);
        invitation(october, per, InvitationResponse.NO_RESPONSE, null, false, null);
    }

    static Date date(LocalDateTime time) {
        return Date.from(time.atZone(STOCKHOLM).toInstant());
    }

    private Organisation organisation(OrganisationKind kind, String name) throws Exception {
        Organisation o = F.createOrganisation();
        o.setKind(kind);
        o.setName(name);
        return store.save(o);
    }

    private Person person(String first, String last, Organisation organisation, String email) throws Exception {
        Person p = F.createPerson();
        p.setFirstName(first);
        p.setLastName(last);
        p.setOrganisation(organisation);
        p.setEmail(email);
        return store.save(p);
    }

    private void membership(CooperationGroup group, Person person, MembershipRole role, LocalDate until)
            throws Exception {
        Membership m = F.createMembership();
        m.setCooperationGroup(group);
        m.setPerson(person);
        m.setMemberRole(role);
        m.setValidFrom(date(LocalDateTime.of(2025, 1, 1, 0, 0)));
        m.setValidTo(until == null ? null : date(until.atStartOfDay()));
        store.save(m);
    }

    private Meeting meeting(CooperationGroup group, String title, LocalDateTime start, MeetingStatus status)
            throws Exception {
        Meeting m = F.createMeeting();
        m.setCooperationGroup(group);
        m.setSeriesName("Länsnätverket 2027");
        m.setTitle(title);
        m.setMeetingDate(date(start));
        m.setEndsAt(date(start.plusHours(3)));
        m.setPlace("Länsstyrelsen, Uppsala");
        m.setStatus(status);
        item(m, "Uppföljning av åtgärder", per, 20, null);
        return store.save(m);
    }

    private static AgendaItem item(Meeting meeting, String title, Person presenter, int minutes, String description) {
        AgendaItem item = F.createAgendaItem();
        item.setSeq(meeting.getAgendaItems().size() + 1);
        item.setTitle(title);
        item.setPresenter(presenter);
        item.setDurationMinutes(minutes);
        item.setDescription(description);
        meeting.getAgendaItems().add(item);
        return item;
    }

    private static void decision(AgendaItem item, String text) {
        Decision d = F.createDecision();
        d.setSeq(item.getDecisions().size() + 1);
        d.setText(text);
        item.getDecisions().add(d);
    }

    private void action(Meeting meeting, AgendaItem item, String what, Person owner, LocalDate due,
            ActionItemStatus status) throws Exception {
        ActionItem a = F.createActionItem();
        a.setMeeting(meeting);
        a.setAgendaItem(item);
        a.setDescription(what);
        a.setOwner(owner);
        a.setDueDate(date(due.atStartOfDay()));
        a.setStatus(status);
        store.save(a);
    }

    private void invitation(Meeting meeting, Person person, InvitationResponse response, String note,
            boolean attended, AgendaItem guestFor) throws Exception {
        Invitation i = F.createInvitation();
        i.setMeeting(meeting);
        i.setPerson(person);
        i.setResponse(response);
        i.setResponseNote(note);
        i.setAttended(attended);
        i.setGuest(guestFor != null);
        i.setAgendaItem(guestFor);
        store.save(i);
    }

    /** The folder the tests leave their documents in (checked by veraPDF and ical4j after the tests). */
    static Path documents() throws Exception {
        Path folder = Path.of(System.getProperty("samverka.documents", "target/documents"));
        Files.createDirectories(folder);
        return folder;
    }

    @Override
    public void close() {
        store.close();
    }
}
