package se.samverka.inventory.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import se.samverka.model.MunicipalRecordKind;

/**
 * The statutory rule for a municipality's records (Lag 2023:196 om kommuners ansvar för brottsförebyggande arbete):
 * a lägesbild at least every second year, and an action plan based on it. Pure: it reads no database and knows no
 * day but the one it is given.
 * <ul>
 * <li>Lägesbild: due two years after the latest was adopted ({@link LocalDate#plusYears}: one adopted on a leap day
 * is due on 28 February). Due within {@value #WARNING_DAYS} days (the due day included) is a warning, past the due
 * day an error, none at all an error.</li>
 * <li>Action plan: none at all is an error. One adopted before the latest lägesbild is a <em>warning</em>, not an
 * error: the law asks for a plan based on the lägesbild but sets no deadline for it, and a new lägesbild always
 * comes first, so for a while every municipality that does things in the right order has an older plan.</li>
 * <li>Cooperation agreement and citizen promise: not required by the law; one whose period has ended is a warning
 * (renew it with the police), none is no finding.</li>
 * </ul>
 * Records adopted (or beginning to apply) after the day are not counted, so the state on a past day is the state the
 * municipality was in then.
 */
public final class RecordRule {

    /** How many days before a lägesbild is due the rule warns. */
    public static final int WARNING_DAYS = 90;
    /** How many years a lägesbild lasts. */
    public static final int PICTURE_YEARS = 2;

    /** A record as the rule sees it: its kind and its dates (the period may be empty). */
    public record Dated(MunicipalRecordKind kind, LocalDate adoptedOn, LocalDate validFrom, LocalDate validTo) {

        public Dated {
            Objects.requireNonNull(kind, "kind");
        }

        /** The day it counts from: adopted on, else the first day of its period. */
        LocalDate since() {
            return adoptedOn != null ? adoptedOn : validFrom;
        }
    }

    /** What the rule says of a municipality's records on a day: each kind's state, and the findings, worst first. */
    public record Result(Map<MunicipalRecordKind, RecordState> states, List<Finding> findings) {

        public Result {
            states = Map.copyOf(states);
            findings = List.copyOf(findings);
        }

        public RecordState state(MunicipalRecordKind kind) {
            return states.get(kind);
        }

        /** The most serious finding's severity, OK without findings. */
        public Severity severity() {
            return findings.stream().map(Finding::severity).reduce(Severity.OK, Severity::worst);
        }
    }

    private RecordRule() {
    }

    /** The day a lägesbild adopted on {@code adoptedOn} is due to be replaced. */
    public static LocalDate pictureDue(LocalDate adoptedOn) {
        return adoptedOn.plusYears(PICTURE_YEARS);
    }

    /** Applies the rule to one municipality's records on {@code day}. */
    public static Result evaluate(Collection<Dated> records, LocalDate day) {
        Objects.requireNonNull(day, "day");
        Map<MunicipalRecordKind, LocalDate> latest = new EnumMap<>(MunicipalRecordKind.class);
        Map<MunicipalRecordKind, Dated> latestRecord = new EnumMap<>(MunicipalRecordKind.class);
        for (Dated record : records) {
            LocalDate since = record.since();
            if (since == null || since.isAfter(day)) {
                continue;
            }
            LocalDate known = latest.get(record.kind());
            if (known == null || since.isAfter(known)) {
                latest.put(record.kind(), since);
                latestRecord.put(record.kind(), record);
            }
        }
        Map<MunicipalRecordKind, RecordState> states = new EnumMap<>(MunicipalRecordKind.class);
        List<Finding> findings = new ArrayList<>();

        LocalDate picture = latest.get(MunicipalRecordKind.SITUATION_PICTURE);
        if (picture == null) {
            add(states, findings, MunicipalRecordKind.SITUATION_PICTURE, RecordState.Status.MISSING, null, null);
        } else {
            LocalDate due = pictureDue(picture);
            RecordState.Status status = day.isAfter(due) ? RecordState.Status.OVERDUE
                    : day.isBefore(due.minusDays(WARNING_DAYS)) ? RecordState.Status.CURRENT
                            : RecordState.Status.DUE_SOON;
            add(states, findings, MunicipalRecordKind.SITUATION_PICTURE, status, picture, due);
        }

        LocalDate plan = latest.get(MunicipalRecordKind.ACTION_PLAN);
        if (plan == null) {
            add(states, findings, MunicipalRecordKind.ACTION_PLAN, RecordState.Status.MISSING, null, null);
        } else if (picture != null && plan.isBefore(picture)) {
            // The date that matters is the lägesbild's: the plan should be based on it.
            add(states, findings, MunicipalRecordKind.ACTION_PLAN, RecordState.Status.OUTDATED, plan, picture);
        } else {
            add(states, findings, MunicipalRecordKind.ACTION_PLAN, RecordState.Status.CURRENT, plan, null);
        }

        for (MunicipalRecordKind kind : List.of(MunicipalRecordKind.COOPERATION_AGREEMENT,
                MunicipalRecordKind.CITIZEN_PROMISE)) {
            Dated record = latestRecord.get(kind);
            if (record == null) {
                add(states, findings, kind, RecordState.Status.NONE, null, null);
            } else if (record.validTo() != null && record.validTo().isBefore(day)) {
                add(states, findings, kind, RecordState.Status.EXPIRED, record.since(), record.validTo());
            } else {
                add(states, findings, kind, RecordState.Status.CURRENT, record.since(), record.validTo());
            }
        }
        findings.sort(Comparator.comparing(Finding::severity).reversed()
                .thenComparing(f -> f.kind().ordinal()));
        return new Result(states, findings);
    }

    private static void add(Map<MunicipalRecordKind, RecordState> states, List<Finding> findings,
            MunicipalRecordKind kind, RecordState.Status status, LocalDate latest, LocalDate due) {
        states.put(kind, new RecordState(kind, status, latest, due));
        if (status != RecordState.Status.CURRENT && status != RecordState.Status.NONE) {
            findings.add(new Finding(kind, status, due, latest));
        }
    }

    /** The latest record of a kind adopted by {@code day}, if any. */
    public static Optional<Dated> latest(Collection<Dated> records, MunicipalRecordKind kind, LocalDate day) {
        return records.stream().filter(r -> r.kind() == kind && r.since() != null && !r.since().isAfter(day))
                .max(Comparator.comparing(Dated::since));
    }
}
