package se.samverka.ui.internal.start;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import se.samverka.ui.start.StartCard;
import se.samverka.ui.start.StartCard.Content;
import se.samverka.ui.start.StartCard.Viewer;

/** Reads the contributed start-page cards, off the UI thread, in their order; a card that fails says so. */
final class StartCards {

    /** A card and what it shows now, or why it could not be read. */
    record Filled(StartCard card, Content content, Exception failure) {
    }

    private StartCards() {
    }

    static List<StartCard> ordered(List<StartCard> cards) {
        List<StartCard> ordered = new ArrayList<>(cards);
        ordered.sort(Comparator.comparingInt(StartCard::order).thenComparing(StartCard::id));
        return ordered;
    }

    static List<Filled> fill(List<StartCard> cards, Viewer viewer) {
        List<Filled> filled = new ArrayList<>();
        for (StartCard card : ordered(cards)) {
            try {
                filled.add(new Filled(card, card.content(viewer), null));
            } catch (RuntimeException e) {
                filled.add(new Filled(card, null, e));
            }
        }
        return filled;
    }
}
