package se.samverka.sync.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.samverka.model.sync.ModelVersion;
import se.samverka.sync.protocol.Messages.FieldConflict;
import se.samverka.sync.protocol.Messages.Push;
import se.samverka.sync.protocol.Messages.Record;
import se.samverka.sync.protocol.Messages.Request;
import se.samverka.sync.protocol.Messages.Response;

/**
 * The wire format carries the model each side speaks, and still reads and writes the format of the release before
 * (2), whose laptops speak model 1 and read only their own format.
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
}
