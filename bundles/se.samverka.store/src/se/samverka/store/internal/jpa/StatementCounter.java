package se.samverka.store.internal.jpa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.persistence.queries.Call;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements a store sends to its database, from EclipseLink's own event for each call it executes
 * (reads, writes and batch reads alike), and on request keeps their text. Installed on the server session before the
 * first entity manager, so every client session and unit of work inherits it; counting costs one increment per
 * statement. Read by tests through {@link se.samverka.store.internal.probe.StoreProbe}.
 */
final class StatementCounter extends SessionEventAdapter {

    private final AtomicLong executed = new AtomicLong();
    private volatile List<String> recording;

    @Override
    public void preExecuteCall(SessionEvent event) {
        executed.incrementAndGet();
        List<String> texts = recording;
        if (texts != null) {
            Call call = event.getCall();
            texts.add(call instanceof org.eclipse.persistence.internal.databaseaccess.DatabaseCall sql
                    ? sql.getSQLString() : String.valueOf(call));
        }
    }

    long executed() {
        return executed.get();
    }

    /** Starts keeping the text of each statement, until {@link #stopRecording}. */
    void startRecording() {
        recording = Collections.synchronizedList(new ArrayList<>());
    }

    /** The statements since {@link #startRecording}, oldest first. */
    List<String> stopRecording() {
        List<String> texts = recording;
        recording = null;
        return texts == null ? List.of() : List.copyOf(texts);
    }
}
