package se.samverka.sync.protocol;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import se.samverka.model.sync.ModelVersion;
import se.samverka.sync.protocol.Messages.FieldConflict;
import se.samverka.sync.protocol.Messages.Push;
import se.samverka.sync.protocol.Messages.Record;
import se.samverka.sync.protocol.Messages.Request;
import se.samverka.sync.protocol.Messages.Response;
import se.samverka.sync.protocol.Messages.User;
import se.samverka.sync.protocol.Messages.Withdrawal;

/**
 * The binary form of {@link Messages}: a magic word and the format number, then the fields in order, strings as
 * UTF-8 with their length; the whole compressed with gzip (records are text and compress about five times).
 * Requests and answers of the format before ({@link Messages#OLDEST_FORMAT}, without the model) are read too, and
 * written on request, so laptops of the release before sync with this version's server.
 */
public final class Wire {

    private static final int REQUEST = 0x53565251; // "SVRQ"
    private static final int RESPONSE = 0x53565253; // "SVRS"

    private Wire() {
    }

    public static byte[] encode(Request request) {
        return encode(request, Messages.FORMAT);
    }

    /** A request in a format this version reads (an older one leaves the model out). */
    public static byte[] encode(Request request, int format) {
        checkFormat(format);
        return write(out -> {
            out.writeInt(REQUEST);
            out.writeInt(format);
            writeString(out, request.replica());
            out.writeLong(request.checkpoint());
            if (format >= 3) {
                writeModel(out, request.model());
            }
            out.writeInt(request.pushes().size());
            for (Push push : request.pushes()) {
                writeString(out, push.type());
                writeString(out, push.id());
                out.writeLong(push.baseVersion());
                writeState(out, push.state());
            }
        });
    }

