package se.samverka.ui.internal;

import java.net.MalformedURLException;
import java.net.URI;

import org.eclipse.jface.resource.ImageDescriptor;

/** Image descriptors for the icon URIs used in the application model ({@code platform:/plugin/...}). */
public final class Images {

    public static final String LOGO_32 = "platform:/plugin/se.samverka.ui/icons/samverka-32.png";
    public static final String LOGO_64 = "platform:/plugin/se.samverka.ui/icons/samverka-64.png";
    public static final String START = "platform:/plugin/se.samverka.ui/icons/start-16.png";

    private Images() {
    }

    /** The image at an icon URI, or {@code null} when the URI is empty or malformed. */
    public static ImageDescriptor descriptor(String iconUri) {
        if (iconUri == null || iconUri.isBlank()) {
            return null;
        }
        try {
            return ImageDescriptor.createFromURL(URI.create(iconUri).toURL());
        } catch (MalformedURLException | IllegalArgumentException e) {
            return null;
        }
    }
}
