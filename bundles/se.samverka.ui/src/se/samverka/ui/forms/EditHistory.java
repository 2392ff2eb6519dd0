package se.samverka.ui.forms;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.DefaultOperationHistory;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryEvent;

/**
 * The undo and redo history of one editor, and whether it has unsaved changes. The editor puts it in its part's
 * context, where the window's Undo, Redo and Save commands find it.
 * <p>
 * Unsaved means: the history is not at the point where the record was last saved or opened. So undoing every
 * change since the save makes the editor clean again.
 */
public final class EditHistory {

    private final IOperationHistory history = new DefaultOperationHistory();
    private final IUndoContext context = new ObjectUndoContext(this);
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** Changes done since opening (+1 for every do and redo, -1 for every undo); -1 when nothing can undo it. */
    private int position;
    private int savedPosition;

    public EditHistory() {
        history.setLimit(context, 200);
        history.addOperationHistoryListener(event -> {
            switch (event.getEventType()) {
                case OperationHistoryEvent.DONE, OperationHistoryEvent.REDONE -> position++;
                case OperationHistoryEvent.UNDONE -> position--;
                case OperationHistoryEvent.OPERATION_CHANGED -> {
                    // an edit absorbed into the last one (typing on in the same field)
                }
                default -> {
                    return;
                }
            }
            if (event.getEventType() == OperationHistoryEvent.DONE && savedPosition > position - 1) {
                // A new change after undoing past the save point: the saved state can no longer be reached.
                savedPosition = -1;
            }
            changed();
        });
    }

    /** Does {@code operation} and makes it the next one to undo. */
    public void execute(IUndoableOperation operation) {
        operation.addContext(context);
        try {
            history.execute(operation, null, null);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The operation Undo would undo, or {@code null}. */
    public IUndoableOperation lastDone() {
        return history.getUndoOperation(context);
    }

    /** Tells the history that the last operation changed (it absorbed another edit). */
    public void lastChanged() {
        IUndoableOperation last = lastDone();
        if (last != null) {
            history.operationChanged(last);
        }
    }

    public boolean canUndo() {
        return history.canUndo(context);
    }

    public boolean canRedo() {
        return history.canRedo(context);
    }

    public void undo() {
        try {
            history.undo(context, null, null);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    public void redo() {
        try {
            history.redo(context, null, null);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when there are changes since the record was opened or last saved. */
    public boolean isDirty() {
        return position != savedPosition;
    }

    /** Marks the current state as saved. */
    public void saved() {
        savedPosition = position;
        changed();
    }

    /** Registers a listener told after every change of the history (do, undo, redo, save). */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Forgets everything (the editor is closed). */
    public void dispose() {
        history.dispose(context, true, true, true);
        listeners.clear();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
