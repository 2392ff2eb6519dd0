package se.samverka.ui.internal.start;

import java.text.MessageFormat;
import java.util.List;

import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.samverka.core.SamverkaEnvironment;
import se.samverka.ui.internal.Images;
import se.samverka.ui.internal.Messages;
import se.samverka.ui.Widgets;
import se.samverka.ui.internal.navigation.Area;

/**
 * The start page: what Samverka is for, a shortcut to every installed area, and where this user's data is kept.
 */
public class StartPart {

    @Inject
    private MApplication application;
    @Inject
    private EPartService partService;
    @Inject
    private SamverkaEnvironment environment;
    @Inject
    @Translation
    private Messages messages;

    @PostConstruct
    public void createControls(Composite parent) {
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        Composite page = Widgets.styled(new Composite(scroller, SWT.NONE), "startPage");
        page.setBackgroundMode(SWT.INHERIT_FORCE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(32, 28).spacing(20, 10).applyTo(page);

        Label logo = new Label(page, SWT.NONE);
        logo.setImage(resources.create(Images.descriptor(Images.LOGO_64)));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 2).applyTo(logo);

        Label heading = Widgets.named(Widgets.styled(new Label(page, SWT.NONE), "heading"), "start.heading");
        heading.setText(messages.start_heading);
        Widgets.heading(heading, resources, 8);

        Label lead = Widgets.named(new Label(page, SWT.WRAP), "start.lead");
        lead.setText(messages.start_lead);
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(lead);

        new Label(page, SWT.NONE);
        Label areasHeading = Widgets.styled(new Label(page, SWT.NONE), "subheading");
        areasHeading.setText(messages.start_areas);
        Widgets.heading(areasHeading, resources, 2);
        GridDataFactory.fillDefaults().indent(0, 12).applyTo(areasHeading);

        List<Area> areas = Area.contributed(application);
        if (areas.isEmpty()) {
            new Label(page, SWT.NONE);
            Label none = Widgets.named(new Label(page, SWT.WRAP), "start.noAreas");
            none.setText(messages.start_noAreas);
            GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(none);
        }
        for (Area area : areas) {
            Label icon = new Label(page, SWT.NONE);
            var descriptor = Images.descriptor(area.iconUri());
            if (descriptor != null) {
                icon.setImage(resources.create(descriptor));
            }
            GridDataFactory.swtDefaults().align(SWT.END, SWT.BEGINNING).applyTo(icon);
            Link link = Widgets.named(new Link(page, SWT.WRAP), "start.area." + area.partId());
            link.setText("<a>" + escape(area.label()) + "</a>"
                    + (area.tooltip().isEmpty() ? "" : " – " + escape(area.tooltip())));
            link.addListener(SWT.Selection, e -> partService.showPart(area.partId(), PartState.ACTIVATE));
            GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(link);
        }

        new Label(page, SWT.NONE);
        Label folder = Widgets.named(Widgets.styled(new Label(page, SWT.WRAP), "secondary"), "start.dataFolder");
        folder.setText(MessageFormat.format(messages.start_dataFolder, environment.dataDirectory()));
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).indent(0, 16).applyTo(folder);

        scroller.setContent(page);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, e -> scroller.setMinSize(page.computeSize(SWT.DEFAULT, SWT.DEFAULT)));
    }

    /** Link text treats {@code &} as a mnemonic marker. */
    private static String escape(String text) {
        return text.replace("&", "&&");
    }
}
