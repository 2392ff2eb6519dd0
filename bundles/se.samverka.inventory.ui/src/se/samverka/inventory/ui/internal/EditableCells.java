package se.samverka.inventory.ui.internal;

import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.swt.SWT;

/**
 * Cells of a table edited in place as the inventory's pages do it (the budget page, the project page's indicators):
 * a cell is opened by Enter, F2 or a double click (or by the page itself, {@code editElement}), Tab goes on to the
 * next cell and row.
 */
public final class EditableCells {

    private EditableCells() {
    }

    /**
     * Makes the viewer's cells editable in place.
     *
     * @param vertical true when the arrow keys up and down also move between rows while editing
     */
    public static void enable(TableViewer viewer, boolean vertical) {
        TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer,
                new FocusCellOwnerDrawHighlighter(viewer));
        ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
                        || event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
                        || event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
                        || event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
                                && (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR
                                        || event.keyCode == SWT.F2);
            }
        };
        activation.setEnableEditorActivationWithKeyboard(true);
        TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
                | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
                | (vertical ? ColumnViewerEditor.TABBING_VERTICAL : 0) | ColumnViewerEditor.KEYBOARD_ACTIVATION);
    }
}
