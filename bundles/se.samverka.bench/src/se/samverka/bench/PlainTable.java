package se.samverka.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;

import se.samverka.testing.ui.ApplicationDriver;

/**
 * The benchmarks' baseline, measured in the same run as what is compared with it: a plain (not virtual) JFace table
 * of ready-made strings, eight columns, in a shell of the window.
 */
final class PlainTable {

    private PlainTable() {
    }

    /** How long a plain table of {@code rows} rows takes to be made, filled and laid out, in ms. */
    static double millis(ApplicationDriver app, Shell parent, int rows) {
        return app.ui().get(() -> {
            long start = System.nanoTime();
            Shell shell = new Shell(parent);
            shell.setLayout(new FillLayout());
            TableViewer viewer = new TableViewer(shell, SWT.FULL_SELECTION);
            for (int c = 0; c < 8; c++) {
                int column = c;
                TableViewerColumn tableColumn = new TableViewerColumn(viewer, SWT.LEFT);
                tableColumn.getColumn().setWidth(100);
                tableColumn.setLabelProvider(new ColumnLabelProvider() {
                    @Override
                    public String getText(Object element) {
                        return ((String[]) element)[column];
                    }
                });
            }
            viewer.setContentProvider(ArrayContentProvider.getInstance());
            List<String[]> input = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                String[] cells = new String[8];
                Arrays.fill(cells, "Rad " + r);
                input.add(cells);
            }
            viewer.setInput(input);
            shell.setSize(900, 600);
            shell.layout();
            double millis = (System.nanoTime() - start) / 1e6;
            shell.dispose();
            return millis;
        });
    }
}
