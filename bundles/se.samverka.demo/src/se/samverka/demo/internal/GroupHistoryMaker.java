package se.samverka.demo.internal;

import static se.samverka.demo.internal.Builder.MODEL;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import se.samverka.model.CooperationGroup;
import se.samverka.model.Invitation;
import se.samverka.model.InvitationResponse;
import se.samverka.model.Meeting;
import se.samverka.model.MeetingStatus;
import se.samverka.model.Membership;
import se.samverka.model.MembershipRole;
import se.samverka.model.Person;

/**
 * The groups job's part of the demo county, made after the meetings: a change of chair in Styrgruppen halfway
 * through the period (the old chair stays on as a member, a member becomes chair: the group page's history shows
 * who was ordförande when), and a member of Länsnätverket who sent apologies to its last two held meetings, so the
 * attendance over the year flags someone.
 */
final class GroupHistoryMaker {

    private final Builder county;

    GroupHistoryMaker(Builder county) {
        this.county = county;
    }

    void make() {
        changeOfChair();
        twoApologiesInARow();
    }

    private void changeOfChair() {
        CooperationGroup steering = group("Styrgruppen");
        if (steering == null) {
            return;
        }
        List<Membership> memberships = county.data.memberships.stream()
                .filter(m -> m.getCooperationGroup() == steering && m.getValidTo() == null).toList();
        Membership chair = memberships.stream().filter(m -> m.getMemberRole() == MembershipRole.CHAIR).findFirst()
                .orElse(null);
        Membership next = memberships.stream().filter(m -> m.getMemberRole() == MembershipRole.MEMBER).findFirst()
                .orElse(null);
        if (chair == null || next == null) {
            return;
        }
        LocalDate from = LocalDate.of(county.years.get(county.years.size() / 2), 7, 1);
        chair.setValidTo(Builder.date(from.minusDays(1)));
        next.setValidTo(Builder.date(from.minusDays(1)));
        member(steering, chair.getPerson(), MembershipRole.MEMBER, from);
        member(steering, next.getPerson(), MembershipRole.CHAIR, from);
    }

    private void twoApologiesInARow() {
        CooperationGroup network = group("Länsnätverket");
        if (network == null) {
            return;
        }
        List<Meeting> held = county.data.meetings.stream()
                .filter(m -> m.getCooperationGroup() == network && (m.getStatus() == MeetingStatus.HELD
                        || m.getStatus() == MeetingStatus.MINUTES_APPROVED))
                .sorted(Comparator.comparing(Meeting::getMeetingDate)).toList();
        if (held.size() < 2) {
            return;
        }
        Meeting last = held.get(held.size() - 1);
        Meeting before = held.get(held.size() - 2);
        List<Invitation> atLast = invitations(last);
        for (Invitation invitation : invitations(before)) {
            Person person = invitation.getPerson();
            Invitation other = atLast.stream().filter(i -> i.getPerson() == person).findFirst().orElse(null);
            if (other != null) {
                for (Invitation absent : List.of(invitation, other)) {
                    absent.setResponse(InvitationResponse.APOLOGY);
                    absent.setResponseNote("Krockar med kommunstyrelsen");
                    absent.setAttended(false);
                }
                return;
            }
        }
    }

    private List<Invitation> invitations(Meeting meeting) {
        return county.data.invitations.stream().filter(i -> i.getMeeting() == meeting && !i.isGuest())
                .sorted(Comparator.comparing((Invitation i) -> i.getPerson().getLastName())).toList();
    }

    private CooperationGroup group(String name) {
        return county.data.groups.stream().filter(g -> name.equals(g.getName())).findFirst().orElse(null);
    }

    private void member(CooperationGroup group, Person person, MembershipRole role, LocalDate from) {
        Membership membership = MODEL.createMembership();
        membership.setCooperationGroup(group);
        membership.setPerson(person);
        membership.setMemberRole(role);
        membership.setValidFrom(Builder.date(from));
        county.data.memberships.add(county.add(membership));
    }
}
