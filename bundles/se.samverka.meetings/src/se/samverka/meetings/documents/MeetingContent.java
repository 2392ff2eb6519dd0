package se.samverka.meetings.documents;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

import se.samverka.model.InvitationResponse;
import se.samverka.model.MembershipRole;

/**
 * What the meeting's documents (the kallelse, the protokoll and the calendar file) show of one meeting, read from the
 * store in one go: plain values, no store and no EMF objects, so that writing a document needs nothing else.
 *
 * @param id          the meeting's record id (the calendar's UID is made from it)
 * @param version     the meeting record's version (the calendar's SEQUENCE), 0 when unsaved
 * @param group       the group's name, or empty
 * @param title       the meeting's title, or empty
 * @param start       when it starts, in the window's time zone (the calendar converts to Europe/Stockholm)
 * @param end         when it ends, or {@code null}
 * @param place       where, or empty
 * @param link        the link to join online, or empty
 * @param cancelled   whether the meeting is cancelled
 * @param minutes     the meeting's general minutes (protokollsanteckningar not about one agenda item), or empty
 * @param agenda      the agenda items in order, decisions numbered § 1, § 2 … across the meeting
 * @param invitees    the invitations, by last name
 * @param organizer   who sends the invitation (the group's convener, secretary or chair, else the signed-in user)
 * @param openActions the group's open action items from its earlier meetings, by due date
 */
public record MeetingContent(String id, long version, String group, String title, ZonedDateTime start,
        ZonedDateTime end, String place, String link, boolean cancelled, String minutes, List<Item> agenda,
        List<Invitee> invitees, Person organizer, List<Action> openActions) {

    public MeetingContent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        group = strip(group);
        title = strip(title);
        place = strip(place);
        link = strip(link);
        minutes = minutes == null ? "" : minutes.strip();
        agenda = List.copyOf(agenda);
        invitees = List.copyOf(invitees);
        openActions = List.copyOf(openActions);
    }

    /** The decisions of the whole meeting, in their order (§ 1, § 2 …). */
    public List<Decision> decisions() {
        return agenda.stream().flatMap(i -> i.decisions().stream()).toList();
    }

    /** The action items made at this meeting, in agenda order. */
    public List<Action> actions() {
        return agenda.stream().flatMap(i -> i.actions().stream()).toList();
    }

    /** The meeting's heading: "group – title", or whichever of them there is. */
    public String heading() {
        return group.isEmpty() || title.isEmpty() ? group + title : group + " – " + title;
    }

    /**
     * An agenda item.
     *
     * @param number      its number on the agenda, from 1
     * @param startsAt    when it starts by the agenda (the meeting's start plus the items before it), or
     *                    {@code null} when an item before it has no time
     * @param minutesOfTime how many minutes it has, 0 when not said
     * @param presenter   who presents it, or empty
     * @param minutes     what the protokoll says of it (its minutes), or empty
     */
    public record Item(int number, String title, String description, String presenter, int minutesOfTime,
            LocalTime startsAt, List<Decision> decisions, List<Action> actions, String minutes) {
        public Item {
            title = strip(title);
            description = description == null ? "" : description.strip();
            minutes = minutes == null ? "" : minutes.strip();
            presenter = strip(presenter);
            decisions = List.copyOf(decisions);
            actions = List.copyOf(actions);
        }
    }

    /** A decision with its number in the meeting's protokoll (§ 1, § 2 …). */
    public record Decision(int number, String text) {
        public Decision {
            text = text == null ? "" : text.strip();
        }
    }

    /**
     * An action item.
     *
     * @param owner  who owes it, or empty
     * @param due    its due date, or {@code null}
     * @param status OPEN, IN_PROGRESS, DONE or CANCELLED (the model's names)
     */
    public record Action(String description, String owner, LocalDate due, String status) {
        public Action {
            description = strip(description);
            owner = strip(owner);
        }
    }

    /**
     * A person as the documents name them.
     *
     * @param email the address, or empty when the person has none
     */
    public record Person(String name, String organisation, String email) {
        public Person {
            name = strip(name);
            organisation = strip(organisation);
            email = strip(email);
        }
    }

    /**
     * An invitation.
     *
     * @param role       the person's role in the group on the meeting's day, or {@code null} for a guest or a
     *                   person who is not a member
     * @param guestFor   the title of the agenda item a guest is invited to, or empty for the whole meeting
     * @param response   the reply
     * @param note       the reply's note (e.g. the apology), or empty
     * @param attended   whether the person was there, {@code null} when not recorded
     */
    public record Invitee(Person person, MembershipRole role, String guestFor, InvitationResponse response,
            String note, Boolean attended) {
        public Invitee {
            Objects.requireNonNull(person, "person");
            guestFor = strip(guestFor);
            response = response == null ? InvitationResponse.NO_RESPONSE : response;
            note = strip(note);
        }

        /** Whether the person gave notice of not coming (declined or an apology). */
        public boolean apologised() {
            return response == InvitationResponse.APOLOGY || response == InvitationResponse.DECLINED;
        }
    }

    static String strip(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
