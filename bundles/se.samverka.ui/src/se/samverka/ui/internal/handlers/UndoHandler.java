package se.samverka.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import se.samverka.ui.forms.EditHistory;

/** Redigera → Ångra (Ctrl+Z): undoes the last change in the active editor. */
public class UndoHandler {

    @CanExecute
    public boolean canExecute(@Optional EditHistory history) {
        return history != null && history.canUndo();
    }

    @Execute
    public void execute(EditHistory history) {
        history.undo();
    }
}
