package se.samverka.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import se.samverka.ui.forms.EditHistory;

/** Redigera → Gör om (Ctrl+Y): does again what was last undone in the active editor. */
public class RedoHandler {

    @CanExecute
    public boolean canExecute(@Optional EditHistory history) {
        return history != null && history.canRedo();
    }

    @Execute
    public void execute(EditHistory history) {
        history.redo();
    }
}
