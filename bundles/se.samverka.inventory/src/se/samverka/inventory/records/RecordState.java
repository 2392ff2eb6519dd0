package se.samverka.inventory.records;

/**
 * The state of one kind of municipal record on a day, as a cell of the county overview shows it.
 *
 * @param kind     the kind of record
 * @param status   what the rule says of it
 * @param latest   the day the latest record of the kind that counts was adopted (or began to apply), or null when
 *                 there is none
 * @param due      the day by which something must be done (a new lägesbild, a renewal), or null
 */
public record RecordState(se.samverka.model.MunicipalRecordKind kind, Status status, java.time.LocalDate latest,
        java.time.LocalDate due) {

    /** What the rule says of a record kind. */
    public enum Status {
        /** Adopted and current. */
        CURRENT(Severity.OK),
        /** A lägesbild whose two years end within 90 days. */
        DUE_SOON(Severity.WARNING),
        /** A lägesbild older than two years. */
        OVERDUE(Severity.ERROR),
        /** An action plan older than the latest lägesbild: not based on it. */
        OUTDATED(Severity.WARNING),
        /** An agreement or a promise whose period has ended. */
        EXPIRED(Severity.WARNING),
        /** A lägesbild or action plan the municipality does not have: the law requires it. */
        MISSING(Severity.ERROR),
        /** An agreement or promise the municipality does not have: not required by law, so no finding. */
        NONE(Severity.OK);

        private final Severity severity;

        Status(Severity severity) {
            this.severity = severity;
        }

        public Severity severity() {
            return severity;
        }
    }

    public Severity severity() {
        return status.severity();
    }
}
