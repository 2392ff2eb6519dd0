package se.samverka.server.app;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

import se.samverka.model.certificates.Verification;
import se.samverka.server.CountyAdmin;
import se.samverka.server.ServerException;

/**
 * {@code samverka-server verify CODE}: whether a course certificate with this verification code exists in the county,
 * with whose and which course it is. Exit code 0 when the certificate is valid, 1 when it is unknown, expired or the
 * code is not a code, 2 for a wrong command line, 3 when the county database cannot be asked.
 */
final class VerifyCommand {

    static final int VALID = 0;
    static final int NOT_VALID = 1;
    static final int USAGE = 2;
    static final int FAILED = 3;

    private VerifyCommand() {
    }

    /** Opens the administration of the county database (after the command line has been checked). */
    interface Admin {
        CountyAdmin open() throws ServerException;
    }

    /** Runs the command with what follows {@code verify} on the command line; returns the exit code. */
    static int run(Admin admin, List<String> arguments, LocalDate today, PrintStream out, PrintStream err) {
        if (arguments.isEmpty()) {
            err.println("Ange koden: samverka-server verify KOD (som 7KQ3-M2XD-9TBH-4R)");
            return USAGE;
        }
        // A code pasted with its spaces may arrive as several arguments.
        String code = String.join(" ", arguments);
        Verification answer;
        try {
            answer = admin.open().verify(code, today);
        } catch (ServerException e) {
            err.println("Länsdatabasen kan inte frågas: " + e.getMessage());
            return FAILED;
        }
        out.println(text(code, answer));
        return answer.valid() ? VALID : NOT_VALID;
    }

    /** The answer in words, in Swedish as the rest of the command line. */
    static String text(String code, Verification answer) {
        if (!answer.known()) {
            return "OGILTIGT: inget intyg har koden " + code.trim() + ".";
        }
        StringBuilder text = new StringBuilder(answer.valid() ? "GILTIGT" : "OGILTIGT (har gått ut)");
        text.append(": intyg ").append(answer.certificateNumber()).append(" för ").append(answer.participant())
                .append(", ").append(answer.course());
        if (answer.firstDay() != null) {
            text.append(", ").append(answer.firstDay());
            if (!answer.lastDay().equals(answer.firstDay())) {
                text.append(" – ").append(answer.lastDay());
            }
        }
        text.append(". Utfärdat ").append(answer.issuedOn());
        if (answer.expiresOn() != null) {
            text.append(answer.expired() ? ", gällde till och med " : ", gäller till och med ")
                    .append(answer.expiresOn());
        }
        return text.append('.').toString();
    }
}
