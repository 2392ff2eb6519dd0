package se.samverka.reports;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * What a document says about itself: written both into its document information and its XMP metadata, which PDF/A
 * requires to agree.
 *
 * @param title       the document's title (shown by viewers instead of the file name)
 * @param author      who made it, e.g. "Länsstyrelsen Uppsala län"
 * @param subject     a one-line description, or {@code null}
 * @param language    the language of the text; written as a BCP 47 tag such as {@code sv-SE}
 * @param creatorTool the application that made it, e.g. "Samverka 0.1.0"
 * @param created     when it was made; its time zone is kept, its sub-second part dropped
 */
public record DocumentInfo(String title, String author, String subject, Locale language, String creatorTool,
        ZonedDateTime created) {

    public DocumentInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(creatorTool, "creatorTool");
        Objects.requireNonNull(created, "created");
    }
}
