package se.samverka.inventory.records;

/** How serious a finding, or the state of a record kind, is: shown green, amber or red, always with text too. */
public enum Severity {
    /** In order. */
    OK,
    /** Needs doing soon, or not required by law but lapsed. */
    WARNING,
    /** The law's requirement is not met. */
    ERROR;

    /** The more serious of the two. */
    public Severity worst(Severity other) {
        return other != null && other.compareTo(this) > 0 ? other : this;
    }
}
