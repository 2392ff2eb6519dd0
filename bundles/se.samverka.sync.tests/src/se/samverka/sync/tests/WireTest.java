package se.samverka.sync.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import se.samverka.sync.protocol.Messages.Record;
import se.samverka.sync.protocol.Messages.Response;
import se.samverka.sync.protocol.Messages.Withdrawal;
import se.samverka.sync.protocol.Wire;

/**
 * The answer's withdrawals are added at its end, after the file key, where the landed release (format 2) stops
 * reading: an answer of that release reads as withdrawing nothing, and its laptops read a new answer's fields as
 * before.
 */
class WireTest {

    private static final Response ANSWER = new Response(42, Map.of("a", 3L),
            List.of(new Record("Person", "p", 2, Map.of("firstName", "Ada"))), List.of(), new byte[] { 1, 2, 3 },
            List.of(new Withdrawal("Enrolment", "e")));

    @Test
    void anAnswerCarriesItsWithdrawals() {
        Response read = Wire.decodeResponse(Wire.encode(ANSWER));
        assertEquals(List.of(new Withdrawal("Enrolment", "e")), read.withdrawn());
        assertEquals(ANSWER.records(), read.records());
    }

    @Test
    void anAnswerOfTheLandedReleaseReadsAsWithdrawingNothing() throws IOException {
        // The landed release wrote the same fields and ended with the file key: a new answer without withdrawals,
        // less its count of them (one int), is byte for byte such an answer.
        Response none = new Response(ANSWER.checkpoint(), ANSWER.accepted(), ANSWER.records(), ANSWER.conflicts(),
                ANSWER.fileKey());
        byte[] plain = gunzip(Wire.encode(none));
        byte[] landed = gzip(Arrays.copyOf(plain, plain.length - Integer.BYTES));
        Response read = Wire.decodeResponse(landed);
        assertEquals(List.of(), read.withdrawn());
        assertEquals(42, read.checkpoint());
        assertEquals(ANSWER.accepted(), read.accepted());
        assertEquals(ANSWER.records(), read.records());
        assertArrayEquals(ANSWER.fileKey(), read.fileKey());
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }
}
