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
        CANCELLED
    }

    private final Reason reason;

    public SyncException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
