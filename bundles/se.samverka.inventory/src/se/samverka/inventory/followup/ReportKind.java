package se.samverka.inventory.followup;

/** Which follow-up report: an interim report (delrapport) during the period, or the final report (slutrapport). */
public enum ReportKind {
    INTERIM, FINAL
}
