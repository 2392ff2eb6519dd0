package se.samverka.courses.internal.spreadsheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a file as a spreadsheet saves it on Swedish Windows: UTF-8 when it starts with a byte order mark
 * (Excel's "CSV UTF-8") or decodes as strict UTF-8, Windows-1252 otherwise (Excel's plain "CSV").
 */
final class SheetText {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private SheetText() {
    }

    /** The file's text, without a byte order mark. */
    static String decode(byte[] content) {
        if (startsWithBom(content)) {
            return new String(content, BOM.length, content.length - BOM.length, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            // Windows-1252 maps every byte but five; those become U+FFFD and show as such in the preview.
            return new String(content, WINDOWS_1252);
        }
    }

    static boolean startsWithBom(byte[] content) {
        return content.length >= BOM.length && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2];
    }
}
