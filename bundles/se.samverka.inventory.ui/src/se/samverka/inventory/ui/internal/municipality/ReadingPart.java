package se.samverka.inventory.ui.internal.municipality;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import se.samverka.store.RecordsChanged;
import se.samverka.ui.SamverkaUi;

/**
 * The base of the records job's parts: each reads its model with a {@link BackgroundRead}, reads it again when records
 * it is made of change anywhere in the window (a save, a sync), and stops reading when it is closed.
 */
public abstract class ReadingPart {

    private BackgroundRead<?> reader;

    /** Sets the part's reader, once its controls are made. */
    protected final void reading(BackgroundRead<?> read) {
        this.reader = read;
    }

    @Inject
    @Optional
    void recordsChanged(@UIEventTopic(SamverkaUi.TOPIC_RECORDS_CHANGED) RecordsChanged changed) {
        if (reader != null) {
            reader.changed(changed);
        }
    }

    @PreDestroy
    void stopReading() {
        if (reader != null) {
            reader.stop();
        }
    }
}
