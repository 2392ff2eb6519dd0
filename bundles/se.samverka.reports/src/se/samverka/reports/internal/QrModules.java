package se.samverka.reports.internal;

import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

/** The dark modules of a QR code (ZXing's encoder), without the quiet zone. */
public final class QrModules {

    private final ByteMatrix matrix;

    private QrModules(ByteMatrix matrix) {
        this.matrix = matrix;
    }

    /** The QR code of a text, at error correction level M (15 % of the code may be lost). */
    public static QrModules of(String content) {
        try {
            return new QrModules(Encoder.encode(content, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix());
        } catch (WriterException e) {
            throw new IllegalArgumentException("The text is too long for a QR code (" + content.length() + ")", e);
        }
    }

    /** The number of modules on a side. */
    public int size() {
        return matrix.getWidth();
    }

    public boolean dark(int x, int y) {
        return matrix.get(x, y) == 1;
    }
}
