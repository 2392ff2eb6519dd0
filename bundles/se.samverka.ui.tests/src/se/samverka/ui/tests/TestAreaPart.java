package se.samverka.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import se.samverka.ui.SamverkaUi;

/** The part of the area the tests contribute through fragment.e4xmi. */
public class TestAreaPart {

    public static final String CONTENT = "Testområdets innehåll";

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        Label label = new Label(parent, SWT.NONE);
        label.setText(CONTENT);
        label.setData(SamverkaUi.WIDGET_ID, "testArea.content");
    }
}
