package se.samverka.model.sync;

import static se.samverka.model.SamverkaPackage.Literals.ACTION_ITEM;
import static se.samverka.model.SamverkaPackage.Literals.ACTION_ITEM__MEETING;
import static se.samverka.model.SamverkaPackage.Literals.ATTENDANCE_MARK;
import static se.samverka.model.SamverkaPackage.Literals.ATTENDANCE_MARK__ENROLMENT;
import static se.samverka.model.SamverkaPackage.Literals.BUDGET;
import static se.samverka.model.SamverkaPackage.Literals.BUDGET__PROJECT;
import static se.samverka.model.SamverkaPackage.Literals.CERTIFICATE;
import static se.samverka.model.SamverkaPackage.Literals.CERTIFICATE__ENROLMENT;
import static se.samverka.model.SamverkaPackage.Literals.COOPERATION_GROUP;
import static se.samverka.model.SamverkaPackage.Literals.COURSE;
import static se.samverka.model.SamverkaPackage.Literals.COURSE_OFFERING;
import static se.samverka.model.SamverkaPackage.Literals.COURSE_OFFERING__TRAINERS;
import static se.samverka.model.SamverkaPackage.Literals.ENROLMENT;
import static se.samverka.model.SamverkaPackage.Literals.ENROLMENT__OFFERING;
import static se.samverka.model.SamverkaPackage.Literals.ENROLMENT__PERSON;
import static se.samverka.model.SamverkaPackage.Literals.ENROLMENT__STATUS;
import static se.samverka.model.SamverkaPackage.Literals.INVITATION;
import static se.samverka.model.SamverkaPackage.Literals.INVITATION__MEETING;
import static se.samverka.model.SamverkaPackage.Literals.LOCAL_PROJECT;
import static se.samverka.model.SamverkaPackage.Literals.LOCAL_PROJECT__MUNICIPALITY;
import static se.samverka.model.SamverkaPackage.Literals.LOCAL_PROJECT__PARTNER_ORGANISATIONS;
import static se.samverka.model.SamverkaPackage.Literals.MEETING;
import static se.samverka.model.SamverkaPackage.Literals.MEETING__COOPERATION_GROUP;
import static se.samverka.model.SamverkaPackage.Literals.MEMBERSHIP;
import static se.samverka.model.SamverkaPackage.Literals.MEMBERSHIP__COOPERATION_GROUP;
import static se.samverka.model.SamverkaPackage.Literals.MEMBERSHIP__PERSON;
import static se.samverka.model.SamverkaPackage.Literals.MUNICIPAL_RECORD;
import static se.samverka.model.SamverkaPackage.Literals.MUNICIPAL_RECORD__MUNICIPALITY;
import static se.samverka.model.SamverkaPackage.Literals.MUNICIPAL_SUPPORT;
import static se.samverka.model.SamverkaPackage.Literals.MUNICIPAL_SUPPORT__AMOUNT_GRANTED;
import static se.samverka.model.SamverkaPackage.Literals.MUNICIPAL_SUPPORT__AMOUNT_OFFERED;
import static se.samverka.model.SamverkaPackage.Literals.MUNICIPAL_SUPPORT__DECIDED_ON;
import static se.samverka.model.SamverkaPackage.Literals.MUNICIPAL_SUPPORT__MUNICIPALITY;
import static se.samverka.model.SamverkaPackage.Literals.MUNICIPAL_SUPPORT__ROUND;
import static se.samverka.model.SamverkaPackage.Literals.MUNICIPAL_SUPPORT__STATUS;
import static se.samverka.model.SamverkaPackage.Literals.ORGANISATION;
import static se.samverka.model.SamverkaPackage.Literals.ORGANISATION__KIND;
import static se.samverka.model.SamverkaPackage.Literals.ORGANISATION__PARENT;
import static se.samverka.model.SamverkaPackage.Literals.PERSON;
import static se.samverka.model.SamverkaPackage.Literals.PERSON__MUNICIPALITY;
import static se.samverka.model.SamverkaPackage.Literals.SUPPORT_ROUND;
import static se.samverka.model.sync.Role.COORDINATOR;
import static se.samverka.model.sync.Role.TRAINER;
import static se.samverka.model.sync.ScopePart.GROUP;
import static se.samverka.model.sync.ScopePart.MUNICIPALITY;
import static se.samverka.model.sync.ScopePart.OFFERING;
import static se.samverka.model.sync.ScopePart.TRAINERS;
import static se.samverka.model.sync.ScopeSource.field;
import static se.samverka.model.sync.ScopeSource.from;
import static se.samverka.model.sync.ScopeSource.itself;
import static se.samverka.model.sync.ScopeSource.when;
import static se.samverka.model.sync.SyncPolicy.inScope;
import static se.samverka.model.sync.SyncPolicy.shared;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;

