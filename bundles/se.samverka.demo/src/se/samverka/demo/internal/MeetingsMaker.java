package se.samverka.demo.internal;

import static se.samverka.demo.internal.Builder.MODEL;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import se.samverka.model.ActionItem;
import se.samverka.model.ActionItemStatus;
import se.samverka.model.AgendaItem;
import se.samverka.model.CooperationGroup;
import se.samverka.model.Decision;
import se.samverka.model.Invitation;
import se.samverka.model.InvitationResponse;
import se.samverka.model.Meeting;
import se.samverka.model.MeetingStatus;
import se.samverka.model.Membership;
import se.samverka.model.Person;

/**
 * Makes the meetings of the county's groups over the years: the network four times a year, the steering group,
 * the officials' group and the working groups twice; past ones held with minutes, decisions and action items,
 * coming ones planned or with invitations out.
 */
final class MeetingsMaker {

    private static final List<String> THEMES = List.of("Trygghetsmätningar och lägesbilder",
            "Medborgarlöften – erfarenheter från länet", "Våld i nära relationer", "Ungdomar i riskmiljöer",
            "Effektiv samordning för trygghet (EST)", "Butiksrån och inbrott", "Trygghetsvandringar",
            "Lagen om kommuners ansvar för brottsförebyggande arbete", "Narkotika i skolmiljö",
            "Välfärdsbrott och felaktiga utbetalningar", "Skadegörelse och klotter", "Situationell prevention");
    private static final List<String> ACTIONS = List.of("Skicka ut presentationen till nätverket",
            "Sammanställa kommunernas lägesbilder", "Boka lokal till nästa träff",
            "Ta fram förslag på gemensam trygghetsmätning", "Bjuda in Brottsofferjouren till nästa möte",
            "Samla in uppgifter till länets inventering", "Kontakta BRÅ om stöd till metodarbetet",
            "Ta fram underlag om medborgarlöften", "Följa upp deltagandet i grundkursen");

    private final Builder county;
    private final Names names;

    MeetingsMaker(Builder county) {
        this.county = county;
        this.names = county.names;
    }

    void make() {
        for (CooperationGroup group : county.data.groups) {
            int[] months = switch (group.getKind()) {
                case NETWORK -> new int[] { 2, 5, 9, 11 };
                case STEERING_GROUP -> new int[] { 3, 10 };
                case OFFICIALS_GROUP -> new int[] { 4, 11 };
                case WORKING_COMMITTEE -> new int[] { 2, 9 };
                default -> new int[] { 3, 10 };
            };
            for (int year : county.years) {
                for (int i = 0; i < months.length; i++) {
                    meeting(group, year, months[i], i + 1);
                }
            }
        }
        planningAgendas();
    }

