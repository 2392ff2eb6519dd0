package se.samverka.sync.protocol;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A sync carried on a file, for venues without a network: the laptop seals its request into a file, a connected
 * machine hands the file to the county server and writes the server's sealed answer to a file, and the laptop takes
 * the answer in.
 *
 * <p>
 * A file is a readable header (what it is, whose, from which laptop, how many records) and the request or answer,
 * encrypted and authenticated with AES-256-GCM under the laptop's file key: a key the server gave that laptop on an
 * online sync, which only the laptop and the server know. The header is authenticated too. So the machine that
 * carries the file can neither read the personal data in it nor change it: a changed, truncated or foreign file is
 * refused as a whole.
 */
public final class SyncFile {

    /** A file's extension. */
    public static final String EXTENSION = "samverka-synk";

    /** The length of a file key in bytes (AES-256). */
    public static final int KEY_BYTES = 32;

    private static final int MAGIC = 0x53564649; // "SVFI"
    private static final int FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SyncFile() {
    }

    public enum Kind {
        /** A laptop's request (its outbox), to be handed to the server. */
        REQUEST,
        /** The server's answer to a request, to be taken in by the laptop. */
        ANSWER
    }

    /**
     * What a file says of itself, readable without the key.
     *
     * @param kind       request or answer
     * @param user       the server user the laptop syncs as; the file is handed in by that user
     * @param replica    the laptop database's replica id
     * @param checkpoint the laptop's checkpoint when it made the request (an answer repeats it)
     * @param sentUpTo   the newest change of the laptop's outbox in the request (an answer repeats it)
     * @param madeMillis when the file was made
     * @param records    records in it: changes in a request, records to take in in an answer
     */
    public record Header(Kind kind, String user, String replica, long checkpoint, long sentUpTo, long madeMillis,
            int records) {
    }

    /** A new random file key. */
    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /** Seals {@code payload} (a request or an answer in {@link Wire} form) with its header under {@code key}. */
    public static byte[] seal(Header header, byte[] payload, byte[] key) {
        byte[] headerBytes = headerBytes(header);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed;
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce);
            cipher.updateAAD(headerBytes);
            cipher.updateAAD(nonce);
            sealed = cipher.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(headerBytes.length + NONCE_BYTES + sealed.length + 4);
        bytes.writeBytes(headerBytes);
        bytes.writeBytes(nonce);
        try {
            new DataOutputStream(bytes).writeInt(sealed.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.writeBytes(sealed);
        return bytes.toByteArray();
    }

    /** Whether {@code bytes} begin as a sync file does (rather than as a plain request). */
    public static boolean isSyncFile(byte[] bytes) {
        return bytes.length >= 4 && ((bytes[0] & 0xFF) << 24 | (bytes[1] & 0xFF) << 16 | (bytes[2] & 0xFF) << 8
                | bytes[3] & 0xFF) == MAGIC;
    }

    /**
     * Reads a file's header without the key.
     *
     * @throws IllegalArgumentException if it is not a sync file of this format
     */
    public static Header header(byte[] file) {
        try {
            return readHeader(new DataInputStream(new ByteArrayInputStream(file)));
        } catch (IOException e) {
            throw new IllegalArgumentException("not a Samverka sync file", e);
        }
    }

    /**
     * Opens a file with the laptop's key and returns its payload.
     *
     * @throws IllegalArgumentException if the file is not a sync file, or was changed, cut short or sealed with
     *                                  another key
     */
    public static byte[] open(byte[] file, byte[] key) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(file));
            Header header = readHeader(in);
            int headerLength = headerBytes(header).length;
            byte[] nonce = in.readNBytes(NONCE_BYTES);
            int length = in.readInt();
            byte[] sealed = in.readNBytes(length);
            if (nonce.length != NONCE_BYTES || sealed.length != length || in.read() != -1) {
                throw new IllegalArgumentException("the file is incomplete or has more than it should");
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce);
            cipher.updateAAD(Arrays.copyOf(file, headerLength));
            cipher.updateAAD(nonce);
            return cipher.doFinal(sealed);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("the file was changed after it was made, or is not this laptop's", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("the file is incomplete", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the file cannot be opened: " + e.getMessage(), e);
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce) throws GeneralSecurityException {
        if (key.length != KEY_BYTES) {
            throw new GeneralSecurityException("a file key has " + KEY_BYTES + " bytes");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        return cipher;
    }

    private static byte[] headerBytes(Header header) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeByte(header.kind().ordinal());
            out.writeUTF(header.user());
            out.writeUTF(header.replica());
            out.writeLong(header.checkpoint());
            out.writeLong(header.sentUpTo());
            out.writeLong(header.madeMillis());
            out.writeInt(header.records());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Header readHeader(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IllegalArgumentException("not a Samverka sync file");
        }
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IllegalArgumentException("a sync file of another version of Samverka (format " + format + ")");
        }
        int kind = in.readByte();
        if (kind < 0 || kind >= Kind.values().length) {
            throw new IllegalArgumentException("not a Samverka sync file");
        }
        return new Header(Kind.values()[kind], in.readUTF(), in.readUTF(), in.readLong(), in.readLong(),
                in.readLong(), in.readInt());
    }
}