import se.samverka.model.EnrolmentStatus;
import se.samverka.model.OrganisationKind;
import se.samverka.model.SamverkaPackage;
import se.samverka.model.SupportStatus;
import se.samverka.model.rules.EnrolmentTransitions;
import se.samverka.model.rules.SupportTransitions;

/**
 * The sync policy of every class of records, in one place. A class of records without a policy here cannot be
 * synced: the county server refuses to guess who may see it ({@code SyncPoliciesTest} fails first).
 */
public final class SyncPolicies {

    private static final Transitions ENROLMENT_STATUSES = Transitions.of(EnrolmentStatus.class,
            EnrolmentTransitions::isAllowed, EnrolmentTransitions::refusal);

    private static final Transitions SUPPORT_STATUSES = Transitions.of(SupportStatus.class,
            SupportTransitions::isAllowed, SupportTransitions::refusal);

    private static final List<SyncPolicy> ALL = List.of(
            // The register: organisations and groups are reference data; people belong to their municipality.
            shared(ORGANISATION)
                    .scope(MUNICIPALITY, when(ORGANISATION__KIND, OrganisationKind.MUNICIPALITY, itself(),
                            from(ORGANISATION__PARENT)))
                    // A coordinator may make a partner organisation in place for a project of theirs (partners job).
                    .createdWithChange(COORDINATOR, LOCAL_PROJECT__PARTNER_ORGANISATIONS),
            // A trainer at a venue may add a walk-in who is not in the register: the new person arrives with their
            // new enrolment in the trainer's offering. Changing a person stays the coordinators'.
            inScope(PERSON)
                    .scope(MUNICIPALITY, field(PERSON__MUNICIPALITY))
                    .changedBy(COORDINATOR, MUNICIPALITY)
                    .createdWith(TRAINER, ENROLMENT__PERSON),
            shared(COOPERATION_GROUP),
            inScope(MEMBERSHIP)
                    .scope(MUNICIPALITY, from(MEMBERSHIP__PERSON))
                    .scope(GROUP, field(MEMBERSHIP__COOPERATION_GROUP))
                    .changedBy(COORDINATOR, MUNICIPALITY),
            // Meetings belong to their group; invitations and action items to their meeting's.
            inScope(MEETING)
                    .scope(GROUP, field(MEETING__COOPERATION_GROUP)),
            // A coordinator answers their own invitation, offline too; county staff make them and mark attendance.
            inScope(INVITATION)
                    .scope(GROUP, from(INVITATION__MEETING))
                    .changedBy(COORDINATOR, GROUP)
                    .decidedByServer(ServerRule.OWN_REPLY_ONLY),
            inScope(ACTION_ITEM)
                    .scope(GROUP, from(ACTION_ITEM__MEETING))
                    .changedBy(COORDINATOR, GROUP),
            // Courses: offerings are reference data their trainers change; enrolments belong to the person's
            // municipality and to the offering, attendance and certificates to their enrolment's.
            shared(COURSE),
            shared(COURSE_OFFERING)
                    .scope(OFFERING, itself())
                    .scope(TRAINERS, field(COURSE_OFFERING__TRAINERS))
                    .changedBy(TRAINER, TRAINERS),
            inScope(ENROLMENT)
                    .scope(MUNICIPALITY, from(ENROLMENT__PERSON))
                    .scope(OFFERING, field(ENROLMENT__OFFERING))
                    .changedBy(COORDINATOR, MUNICIPALITY)
                    .changedBy(TRAINER, OFFERING)
                    .status(ENROLMENT__STATUS, ENROLMENT_STATUSES)
                    .decidedByServer(ServerRule.SEATS),
            inScope(ATTENDANCE_MARK)
                    .scope(MUNICIPALITY, from(ATTENDANCE_MARK__ENROLMENT))
                    .scope(OFFERING, from(ATTENDANCE_MARK__ENROLMENT))
                    .changedBy(TRAINER, OFFERING)
                    .decidedByServer(ServerRule.ONE_MARK_PER_PARTICIPANT_AND_DAY),
            inScope(CERTIFICATE)
                    .scope(MUNICIPALITY, from(CERTIFICATE__ENROLMENT))
                    .scope(OFFERING, from(CERTIFICATE__ENROLMENT))
                    .changedBy(TRAINER, OFFERING),
            // The inventory: a municipality's projects, records and the budgets of its projects.
            inScope(LOCAL_PROJECT)
                    .scope(MUNICIPALITY, field(LOCAL_PROJECT__MUNICIPALITY))
                    .changedBy(COORDINATOR, MUNICIPALITY),
            inScope(MUNICIPAL_RECORD)
                    .scope(MUNICIPALITY, field(MUNICIPAL_RECORD__MUNICIPALITY))
                    .changedBy(COORDINATOR, MUNICIPALITY),
            inScope(BUDGET)
                    .scope(MUNICIPALITY, from(BUDGET__PROJECT))
                    .changedBy(COORDINATOR, MUNICIPALITY),
            // Support to municipalities: the county's rounds are reference data; each municipality's support is
            // its coordinator's to apply for, while the offer and the decision stay the county's.
            shared(SUPPORT_ROUND),
            inScope(MUNICIPAL_SUPPORT)
                    .scope(MUNICIPALITY, field(MUNICIPAL_SUPPORT__MUNICIPALITY))
                    .changedBy(COORDINATOR, MUNICIPALITY)
                    .status(MUNICIPAL_SUPPORT__STATUS, SUPPORT_STATUSES)
                    .decidedByCounty(MUNICIPAL_SUPPORT__ROUND)
                    .decidedByCounty(MUNICIPAL_SUPPORT__AMOUNT_OFFERED)
                    .decidedByCounty(MUNICIPAL_SUPPORT__DECIDED_ON)
                    .decidedByCounty(MUNICIPAL_SUPPORT__AMOUNT_GRANTED)
                    .decidedByCounty(MUNICIPAL_SUPPORT__STATUS, SupportStatus.GRANTED.getName(),
                            SupportStatus.REJECTED.getName())
                    .decidedByServer(ServerRule.ONE_SUPPORT_PER_ROUND_AND_MUNICIPALITY));

