package se.samverka.sync.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Optional;

/** The sync commands can run when the window has a sync session and no sync Job is running. */
public abstract class IdleSessionHandler {

    @CanExecute
    boolean canExecute(@Optional SyncSession session) {
        return session != null && !session.running();
    }
}
