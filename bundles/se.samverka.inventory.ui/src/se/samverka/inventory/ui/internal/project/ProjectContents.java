package se.samverka.inventory.ui.internal.project;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import jakarta.inject.Inject;
import se.samverka.model.LocalProject;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.RecordForm;

/**
 * A row of links at the top of the project page, one per section heading of the page ("Projektet · Period och
 * kontakt · … · Indikatorer · Budget"), each scrolling the page to its section: the page is long, and a county
 * official looking for the budget or the indicators finds them named at the top. Made last, from the headings the
 * form holds then, so that it names the sections of every job. Widgets for the UI tests: {@code project.contents},
 * its links {@code project.contents.<heading>}.
 */
public final class ProjectContents {

    private static final String CSS_CLASS = "org.eclipse.e4.ui.css.CssClassName";

    @Inject
    @Translation
    private ProjectMessages messages;

    /** Adds the row above the form's first field. */
    public static Composite addTo(RecordForm<LocalProject> form, IEclipseContext context) {
        return ContextInjectionFactory.make(ProjectContents.class, context).create(form);
    }

    private Composite create(RecordForm<LocalProject> form) {
        Composite body = form.body();
        List<Label> headings = new ArrayList<>();
        for (Control child : body.getChildren()) {
            if (child instanceof Label label && "subheading".equals(label.getData(CSS_CLASS))) {
                headings.add(label);
            }
        }
        Composite row = Widgets.named(Widgets.styled(new Composite(body, SWT.NONE), "form"), "project.contents");
        RowLayoutFactory.fillDefaults().spacing(10).wrap(true).center(true).applyTo(row);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(row);
        Label title = Widgets.styled(new Label(row, SWT.NONE), "secondary");
        title.setText(messages.project_contents);
        for (Label heading : headings) {
            Link link = Widgets.named(new Link(row, SWT.NONE), "project.contents." + heading.getText());
            link.setText("<a>" + heading.getText().replace("&", "&&") + "</a>");
            link.addListener(SWT.Selection, e -> scrollTo(body, heading));
        }
        Control[] children = body.getChildren();
        if (children.length > 1) {
            row.moveAbove(children[0]);
        }
        return row;
    }

    private static void scrollTo(Composite body, Label heading) {
        if (body.getParent() instanceof ScrolledComposite scrolled) {
            scrolled.setOrigin(0, heading.getBounds().y);
        }
    }
}