    private static final Map<EClass, SyncPolicy> BY_CLASS = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(SyncPolicy::type, Function.identity()));

    private SyncPolicies() {
    }

    /**
     * The model's classes of records, in the model's order: the concrete synced classes that no record contains
     * (those are parts, which travel with their record and follow its policy). Each must have a policy.
     */
    public static List<EClass> recordClasses() {
        List<EClass> classes = new ArrayList<>();
        Set<EClass> parts = new HashSet<>();
        for (EClassifier classifier : SamverkaPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass type) {
                type.getEReferences().stream().filter(EReference::isContainment)
                        .forEach(reference -> parts.add(reference.getEReferenceType()));
                if (!type.isAbstract() && !type.isInterface()
                        && SamverkaPackage.Literals.SYNCED_OBJECT.isSuperTypeOf(type)) {
                    classes.add(type);
                }
            }
        }
        classes.removeAll(parts);
        return List.copyOf(classes);
    }

    /** Every policy, one per class of records. */
    public static List<SyncPolicy> all() {
        return ALL;
    }

    /**
     * The policy of a class of records.
     *
     * @throws IllegalArgumentException for a class without one (a part, which follows its record's policy, or a
     *                                  class nobody gave a policy)
     */
    public static SyncPolicy of(EClass type) {
        SyncPolicy policy = BY_CLASS.get(type);
        if (policy == null) {
            throw new IllegalArgumentException("No sync policy for " + type.getName());
        }
        return policy;
    }
}
