package se.samverka.server;

/** What a user of the county server is, which decides what they receive and may change. */
public enum Role {
    /** County staff (länsstyrelsen): everything. */
    COUNTY,
    /** A trainer: the course offerings they teach, their participants and attendance. */
    TRAINER,
    /** A municipal coordinator: their municipality's data and the county-wide data they take part in. */
    COORDINATOR
}
