package se.samverka.store.internal.jpa;

import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements a store sends to its database, from EclipseLink's own event for each call it executes
 * (reads, writes and batch reads alike). Installed on the server session before the first entity manager, so every
 * client session and unit of work inherits it; counting costs one increment per statement. Read by tests through
 * {@link se.samverka.store.internal.probe.StoreProbe}.
 */
final class StatementCounter extends SessionEventAdapter {

    private final AtomicLong executed = new AtomicLong();

    @Override
    public void preExecuteCall(SessionEvent event) {
        executed.incrementAndGet();
    }

    long executed() {
        return executed.get();
    }
}
