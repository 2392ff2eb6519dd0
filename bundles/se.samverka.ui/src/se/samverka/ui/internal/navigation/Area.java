package se.samverka.ui.internal.navigation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;

import se.samverka.ui.SamverkaUi;

/**
 * An entry of the navigation: a part a plugin contributed (a part descriptor tagged {@link SamverkaUi#TAG_AREA})
 * or the start page.
 *
 * @param partId  the part descriptor's id, or the id of the start part
 * @param label   the localized label
 * @param tooltip the localized description, may be empty
 * @param iconUri the icon, may be empty
 * @param order   the position among the areas, smaller first
 */
public record Area(String partId, String label, String tooltip, String iconUri, int order) {

    /** Areas without an order come after those with one, in the order of their labels. */
    static final int UNORDERED = Integer.MAX_VALUE;

    static final Comparator<Area> NAVIGATION_ORDER = Comparator.comparingInt(Area::order)
            .thenComparing(Area::label, String.CASE_INSENSITIVE_ORDER);

    /** The areas contributed by the installed plugins, in navigation order. */
    public static List<Area> contributed(MApplication application) {
        return application.getDescriptors().stream()
                .filter(d -> d.getTags().contains(SamverkaUi.TAG_AREA))
                .map(Area::of)
                .sorted(NAVIGATION_ORDER)
                .toList();
    }

    static Area of(MPartDescriptor descriptor) {
        return new Area(descriptor.getElementId(),
                Objects.requireNonNullElse(descriptor.getLocalizedLabel(), descriptor.getElementId()),
                Objects.requireNonNullElse(descriptor.getLocalizedTooltip(), ""),
                Objects.requireNonNullElse(descriptor.getIconURI(), ""),
                parseOrder(descriptor.getPersistedState().get(SamverkaUi.AREA_ORDER)));
    }

    static int parseOrder(String value) {
        if (value == null) {
            return UNORDERED;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return UNORDERED;
        }
    }
}
