package se.samverka.courses.ui.internal.attendance;

import java.text.MessageFormat;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import jakarta.inject.Inject;
import se.samverka.model.CourseOffering;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.Editors;

/**
 * Opens the attendance grid of an offering ({@link AttendancePart}, one per offering, in the main area): the button
 * the offering's page shows, and what it does. Made by injection in the offering editor's context.
 */
public class OpenAttendance {

    @Inject
    private EPartService parts;
    @Inject
    @Translation
    private AttendanceMessages messages;

    /** Opens (or brings to the front) the grid of the offering with this id. */
    public void open(String offeringId, String title) {
        Editors.open(parts, AttendancePart.ID, offeringId,
                MessageFormat.format(messages.attendance_partLabel, title == null ? "" : title));
    }

    /**
     * Adds the button "Närvaro …" to the offering page's row of tools; for an offering not saved yet it tells
     * {@code notice} to save first.
     */
    public Button addTool(Composite tools, Supplier<CourseOffering> offering, Consumer<String> notice) {
        Button button = Widgets.named(new Button(tools, SWT.PUSH), "courses.editor.attendance");
        button.setText(messages.attendance_open);
        button.setToolTipText(messages.attendance_openTooltip);
        button.addListener(SWT.Selection, e -> {
            CourseOffering current = offering.get();
            if (current == null || current.getId() == null) {
                notice.accept(messages.attendance_openNew);
                return;
            }
            open(current.getId(), current.getTitle());
        });
        return button;
    }
}
