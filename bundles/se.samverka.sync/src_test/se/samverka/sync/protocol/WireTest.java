package se.samverka.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import se.samverka.model.sync.ModelVersion;
import se.samverka.sync.protocol.Messages.FieldConflict;
import se.samverka.sync.protocol.Messages.Push;
import se.samverka.sync.protocol.Messages.Record;
import se.samverka.sync.protocol.Messages.Request;
import se.samverka.sync.protocol.Messages.Response;
import se.samverka.sync.protocol.Messages.Withdrawal;

/**
 * The wire format carries the model each side speaks, and still reads and writes the format of the release before
 * (2), whose laptops speak model 1 and read only their own format. The answer's withdrawals are added at its end,
 * after the file key and the model, where the landed release stops reading: an answer of that release reads as
 * withdrawing nothing.
 */
class WireTest {

    private static final Push PUSH = new Push("LocalProject", "p1", 4, Map.of("title", "Trygg i centrum"));

    @Test
    void aRequestCarriesTheModelItsLaptopSpeaks() {
        ModelVersion older = ModelVersion.current().withoutClass("Certificate").withoutField("LocalProject",
                "partners");
        byte[] bytes = Wire.encode(new Request("r1", 17, List.of(PUSH), older));
        assertEquals(Messages.FORMAT, Wire.format(bytes));
        Request read = Wire.decodeRequest(bytes);
        assertEquals(older, read.model());
        assertEquals(List.of(PUSH), read.pushes());
        assertEquals(17, read.checkpoint());
    }

    @Test
    void aRequestOfTheReleaseBeforeSpeaksItsModel() {
        byte[] bytes = Wire.encode(new Request("r1", 17, List.of(PUSH)), Messages.OLDEST_FORMAT);
        assertEquals(2, Wire.format(bytes));
        Request read = Wire.decodeRequest(bytes);
        assertEquals(ModelVersion.released(ModelVersion.FIRST), read.model());
        assertEquals(List.of(PUSH), read.pushes());
    }

    @Test
    void anAnswerIsWrittenInTheFormatAsked() {
        Response response = new Response(42, Map.of("p1", 5L),
                List.of(new Record("Person", "x", 3, Map.of("firstName", "Anna"))),
                List.of(new FieldConflict("c", "LocalProject", "p1", "title", "a", "b", "LAN", "BOTH_EDITED", 9)),
                new byte[] { 1, 2, 3 });
        Response now = Wire.decodeResponse(Wire.encode(response));
        assertEquals(ModelVersion.CURRENT, now.model());
        byte[] before = Wire.encode(response, Messages.OLDEST_FORMAT);
        assertEquals(2, Wire.format(before));
        Response then = Wire.decodeResponse(before);
        assertEquals(response.records(), then.records());
        assertEquals(response.conflicts(), then.conflicts());
        assertArrayEquals(response.fileKey(), then.fileKey());
        assertEquals(ModelVersion.FIRST, then.model());
    }

    @Test
    void aFormatOutsideWhatThisVersionKnowsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Wire.encode(new Request("r", 0, List.of()), 1));
        assertThrows(IllegalArgumentException.class,
                () -> Wire.encode(new Request("r", 0, List.of()), Messages.FORMAT + 1));
    }

    private static final Response WITHDRAWING = new Response(42, Map.of("a", 3L),
            List.of(new Record("Person", "p", 2, Map.of("firstName", "Ada"))), List.of(), new byte[] { 1, 2, 3 },
            List.of(new Withdrawal("Enrolment", "e")));

    @Test
    void anAnswerCarriesItsWithdrawalsInEitherFormat() {
        for (int format : new int[] { Messages.OLDEST_FORMAT, Messages.FORMAT }) {
            Response read = Wire.decodeResponse(Wire.encode(WITHDRAWING, format));
            assertEquals(List.of(new Withdrawal("Enrolment", "e")), read.withdrawn(), "format " + format);
            assertEquals(WITHDRAWING.records(), read.records(), "format " + format);
        }
    }

    @Test
    void anAnswerOfTheLandedReleaseReadsAsWithdrawingNothing() throws IOException {
        // The landed release wrote format 2 and ended with the file key: an answer of format 2 without
        // withdrawals, less its count of them (one int), is byte for byte such an answer.
        Response none = new Response(WITHDRAWING.checkpoint(), WITHDRAWING.accepted(), WITHDRAWING.records(),
                WITHDRAWING.conflicts(), WITHDRAWING.fileKey());
        byte[] plain = gunzip(Wire.encode(none, Messages.OLDEST_FORMAT));
        byte[] landed = gzip(Arrays.copyOf(plain, plain.length - Integer.BYTES));
        Response read = Wire.decodeResponse(landed);
        assertEquals(List.of(), read.withdrawn());
        assertEquals(42, read.checkpoint());
        assertEquals(WITHDRAWING.accepted(), read.accepted());
        assertEquals(WITHDRAWING.records(), read.records());
        assertArrayEquals(WITHDRAWING.fileKey(), read.fileKey());
        assertEquals(ModelVersion.FIRST, read.model());
    }

    private static final Messages.User COORDINATOR = new Messages.User("COORDINATOR", null, "muni-1");

    private static Response withUser(Response response, Messages.User user) {
        return new Response(response.checkpoint(), response.accepted(), response.records(), response.conflicts(),
                response.fileKey(), response.withdrawn(), response.model(), user);
    }

    @Test
    void anAnswerSaysWhoTheCallerIsInEitherFormat() {
        for (int format : new int[] { Messages.OLDEST_FORMAT, Messages.FORMAT }) {
            Response read = Wire.decodeResponse(Wire.encode(withUser(WITHDRAWING, COORDINATOR), format));
            assertEquals(COORDINATOR, read.user(), "format " + format);
            assertEquals(WITHDRAWING.withdrawn(), read.withdrawn(), "format " + format);
            Messages.User trainer = new Messages.User("TRAINER", "person-7", null);
            assertEquals(trainer, Wire.decodeResponse(Wire.encode(withUser(WITHDRAWING, trainer), format)).user());
        }
    }

    @Test
    void anAnswerOfAServerThatDoesNotSayReadsAsNobodyKnown() {
        // A server of the release before writes the answer up to its withdrawals, as an answer without a user is.
        for (int format : new int[] { Messages.OLDEST_FORMAT, Messages.FORMAT }) {
            assertNull(Wire.decodeResponse(Wire.encode(WITHDRAWING, format)).user(), "format " + format);
        }
    }

    @Test
    void aLaptopOfTheReleaseBeforeReadsTheSameAnswerWithTheUserAfterIt() throws IOException {
        // It reads up to the withdrawals and stops: the answer with a user is the answer without one, and more.
        for (int format : new int[] { Messages.OLDEST_FORMAT, Messages.FORMAT }) {
            byte[] without = gunzip(Wire.encode(WITHDRAWING, format));
            byte[] with = gunzip(Wire.encode(withUser(WITHDRAWING, COORDINATOR), format));
            assertTrue(with.length > without.length, "format " + format);
            assertArrayEquals(without, Arrays.copyOf(with, without.length), "format " + format);
        }
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
