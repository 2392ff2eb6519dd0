package se.samverka.meetings.internal.invitations;

import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.meetings.InvitationException;
import se.samverka.meetings.InvitationException.Reason;
import se.samverka.meetings.InvitationService;
import se.samverka.model.AgendaItem;
import se.samverka.model.Invitation;
import se.samverka.model.InvitationResponse;
import se.samverka.model.Meeting;
import se.samverka.model.MeetingStatus;
import se.samverka.model.Membership;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.model.SyncedObject;
import se.samverka.model.rules.Labels;
import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;
import se.samverka.store.SyncPort;

/** The invitation service on the local store: each step reads what it needs and writes in one transaction. */
@Component(service = InvitationService.class)
public final class InvitationServiceComponent implements InvitationService {

    private final LocalStore store;

    @Activate
    public InvitationServiceComponent(@Reference LocalStore store) {
        this.store = store;
    }

    @Override
    public Replier replier() {
        SyncPort.User user = store.sync().user();
        return user == null ? Replier.COUNTY : new Replier(user.role(), user.personId());
    }

    @Override
    public Optional<InvitationPage> page(String meetingId) {
        Optional<Meeting> meeting = store.find(Meeting.class, meetingId);
        if (meeting.isEmpty()) {
            return Optional.empty();
        }
        Replier replier = replier();
        Collator collator = Collator.getInstance();
        List<Invitation> invitations = invitations(meetingId);
        List<Invitee> invitees = invitations.stream()
                .sorted(Comparator.comparing(Invitation::isGuest)
                        .thenComparing(i -> sortName(i.getPerson()), collator))
                .map(i -> new Invitee(i.getId(), i.getPerson().getId(), name(i.getPerson()),
                        i.getPerson().getOrganisation() == null ? null : i.getPerson().getOrganisation().getName(),
                        i.isGuest(), i.getAgendaItem() == null ? null : i.getAgendaItem().getTitle(),
                        response(i), i.getResponseNote(), i.isAttended(), replier.mayReply(i.getPerson().getId())))
                .toList();
        return Optional.of(new InvitationPage(meetingId, meeting.get().getStatus(), invitees,
                summary(meeting.get().getStatus(), invitees)));
    }

    /** The counts of a page's invitees; absence counts once the meeting is held or someone is marked present. */
    static Summary summary(MeetingStatus status, List<Invitee> invitees) {
        int coming = 0;
        int apologised = 0;
        int notComing = 0;
        int notAnswered = 0;
        int present = 0;
        List<String> apologies = new ArrayList<>();
        for (Invitee invitee : invitees) {
            switch (invitee.response()) {
            case ACCEPTED -> coming++;
            case APOLOGY -> {
                apologised++;
                apologies.add(invitee.note() == null || invitee.note().isBlank() ? invitee.name()
                        : invitee.name() + ": " + invitee.note());
            }
            case DECLINED -> notComing++;
            default -> notAnswered++;
            }
            if (invitee.attended()) {
                present++;
            }
        }
        boolean taken = present > 0 || status == MeetingStatus.HELD || status == MeetingStatus.MINUTES_APPROVED;
        return new Summary(coming, apologised, notComing, notAnswered, present,
                taken ? invitees.size() - present : 0, List.copyOf(apologies));
    }

    @Override
    public int makeInvitations(String meetingId) throws InvitationException {
        requireOrganiser();
        Meeting meeting = meeting(meetingId);
        if (meeting.getCooperationGroup() == null) {
            throw new InvitationException(Reason.NO_GROUP, meetingId);
        }
        LocalDate day = day(meeting.getMeetingDate());
        Set<String> invited = new HashSet<>();
        for (Invitation invitation : invitations(meetingId)) {
            if (invitation.getAgendaItem() == null) {
                invited.add(invitation.getPerson().getId());
            }
        }
        List<SyncedObject> changed = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>(store.findBy(Membership.class,
                Literals.MEMBERSHIP__COOPERATION_GROUP, meeting.getCooperationGroup().getId()));
        memberships.sort(Comparator.comparing(m -> sortName(m.getPerson()), Collator.getInstance()));
        for (Membership membership : memberships) {
            if (!covers(membership, day) || !invited.add(membership.getPerson().getId())) {
                continue;
            }
            Invitation invitation = SamverkaFactory.eINSTANCE.createInvitation();
            invitation.setMeeting(meeting);
            invitation.setPerson(membership.getPerson());
            invitation.setResponse(InvitationResponse.NO_RESPONSE);
            changed.add(invitation);
        }
        int added = changed.size();
        if (meeting.getStatus() == MeetingStatus.PLANNED && (added > 0 || !invited.isEmpty())) {
            meeting.setStatus(MeetingStatus.INVITED);
            changed.add(0, meeting);
        }
        saveAll(changed);
        return added;
    }

