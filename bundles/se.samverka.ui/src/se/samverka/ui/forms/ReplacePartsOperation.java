package se.samverka.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Puts one list of parts in place of a record's (an offering's session days, a meeting's agenda items), undoably:
 * undo puts the earlier list back. A plugin's table of parts on a record's page does each add, change, move or
 * removal as one of these in the page's {@link EditHistory}, so it makes the page dirty and is saved with the record.
 * The record is looked up when the operation runs (an edit done before a save is undone on the record as saved), and
 * fresh copies are put each time, so that undo and redo never share objects; copies keep each part's id, so an edited
 * part stays the same part.
 */
public final class ReplacePartsOperation extends AbstractOperation {

    private final Supplier<? extends EObject> record;
    private final EReference parts;
    private final List<EObject> before;
    private final List<EObject> after;
    private final Runnable shown;

    /**
     * @param record the record as the page has it when the operation runs
     * @param parts  the record's containment list
     * @param before the parts as they were
     * @param after  the parts as they are to be
     * @param shown  what shows the parts again afterwards
     */
    public ReplacePartsOperation(String label, Supplier<? extends EObject> record, EReference parts,
            List<? extends EObject> before, List<? extends EObject> after, Runnable shown) {
        super(label);
        this.record = record;
        this.parts = parts;
        this.before = new ArrayList<>(EcoreUtil.copyAll(before));
        this.after = new ArrayList<>(EcoreUtil.copyAll(after));
        this.shown = shown;
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        return put(after);
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return put(after);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        return put(before);
    }

    @SuppressWarnings("unchecked")
    private IStatus put(List<EObject> items) {
        EObject target = record.get();
        if (target != null) {
            ECollections.setEList((EList<EObject>) target.eGet(parts), new ArrayList<>(EcoreUtil.copyAll(items)));
            shown.run();
        }
        return Status.OK_STATUS;
    }
}
