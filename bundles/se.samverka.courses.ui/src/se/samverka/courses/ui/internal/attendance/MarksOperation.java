package se.samverka.courses.ui.internal.attendance;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import se.samverka.courses.AttendanceService.Cell;
import se.samverka.model.AttendanceKind;

/**
 * A change of marks in the grid as an undoable operation of the part's history: doing (and redoing) it applies the
 * new marks, undoing it applies the marks the cells had before (an empty one clears). Applying shows and writes them.
 */
final class MarksOperation extends AbstractOperation {

    private final Map<Cell, Optional<AttendanceKind>> after;
    private final Map<Cell, Optional<AttendanceKind>> before;
    private final Consumer<Map<Cell, Optional<AttendanceKind>>> apply;

    MarksOperation(String label, Map<Cell, Optional<AttendanceKind>> after,
            Map<Cell, Optional<AttendanceKind>> before, Consumer<Map<Cell, Optional<AttendanceKind>>> apply) {
        super(label);
        this.after = Map.copyOf(after);
        this.before = Map.copyOf(before);
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
