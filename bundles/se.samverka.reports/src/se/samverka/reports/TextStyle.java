package se.samverka.reports;

/**
 * How a piece of text is set: its weight, its size in points and its alignment in the column it is given.
 */
public record TextStyle(Weight weight, float size, Align align) {

    /** The weights the report fonts have (Liberation Sans Regular and Bold). */
    public enum Weight {
        REGULAR, BOLD
    }

    /** Where a line sits within its width. */
    public enum Align {
        LEFT, CENTER, RIGHT
    }

    /** Body text: 10 pt regular, left. */
    public static final TextStyle BODY = new TextStyle(Weight.REGULAR, 10, Align.LEFT);

    public TextStyle {
        if (size <= 0) {
            throw new IllegalArgumentException("size must be positive: " + size);
        }
    }

    public static TextStyle regular(float size) {
        return new TextStyle(Weight.REGULAR, size, Align.LEFT);
    }

    public static TextStyle bold(float size) {
        return new TextStyle(Weight.BOLD, size, Align.LEFT);
    }

    /** The same style, centred. */
    public TextStyle centered() {
        return new TextStyle(weight, size, Align.CENTER);
    }

    /** The same style, aligned right. */
    public TextStyle right() {
        return new TextStyle(weight, size, Align.RIGHT);
    }
}
