package se.samverka.server;

/** An operation of the county server failed; the message says what and why. */
public class ServerException extends Exception {

    private static final long serialVersionUID = 1L;

    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
