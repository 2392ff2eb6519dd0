package se.samverka.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import se.samverka.model.CooperationGroup;
import se.samverka.model.GroupKind;
import se.samverka.model.Membership;
import se.samverka.model.MembershipRole;
import se.samverka.model.Person;
import se.samverka.store.StoreException;

/**
 * The county's groups and their members over time, and each member's attendance over a year. Memberships are never
 * removed: ending one sets its last day, changing a role ends the old membership and starts a new one, so the
 * history says who held which role when. Every change is one transaction of the local store. An OSGi service,
 * available once the user has signed in.
 */
public interface GroupService {

    /** A group as the groups list shows it: read without loading the group or its members. */
    record GroupRow(String id, String name, GroupKind kind, int currentMembers) {
    }

    /**
     * A group as its page shows it, read in one go.
     *
     * @param current  the memberships that hold today, chairs first, then by role and name
     * @param former   the memberships that have ended (or have not yet begun), latest end first
     * @param meetings the group's meetings, oldest first
     */
    record GroupPage(CooperationGroup group, List<Membership> current, List<Membership> former,
            List<MeetingRow> meetings) {
    }

    /** One person's mark at one meeting of the year. */
    enum Mark {
        /** Marked present. */
        PRESENT,
        /** Invited to a held meeting and not marked present. */
        ABSENT,
        /** Invited, but the meeting has not been held (attendance is recorded once its status is held). */
        NOT_RECORDED,
        /** Not invited to that meeting (for example not yet a member). */
        NOT_INVITED
    }

    /**
     * One person's attendance over the year.
     *
     * @param marks   one per meeting of {@link Attendance#meetings()}, in the same order
     * @param flagged absent from two held meetings in a row that they were invited to
     */
    record MemberAttendance(Person person, List<Mark> marks, int invited, int present, int absent, int notRecorded,
            boolean flagged) {
    }

    /**
     * The attendance at a group's meetings of one year. Cancelled meetings and guests invited to one agenda item are
     * left out.
     *
     * @param meetings the meetings of the year, oldest first
     * @param members  everyone invited as a member to one of them and everyone who is a member at some time in the
     *                 year, by name
     */
    record Attendance(int year, List<MeetingRow> meetings, List<MemberAttendance> members) {
    }

    /** Every group that is not deleted, by name, with how many members it has today. */
    List<GroupRow> rows();

    /** The group with this id, if it exists. */
    Optional<CooperationGroup> group(String id);

    /** A new group, not yet saved: a working group. */
    CooperationGroup newGroup();

    /** Saves a group's name, kind and description; see {@link se.samverka.store.LocalStore#save}. */
    CooperationGroup save(CooperationGroup group) throws StoreException;

    /** The group's page: its members now and before and its meetings; empty when the group does not exist. */
    Optional<GroupPage> page(String groupId);

    /** The memberships of the group that hold on this day (its first and last day included). */
    List<Membership> membersOn(String groupId, LocalDate day);

    /**
     * Makes a person a member of the group from a day, open-ended. A person not yet saved (made in place) is saved in
     * the same transaction.
     *
     * @throws MembershipException {@code OVERLAP} when the person is a member then already, {@code MISSING},
     *                             {@code NOT_FOUND}, {@code STORE}
     */
    Membership addMember(String groupId, Person person, MembershipRole role, LocalDate from)
            throws MembershipException;

    /**
     * Ends a membership: {@code lastDay} is its last day. The membership is kept, as a former one once the day has
     * passed.
     *
     * @throws MembershipException {@code ENDS_BEFORE_START}, {@code ALREADY_ENDED}, {@code NOT_FOUND}, {@code STORE}
     */
    Membership endMembership(String membershipId, LocalDate lastDay) throws MembershipException;

    /**
     * Changes a member's role from a day: the membership ends the day before and a new one with the new role starts
     * on {@code from}, open-ended or ending when the old one was to end. On the membership's first day, the role is
     * corrected in place instead (there is no history to keep).
     *
     * @return the membership that holds from {@code from}
     * @throws MembershipException {@code ENDS_BEFORE_START} when {@code from} is before the membership began,
     *                             {@code ALREADY_ENDED} when it ended before {@code from}, {@code MISSING},
     *                             {@code NOT_FOUND}, {@code STORE}
     */
    Membership changeRole(String membershipId, MembershipRole role, LocalDate from) throws MembershipException;

    /** Everyone in the county's directory, by name: whom a member is picked among. */
    List<Person> people();

    /** The county's organisations, by name: for a person made in place. */
    List<se.samverka.model.Organisation> organisations();

    /** The attendance of the group's members at its meetings of a year. */
    Attendance attendance(String groupId, int year);
}
