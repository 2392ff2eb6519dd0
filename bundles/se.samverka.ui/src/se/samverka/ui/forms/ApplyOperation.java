package se.samverka.ui.forms;

import java.util.function.Consumer;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * An undoable change for an {@link EditHistory} that is applied by one function: doing (and redoing) it applies the
 * value after, undoing it the value before. For pages whose changes are shown and written by the page itself (a
 * budget's amounts, for example) rather than set on a form's record.
 *
 * @param <V> what is applied
 */
public final class ApplyOperation<V> extends AbstractOperation {

    private final V before;
    private final V after;
    private final Consumer<V> apply;

    public ApplyOperation(String label, V before, V after, Consumer<V> apply) {
        super(label);
        this.before = before;
        this.after = after;
        this.apply = apply;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        apply.accept(after);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return execute(monitor, info);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        apply.accept(before);
        return Status.OK_STATUS;
    }
}
