package se.samverka.reports;

/**
 * The footer text of a page given its number and the document's number of pages, e.g.
 * {@code (page, pages) -> "Sida " + page + " av " + pages}: the caller's words, so this bundle stays
 * language-neutral.
 */
@FunctionalInterface
public interface PageNumbers {

    String footer(int page, int pages);
}