    /** True when the membership lasts on the day: from its first day to its last, both included. */
    static boolean covers(Membership membership, LocalDate day) {
        LocalDate from = day(membership.getValidFrom());
        LocalDate to = day(membership.getValidTo());
        return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
    }

    @Override
    public Invitation inviteGuest(String meetingId, String agendaItemId, Person person) throws InvitationException {
        requireOrganiser();
        Meeting meeting = meeting(meetingId);
        AgendaItem item = meeting.getAgendaItems().stream().filter(i -> i.getId().equals(agendaItemId)).findFirst()
                .orElseThrow(() -> new InvitationException(Reason.NOT_FOUND, agendaItemId));
        if (person.getId() != null && invitations(meetingId).stream()
                .anyMatch(i -> i.getPerson().getId().equals(person.getId())
                        && (i.getAgendaItem() == null || i.getAgendaItem().getId().equals(agendaItemId)))) {
            throw new InvitationException(Reason.ALREADY_INVITED, Labels.name(person));
        }
        Invitation invitation = SamverkaFactory.eINSTANCE.createInvitation();
        invitation.setMeeting(meeting);
        invitation.setPerson(person);
        invitation.setGuest(true);
        invitation.setAgendaItem(item);
        invitation.setResponse(InvitationResponse.NO_RESPONSE);
        List<SyncedObject> saved = saveAll(person.getId() == null ? List.of(person, invitation) : List.of(invitation));
        return (Invitation) saved.get(saved.size() - 1);
    }

    @Override
    public Invitation reply(String invitationId, InvitationResponse response, String note)
            throws InvitationException {
        Invitation invitation = invitation(invitationId);
        if (!replier().mayReply(invitation.getPerson().getId())) {
            throw new InvitationException(Reason.NOT_OWN_INVITATION, invitationId);
        }
        invitation.setResponse(response == null ? InvitationResponse.NO_RESPONSE : response);
        boolean keepsNote = response == InvitationResponse.APOLOGY || response == InvitationResponse.DECLINED;
        invitation.setResponseNote(keepsNote && note != null && !note.isBlank() ? note.strip() : null);
        return (Invitation) saveAll(List.of(invitation)).get(0);
    }

    @Override
    public Invitation markAttendance(String invitationId, boolean present) throws InvitationException {
        requireOrganiser();
        Invitation invitation = invitation(invitationId);
        if (invitation.isAttended() == present) {
            return invitation;
        }
        invitation.setAttended(present);
        return (Invitation) saveAll(List.of(invitation)).get(0);
    }

    @Override
    public int markAllPresent(String meetingId) throws InvitationException {
        requireOrganiser();
        meeting(meetingId);
        List<SyncedObject> changed = new ArrayList<>();
        for (Invitation invitation : invitations(meetingId)) {
            if (!invitation.isAttended()) {
                invitation.setAttended(true);
                changed.add(invitation);
            }
        }
        saveAll(changed);
        return changed.size();
    }

    @Override
    public List<Person> people() {
        Collator collator = Collator.getInstance();
        return store.findAll(Person.class).stream().sorted(Comparator.comparing(Labels::name, collator)).toList();
    }

    @Override
    public List<Organisation> organisations() {
        return store.findAll(Organisation.class).stream()
                .sorted(Comparator.comparing(Organisation::getName, Collator.getInstance())).toList();
    }

    private void requireOrganiser() throws InvitationException {
        if (!replier().organises()) {
            throw new InvitationException(Reason.COUNTY_ONLY, "county staff only");
        }
    }

    private Meeting meeting(String meetingId) throws InvitationException {
        return store.find(Meeting.class, meetingId)
                .orElseThrow(() -> new InvitationException(Reason.NOT_FOUND, meetingId));
    }

    private Invitation invitation(String invitationId) throws InvitationException {
        return store.find(Invitation.class, invitationId)
                .orElseThrow(() -> new InvitationException(Reason.NOT_FOUND, invitationId));
    }

    private List<Invitation> invitations(String meetingId) {
        return store.findBy(Invitation.class, Literals.INVITATION__MEETING, meetingId);
    }

    private List<SyncedObject> saveAll(List<? extends SyncedObject> changed) throws InvitationException {
        if (changed.isEmpty()) {
            return List.of();
        }
        try {
            return store.saveAll(changed);
        } catch (StoreException e) {
            throw new InvitationException(e);
        }
    }

    private static InvitationResponse response(Invitation invitation) {
        return invitation.getResponse() == null ? InvitationResponse.NO_RESPONSE : invitation.getResponse();
    }

    /** A person as the invitees' list writes them: first and last name (the organisation has its column). */
    static String name(Person person) {
        return (blank(person.getFirstName()) + " " + blank(person.getLastName())).strip();
    }

    private static String sortName(Person person) {
        return blank(person.getLastName()) + " " + blank(person.getFirstName());
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