    /**
     * planning: the network's series of next year as county staff plan it, with the year's citizen promises on each
     * agenda and the municipalities' report by that name. Made without the random source (the new items' ids come
     * from their meeting's), so every other record of the county stays as it was.
     */
    private void planningAgendas() {
        int next = county.today.getYear() + 1;
        Person promises = county.coordinators.values().iterator().next();
        for (Meeting meeting : county.data.meetings) {
            if (meeting.getCooperationGroup().getKind() != se.samverka.model.GroupKind.NETWORK
                    || Builder.localDate(meeting.getMeetingDate()).getYear() != next) {
                continue;
            }
            List<AgendaItem> items = meeting.getAgendaItems();
            items.stream().filter(i -> i.getTitle().equals("Aktuellt från kommunerna"))
                    .forEach(i -> i.setTitle("Rapport från kommunerna"));
            AgendaItem item = MODEL.createAgendaItem();
            item.setId(java.util.UUID.nameUUIDFromBytes((meeting.getId() + "/medborgarlöften")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
            item.setTitle("Medborgarlöften " + next);
            item.setDescription("Kommunerna och polisen berättar om årets medborgarlöften och hur de följs upp.");
            item.setDurationMinutes(30);
            item.setPresenter(promises);
            items.add(items.size() - 1, item);
            for (int i = 0; i < items.size(); i++) {
                items.get(i).setSeq(i + 1);
            }
        }
    }

    private void meeting(CooperationGroup group, int year, int month, int number) {
        LocalDate day = Builder.weekday(LocalDate.of(year, month, names.between(5, 24)));
        boolean network = group.getKind() == se.samverka.model.GroupKind.NETWORK;
        Meeting meeting = MODEL.createMeeting();
        meeting.setCooperationGroup(group);
        meeting.setSeriesName(group.getName() + " " + year);
        meeting.setTitle(network ? "Nätverksträff " + number + " " + year : group.getName() + ", möte " + number);
        meeting.setMeetingDate(Builder.date(day.atTime(network ? LocalTime.of(9, 0) : LocalTime.of(13, 0))));
        meeting.setEndsAt(Builder.date(day.atTime(network ? LocalTime.of(15, 0) : LocalTime.of(15, 30))));
        if (names.chance(0.25)) {
            meeting.setOnlineLink("https://teams.microsoft.com/l/meetup-join/" + names.code().toLowerCase(Locale.ROOT));
        } else {
            Municipality host = names.pick(county.municipalities);
            meeting.setPlace(names.chance(0.4) ? "Länsstyrelsen, Hamnesplanaden 3, Uppsala"
                    : "Kommunhuset, " + host.places().get(0));
        }
        boolean past = county.isPast(day);
        List<Person> members = members(group, day);
        String theme = names.pick(THEMES);
        String[] items = network
                ? new String[] { "Inledning och dagordning", "Lägesbild från polisen", "Aktuellt från kommunerna",
                    "Tema: " + theme, "Utbildningar i länet", "Övriga frågor" }
                : new String[] { "Inledning", "Föregående protokoll", "Tema: " + theme, "Ekonomi och uppföljning",
                    "Övriga frågor" };
        for (int i = 0; i < items.length; i++) {
            AgendaItem item = MODEL.createAgendaItem();
            item.setSeq(i + 1);
            item.setTitle(items[i]);
            item.setDurationMinutes(i == 3 && network ? 90 : names.between(2, 6) * 10);
            item.setPresenter(i == 1 && network ? names.pick(members.stream()
                    .filter(p -> "Kommunpolis".equals(p.getTitle())).toList()) : names.pick(members));
            if (past && (i == 2 || i == 3)) {
                Decision decision = MODEL.createDecision();
                decision.setSeq(1);
                decision.setText(i == 2 ? "Informationen noteras till protokollet."
                        : "Nätverket ställer sig bakom förslaget om gemensamt arbete med " + theme.toLowerCase(Locale.ROOT)
                                + ".");
                item.getDecisions().add(decision);
            }
            meeting.getAgendaItems().add(item);
        }
        if (past) {
            boolean recent = day.isAfter(county.today.minusMonths(3));
            meeting.setStatus(recent ? MeetingStatus.HELD : MeetingStatus.MINUTES_APPROVED);
            meeting.setMinutes("Protokoll från " + meeting.getTitle().toLowerCase(Locale.ROOT) + ".\n\n§ 1 Mötet öppnades och "
                    + "dagordningen godkändes.\n§ 2 Polisen redovisade lägesbilden för perioden.\n§ 3 Kommunerna "
                    + "berättade om aktuellt arbete.\n§ 4 Tema: " + theme + ".\n§ 5 Mötet avslutades.");
        } else {
            meeting.setStatus(day.isBefore(county.today.plusMonths(2)) ? MeetingStatus.INVITED
                    : MeetingStatus.PLANNED);
        }
        county.data.meetings.add(county.add(meeting));
        if (past || meeting.getStatus() == MeetingStatus.INVITED) {
            invite(meeting, members, past);
        }
        if (past) {
            actions(meeting, members, day);
        }
    }

    private List<Person> members(CooperationGroup group, LocalDate day) {
        Date when = Builder.date(day);
        return county.data.memberships.stream().filter(m -> m.getCooperationGroup() == group)
                .filter(m -> !m.getValidFrom().after(when) && (m.getValidTo() == null || !m.getValidTo().before(when)))
                .map(Membership::getPerson).toList();
    }

    private void invite(Meeting meeting, List<Person> members, boolean past) {
        for (Person person : members) {
            Invitation invitation = MODEL.createInvitation();
            invitation.setMeeting(meeting);
            invitation.setPerson(person);
            double r = names.random().nextDouble();
            if (past) {
                invitation.setResponse(r < 0.8 ? InvitationResponse.ACCEPTED : InvitationResponse.APOLOGY);
                invitation.setAttended(invitation.getResponse() == InvitationResponse.ACCEPTED && r < 0.77);
                if (invitation.getResponse() == InvitationResponse.APOLOGY) {
                    invitation.setResponseNote(names.pick(List.of("Sjuk", "Krockar med kommunstyrelsen",
                            "Semester", "Utbildning samma dag")));
                }
            } else {
                invitation.setResponse(r < 0.5 ? InvitationResponse.ACCEPTED
                        : r < 0.6 ? InvitationResponse.DECLINED : InvitationResponse.NO_RESPONSE);
            }
            county.data.invitations.add(county.add(invitation));
        }
        // A guest from a partner organisation for the theme.
        AgendaItem theme = meeting.getAgendaItems().stream().filter(i -> i.getTitle().startsWith("Tema"))
                .findFirst().orElseThrow();
        Invitation guest = MODEL.createInvitation();
        guest.setMeeting(meeting);
        guest.setPerson(names.pick(county.partnerPeople));
        guest.setGuest(true);
        guest.setAgendaItem(theme);
        guest.setResponse(InvitationResponse.ACCEPTED);
        guest.setAttended(past);
        county.data.invitations.add(county.add(guest));
    }

    private void actions(Meeting meeting, List<Person> members, LocalDate day) {
        int count = names.between(1, 3);
        for (int i = 0; i < count; i++) {
            ActionItem action = MODEL.createActionItem();
            action.setMeeting(meeting);
            action.setAgendaItem(meeting.getAgendaItems().get(3));
            action.setDescription(names.pick(ACTIONS));
            action.setOwner(names.pick(members));
            LocalDate due = day.plusWeeks(names.between(2, 10));
            action.setDueDate(Builder.date(due));
            if (due.isBefore(county.today.minusWeeks(2)) && names.chance(0.85)) {
                action.setStatus(ActionItemStatus.DONE);
                action.setCompletedAt(Builder.date(due.minusDays(names.between(0, 10))));
            } else {
                action.setStatus(names.chance(0.5) ? ActionItemStatus.OPEN : ActionItemStatus.IN_PROGRESS);
            }
            county.data.actionItems.add(county.add(action));
        }
    }
}
