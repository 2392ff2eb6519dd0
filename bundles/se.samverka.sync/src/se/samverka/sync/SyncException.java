package se.samverka.sync;

/** Why a sync did not complete. Nothing half done is left behind: the next sync starts over where this one began. */
public class SyncException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The server cannot be reached (no network, wrong address, server down). */
        UNREACHABLE,
        /** The server refused the user name or password, or the user is disabled. */
        SIGN_IN,
        /** The server's certificate is not the county's, or the connection could not be encrypted. */
        UNTRUSTED,
        /** The server could not complete the sync. */
        SERVER,
        /** This laptop could not take in the server's answer. */
        LOCAL,
        /** The sync was cancelled before the server was asked. */
        CANCELLED,
        /** A sync file was refused: changed or damaged, another laptop's or user's, or out of date. */
        FILE,
        /** This laptop's Samverka speaks a model older than the county server accepts: it must be updated. */
        OUTDATED
    }

    /**
     * The SQLState with which the server's sync procedure refuses a laptop of a model older than it accepts (Derby's
     * network client passes a routine's SQLState on, not its message).
     */
    public static final String OUTDATED_STATE = "38S04";

    /** What is wrong with a sync file ({@link Reason#FILE}). */
    public enum FileProblem {
        /** Not a Samverka sync file, or one of another version. */
        NOT_A_SYNC_FILE("38S10"),
        /** Changed after it was made, cut short, or sealed with another laptop's key. */
        CHANGED("38S11"),
        /** An answer where a request belongs, or the other way round. */
        WRONG_KIND("38S12"),
        /** Made by another user than the one signed in. */
        OTHER_USER("38S13"),
        /** The laptop has never synced over the network, so it has no key yet. */
        NO_KEY("38S14"),
        /** A newer file from the laptop was handed in before. */
        OLDER("38S15"),
        /** The answer is for another laptop. */
        OTHER_LAPTOP(null),
        /** The answer was read in already, or the laptop has synced since it made the request. */
        OUT_OF_DATE(null),
        /** The file cannot be read or written. */
        UNREADABLE(null);

        private final String sqlState;

        FileProblem(String sqlState) {
            this.sqlState = sqlState;
        }

        /**
         * The SQLState with which the server's sync procedure refuses a file for this reason (Derby's network client
         * passes a routine's SQLState on, not its message); null for problems found on the laptop.
         */
        public String sqlState() {
            return sqlState;
        }

        static FileProblem ofSqlState(String state) {
            for (FileProblem problem : values()) {
                if (state.equals(problem.sqlState)) {
                    return problem;
                }
            }
            return null;
        }
    }

    private final Reason reason;
    private final FileProblem fileProblem;

    public SyncException(Reason reason, String message, Throwable cause) {
        this(reason, null, message, cause);
    }

    public SyncException(FileProblem problem, String message, Throwable cause) {
        this(Reason.FILE, problem, message, cause);
    }

    private SyncException(Reason reason, FileProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.fileProblem = problem;
    }

    public Reason reason() {
        return reason;
    }

    /** What is wrong with the sync file, when the reason is {@link Reason#FILE}; null otherwise. */
    public FileProblem fileProblem() {
        return fileProblem;
    }
}