    public static Request decodeRequest(byte[] bytes) {
        return read(bytes, in -> {
            int format = header(in, REQUEST);
            String replica = readString(in);
            long checkpoint = in.readLong();
            ModelVersion model = format >= 3 ? readModel(in) : ModelVersion.released(ModelVersion.FIRST);
            int count = in.readInt();
            List<Push> pushes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                pushes.add(new Push(readString(in), readString(in), in.readLong(), readState(in)));
            }
            return new Request(replica, checkpoint, pushes, model);
        });
    }

    public static byte[] encode(Response response) {
        return encode(response, Messages.FORMAT);
    }

    /** An answer in the format of the request it answers (an older one leaves the model out). */
    public static byte[] encode(Response response, int format) {
        checkFormat(format);
        return write(out -> {
            out.writeInt(RESPONSE);
            out.writeInt(format);
            out.writeLong(response.checkpoint());
            out.writeInt(response.accepted().size());
            for (Map.Entry<String, Long> accepted : response.accepted().entrySet()) {
                writeString(out, accepted.getKey());
                out.writeLong(accepted.getValue());
            }
            out.writeInt(response.records().size());
            for (Record record : response.records()) {
                writeString(out, record.type());
                writeString(out, record.id());
                out.writeLong(record.version());
                writeState(out, record.state());
            }
            out.writeInt(response.conflicts().size());
            for (FieldConflict c : response.conflicts()) {
                for (String s : new String[] { c.id(), c.recordType(), c.recordId(), c.field(), c.kept(), c.other(),
                        c.otherAuthor(), c.reason() }) {
                    writeString(out, s);
                }
                out.writeLong(c.atMillis());
            }
            out.writeInt(response.fileKey().length);
            out.write(response.fileKey());
            if (format >= 3) {
                out.writeInt(response.model());
            }
            // Added after format 2 was released, at the end: a laptop of that release stops reading before it.
            out.writeInt(response.withdrawn().size());
            for (Withdrawal withdrawal : response.withdrawn()) {
                writeString(out, withdrawal.type());
                writeString(out, withdrawal.id());
            }
            // Added later still, at the end too: a laptop that does not know it stops reading before it.
            if (response.user() != null) {
                writeString(out, response.user().role());
                writeString(out, response.user().person());
                writeString(out, response.user().municipality());
            }
        });
    }

    public static Response decodeResponse(byte[] bytes) {
        return read(bytes, in -> {
            int format = header(in, RESPONSE);
            long checkpoint = in.readLong();
            int count = in.readInt();
            Map<String, Long> accepted = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                accepted.put(readString(in), in.readLong());
            }
            count = in.readInt();
            List<Record> records = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                records.add(new Record(readString(in), readString(in), in.readLong(), readState(in)));
            }
            count = in.readInt();
            List<FieldConflict> conflicts = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                conflicts.add(new FieldConflict(readString(in), readString(in), readString(in), readString(in),
                        readString(in), readString(in), readString(in), readString(in), in.readLong()));
            }
            byte[] fileKey = in.readNBytes(in.readInt());
            int model = format >= 3 ? in.readInt() : ModelVersion.FIRST;
            List<Withdrawal> withdrawn = withdrawals(in);
            return new Response(checkpoint, accepted, records, conflicts, fileKey, withdrawn, model, user(in));
        });
    }

    /** The withdrawn records at the end of an answer; none in an answer of a server of the earlier release. */
    private static List<Withdrawal> withdrawals(DataInputStream in) throws IOException {
        int count;
        try {
            count = in.readInt();
        } catch (EOFException earlierRelease) {
            return List.of();
        }
        List<Withdrawal> withdrawn = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            withdrawn.add(new Withdrawal(readString(in), readString(in)));
        }
        return withdrawn;
    }

    /** Who the caller is, at the very end of an answer; null in an answer of a server that does not say. */
    private static User user(DataInputStream in) throws IOException {
        String role;
        try {
            role = readString(in);
        } catch (EOFException earlierRelease) {
            return null;
        }
        return role == null ? null : new User(role, readString(in), readString(in));
    }

    /** A state alone (as the server stores it), in the same form. */
    public static byte[] encodeState(Map<String, String> state) {
        return write(out -> writeState(out, state));
    }

    public static Map<String, String> decodeState(byte[] bytes) {
        return read(bytes, Wire::readState);
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static byte[] write(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes, 8192) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        })) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static <T> T read(byte[] bytes, Reader<T> reader) {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes), 8192))) {
            return reader.read(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a readable sync message: " + e.getMessage(), e);
        }
    }

    /** The format of a request or an answer (to answer a request in its own format). */
    public static int format(byte[] message) {
        return read(message, in -> {
            in.readInt();
            return in.readInt();
        });
    }

    private static int header(DataInputStream in, int magic) throws IOException {
        if (in.readInt() != magic) {
            throw new IOException("not a Samverka sync message");
        }
        int format = in.readInt();
        if (format < Messages.OLDEST_FORMAT || format > Messages.FORMAT) {
            throw new IOException("format " + format + ", this version reads formats " + Messages.OLDEST_FORMAT
                    + " to " + Messages.FORMAT);
        }
        return format;
    }

    private static void checkFormat(int format) {
        if (format < Messages.OLDEST_FORMAT || format > Messages.FORMAT) {
            throw new IllegalArgumentException("format " + format + " is not written by this version");
        }
    }

    /** A model: its number, then each class with its fields. */
    private static void writeModel(DataOutputStream out, ModelVersion model) throws IOException {
        out.writeInt(model.number());
        out.writeInt(model.classes().size());
        for (Map.Entry<String, SortedSet<String>> type : model.classes().entrySet()) {
            writeString(out, type.getKey());
            out.writeInt(type.getValue().size());
            for (String field : type.getValue()) {
                writeString(out, field);
            }
        }
    }

    private static ModelVersion readModel(DataInputStream in) throws IOException {
        int number = in.readInt();
        int count = in.readInt();
        SortedMap<String, SortedSet<String>> classes = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            String name = readString(in);
            int fields = in.readInt();
            if (name == null || fields < 0 || fields > 10_000) {
                throw new IOException("not a model");
            }
            SortedSet<String> names = new TreeSet<>();
            for (int j = 0; j < fields; j++) {
                String field = readString(in);
                if (field == null) {
                    throw new IOException("not a model");
                }
                names.add(field);
            }
            classes.put(name, names);
        }
        return new ModelVersion(number, classes);
    }

    private static void writeState(DataOutputStream out, Map<String, String> state) throws IOException {
        out.writeInt(state.size());
        for (Map.Entry<String, String> entry : state.entrySet()) {
            writeString(out, entry.getKey());
            writeString(out, entry.getValue());
        }
    }

    private static Map<String, String> readState(DataInputStream in) throws IOException {
        int size = in.readInt();
        Map<String, String> state = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            state.put(readString(in), readString(in));
        }
        return state;
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        if (length > 64 * 1024 * 1024) {
            throw new IOException("a text of " + length + " bytes");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
