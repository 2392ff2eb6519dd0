package se.samverka.ui.internal.start;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;

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
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.core.SamverkaEnvironment;
import se.samverka.model.sync.Role;
import se.samverka.store.LocalStore;
import se.samverka.store.SyncPort;
import se.samverka.ui.internal.Images;
import se.samverka.ui.internal.Messages;
import se.samverka.ui.SamverkaUi;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.Editors;
import se.samverka.ui.internal.navigation.Area;
import se.samverka.ui.internal.start.StartCards.Filled;
import se.samverka.ui.start.StartCard;
import se.samverka.ui.start.StartCard.Viewer;

/**
 * The start page: what Samverka is for, the cards the plugins contribute ({@link StartCard} services: the coming
 * offerings, for example), a shortcut to every installed area, and where this user's data is kept. The cards are
 * read in a job and drawn alike; the page knows no plugin.
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
    @Inject
    private UISynchronize ui;
    @Inject
    private ECommandService commands;
    @Inject
    private EHandlerService handlers;
    @Inject
    @Optional
    @Named(SamverkaUi.SIGNED_IN_USER)
    private String user;
    @Inject
    @Named(TranslationService.LOCALE)
    private Locale locale;
    /** The open store: who its user is, as the last sync said. */
    @Inject
    @Optional
    private LocalStore store;

    private List<StartCard> cards = List.of();
    private Composite cardsArea;
    private LocalResourceManager resources;
    private Job filling;

    @PostConstruct
    public void createControls(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
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
        cardsArea = Widgets.named(new Composite(page, SWT.NONE), "start.cards");
        GridLayoutFactory.fillDefaults().spacing(0, 16).applyTo(cardsArea);
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).indent(0, 8).applyTo(cardsArea);
        fillCards();

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

    /** The contributed cards, again whenever a plugin's card comes or goes (at sign-in, for example). */
    @Inject
    void cards(@Optional @Service List<StartCard> contributed) {
        cards = contributed == null ? List.of() : List.copyOf(contributed);
        fillCards();
    }

    @Inject
    @Optional
    void recordsChanged(@UIEventTopic(SamverkaUi.TOPIC_RECORDS_CHANGED) Object changed) {
        fillCards();
    }

    @PreDestroy
    void dispose() {
        if (filling != null) {
            filling.cancel();
        }
    }

    /**
     * The person the user is when the last sync said they are a trainer (cards then show what is theirs); null
     * otherwise, and before the first sync that said.
     */
    private static String trainer(LocalStore store) {
        SyncPort.User known = store == null ? null : store.sync().user();
        return known != null && known.role() == Role.TRAINER ? known.personId() : null;
    }

    /** Reads every card in a job, then draws them on the UI thread (unless the page is gone or read again). */
    private void fillCards() {
        if (cardsArea == null || cardsArea.isDisposed()) {
            return;
        }
        List<StartCard> reading = cards;
        LocalStore reader = store;
        if (filling != null) {
            filling.cancel();
        }
        Job job = Job.create(messages.start_cardsReading, (IProgressMonitor monitor) -> {
            List<Filled> filled = StartCards.fill(reading, new Viewer(user, trainer(reader), locale));
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            ui.asyncExec(() -> draw(filled));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        filling = job;
        job.schedule();
    }

    private void draw(List<Filled> filled) {
        if (cardsArea.isDisposed()) {
            return;
        }
        for (var child : cardsArea.getChildren()) {
            child.dispose();
        }
        for (Filled card : filled) {
            Composite box = Widgets.named(Widgets.styled(new Composite(cardsArea, SWT.BORDER), "startCard"),
                    "start.card." + card.card().id());
            GridLayoutFactory.swtDefaults().margins(12, 10).spacing(0, 2).applyTo(box);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
            Label title = Widgets.named(Widgets.styled(new Label(box, SWT.NONE), "subheading"),
                    "start.card." + card.card().id() + ".title");
            Widgets.heading(title, resources, 2);
            if (card.content() == null) {
                title.setText(card.card().id());
                Label failed = new Label(box, SWT.WRAP);
                failed.setText(MessageFormat.format(messages.start_cardFailed, String.valueOf(
                        card.failure().getMessage())));
                GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(failed);
                continue;
            }
            title.setText(card.content().title());
            GridDataFactory.fillDefaults().indent(0, 0).applyTo(title);
            if (card.content().rows().isEmpty()) {
                Label empty = Widgets.styled(new Label(box, SWT.WRAP), "secondary");
                empty.setText(card.content().emptyText());
                GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).indent(0, 6).applyTo(empty);
            }
            int index = 0;
            for (StartCard.Row row : card.content().rows()) {
                Link link = Widgets.named(new Link(box, SWT.WRAP),
                        "start.card." + card.card().id() + "." + index++);
                link.setText("<a>" + escape(row.text()) + "</a>");
                link.addListener(SWT.Selection, e -> open(row));
                GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).indent(0, 6).applyTo(link);
                if (!row.detail().isEmpty()) {
                    Label detail = Widgets.styled(new Label(box, SWT.WRAP), "secondary");
                    detail.setText(row.detail());
                    GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(detail);
                }
            }
        }
        cardsArea.getParent().layout(true, true);
        if (cardsArea.getParent().getParent() instanceof ScrolledComposite scroller) {
            scroller.setMinSize(cardsArea.getParent().computeSize(SWT.DEFAULT, SWT.DEFAULT));
        }
    }

    /** Opens what a row names: its record in the editor the window has for its type, or its command. */
    private void open(StartCard.Row row) {
        StartCard.Target target = row.opens();
        if (target.isRecord()) {
            Map<String, String> editors = Editors.recordEditors(application);
            String editor = editors.get(target.recordType());
            if (editor != null) {
                Editors.open(partService, editor, target.recordId(), row.text());
            }
        } else {
            var command = commands.createCommand(target.commandId(), Map.of());
            if (command != null && handlers.canExecute(command)) {
                handlers.executeHandler(command);
            }
        }
    }

    /** Link text treats {@code &} as a mnemonic marker. */
    private static String escape(String text) {
        return text.replace("&", "&&");
    }
}
