package se.samverka.inventory.ui.internal.municipality;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import se.samverka.inventory.records.Severity;

/**
 * The colours of the rule's states: green, amber and red, light backgrounds with dark text, always shown with a
 * text (never colour alone). Colours are cached by the display; {@link Color} needs no disposal since SWT 3.116.
 */
public final class StateStyle {

    private StateStyle() {
    }

    public static Color background(Severity severity) {
        return new Color(switch (severity) {
            case OK -> new RGB(0xdf, 0xf0, 0xd8);
            case WARNING -> new RGB(0xfc, 0xed, 0xc2);
            case ERROR -> new RGB(0xf6, 0xd2, 0xd5);
        });
    }

    public static Color foreground(Severity severity) {
        return new Color(switch (severity) {
            case OK -> new RGB(0x1e, 0x5a, 0x1e);
            case WARNING -> new RGB(0x6b, 0x4a, 0x00);
            case ERROR -> new RGB(0x8a, 0x12, 0x1c);
        });
    }

    /** The word that goes with the colour ("Fel", "Varning", "I ordning"). */
    public static String word(Severity severity, MunicipalityMessages messages) {
        return switch (severity) {
            case OK -> messages.severity_OK;
            case WARNING -> messages.severity_WARNING;
            case ERROR -> messages.severity_ERROR;
        };
    }
}
