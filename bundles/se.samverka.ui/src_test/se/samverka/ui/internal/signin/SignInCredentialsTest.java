package se.samverka.ui.internal.signin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SignInCredentialsTest {

    @Test
    void noPasswordMeansTheDialogAsks() {
        assertTrue(SignInCredentials.fromEnvironment(Map.of(), "anna").isEmpty());
        assertTrue(SignInCredentials.fromEnvironment(Map.of("SAMVERKA_PASSWORD", ""), "anna").isEmpty());
    }

    @Test
    void thePasswordWithTheGivenOrTheLastUser() {
        SignInCredentials last = SignInCredentials.fromEnvironment(Map.of("SAMVERKA_PASSWORD", "hemligt"), "anna")
                .orElseThrow();
        assertEquals("anna", last.user());
        assertArrayEquals("hemligt".toCharArray(), last.password());
        assertEquals("olle", SignInCredentials.fromEnvironment(
                Map.of("SAMVERKA_PASSWORD", "hemligt", "SAMVERKA_USER", " olle "), "anna").orElseThrow().user());
    }
}
