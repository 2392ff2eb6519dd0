package se.samverka.demo;

import java.util.ArrayList;
import java.util.List;

import se.samverka.model.ActionItem;
import se.samverka.model.AttendanceMark;
import se.samverka.model.Budget;
import se.samverka.model.Certificate;
import se.samverka.model.CooperationGroup;
import se.samverka.model.Course;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.Invitation;
import se.samverka.model.LocalProject;
import se.samverka.model.Meeting;
import se.samverka.model.Membership;
import se.samverka.model.MunicipalRecord;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.SyncedObject;

/**
 * A generated county: its records by kind. Contained records (agenda items, decisions, session days, indicators
 * and their values, budget lines) are inside their containers, not listed here.
 */
public final class CountyData {

    public final List<Organisation> organisations = new ArrayList<>();
    public final List<Person> people = new ArrayList<>();
    public final List<CooperationGroup> groups = new ArrayList<>();
    public final List<Membership> memberships = new ArrayList<>();
    public final List<Meeting> meetings = new ArrayList<>();
    public final List<Invitation> invitations = new ArrayList<>();
    public final List<ActionItem> actionItems = new ArrayList<>();
    public final List<Course> courses = new ArrayList<>();
    public final List<CourseOffering> offerings = new ArrayList<>();
    public final List<Enrolment> enrolments = new ArrayList<>();
    public final List<AttendanceMark> attendanceMarks = new ArrayList<>();
    public final List<Certificate> certificates = new ArrayList<>();
    public final List<LocalProject> projects = new ArrayList<>();
    public final List<MunicipalRecord> municipalRecords = new ArrayList<>();
    public final List<Budget> budgets = new ArrayList<>();
    // Support to municipalities (issue 13, support).
    public final List<se.samverka.model.SupportRound> supportRounds = new ArrayList<>();
    public final List<se.samverka.model.MunicipalSupport> supports = new ArrayList<>();

    /**
     * Every top-level record, each once, in an order where a record comes after the records it refers to (so that
     * {@code LocalStore.saveAll} can write them in one go).
     */
    public List<SyncedObject> all() {
        List<SyncedObject> all = new ArrayList<>();
        all.addAll(organisations);
        all.addAll(people);
        all.addAll(groups);
        all.addAll(memberships);
        all.addAll(meetings);
        all.addAll(invitations);
        all.addAll(actionItems);
        all.addAll(courses);
        all.addAll(offerings);
        all.addAll(enrolments);
        all.addAll(attendanceMarks);
        all.addAll(certificates);
        all.addAll(projects);
        all.addAll(municipalRecords);
        all.addAll(budgets);
        all.addAll(supportRounds);
        all.addAll(supports);
        return all;
    }
}
