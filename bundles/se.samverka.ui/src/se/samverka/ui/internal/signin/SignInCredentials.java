package se.samverka.ui.internal.signin;

import java.util.Map;
import java.util.Optional;

/**
 * A user name and password given without the sign-in dialog, for scripted use of the application (benchmarks,
 * automated tests): the environment variables {@code SAMVERKA_PASSWORD} and {@code SAMVERKA_USER}.
 *
 * @param user     the user name
 * @param password the password
 */
public record SignInCredentials(String user, char[] password) {

    /** The credentials in the environment; empty when no password is set. The user defaults to the given one. */
    public static Optional<SignInCredentials> fromEnvironment(Map<String, String> environment, String defaultUser) {
        String password = environment.get("SAMVERKA_PASSWORD");
        if (password == null || password.isEmpty()) {
            return Optional.empty();
        }
        String user = environment.get("SAMVERKA_USER");
        return Optional.of(new SignInCredentials(user == null || user.isBlank() ? defaultUser : user.strip(),
                password.toCharArray()));
    }
}
