package se.samverka.inventory.ui.internal.municipality;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.inventory.Amounts;
import se.samverka.inventory.SupportService;
import se.samverka.inventory.records.Finding;
import se.samverka.inventory.records.MunicipalityPage;
import se.samverka.inventory.records.MunicipalityService;
import se.samverka.inventory.records.RecordRow;
import se.samverka.inventory.records.RecordState;
import se.samverka.inventory.records.Severity;
import se.samverka.model.MunicipalRecordKind;
import se.samverka.model.MunicipalSupport;
import se.samverka.model.SupportRound;
import se.samverka.model.rules.Labels;
import se.samverka.ui.SamverkaUi;
import se.samverka.ui.StatusLine;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.Editors;

/**
 * A municipality's page: the law's findings on top, in colour with what to do; its statutory records by kind, each
 * kind with its state and a button for a new one; a place for the county's support to the municipality; its projects.
 * Read in a Job from {@link MunicipalityService#page}, again whenever its records or projects change.
 */
public class MunicipalityPagePart extends ReadingPart {

    /** The part descriptor's id. */
    public static final String DESCRIPTOR_ID = "se.samverka.inventory.ui.municipality";
    /** The record type the window's cards and links open the page by ({@code Target.record}). */
    public static final String RECORD_TYPE = "Municipality";
    private static final Set<String> TYPES = Set.of("MunicipalRecord", "Organisation", "LocalProject",
            "MunicipalSupport", "SupportRound");
    private static final String SUPPORT_ROUND_PAGE = "se.samverka.inventory.ui.support.round";
    private static final String PROJECT_EDITOR = "se.samverka.inventory.ui.editor";

    @Inject
    private MunicipalityService service;
    @Inject
    private SupportService supportService;
    /** The municipality's support, newest round first, read with the page. */
    private volatile List<MunicipalSupport> supports = List.of();
    @Inject
    private EPartService parts;
    @Inject
    private MPart part;
    @Inject
    private StatusLine statusLine;
    @Inject
    private UISynchronize ui;
    @Inject
    @Translation
    private MunicipalityMessages messages;
    @Inject
    @Named(TranslationService.LOCALE)
    private Locale locale;

    private ScrolledComposite scroller;
    private Composite content;
    private LocalResourceManager resources;
    private BackgroundRead<MunicipalityPage> reader;
    private String municipalityId;

    /** Opens the page of a municipality, or brings it to the front. */
    public static MPart open(EPartService parts, String municipalityId, String name) {
        return Editors.open(parts, DESCRIPTOR_ID, municipalityId, name);
    }

    @PostConstruct
    public void createControls(Composite parent) {
        municipalityId = part.getPersistedState().get(SamverkaUi.RECORD_ID);
        parent.setLayout(new FillLayout());
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        scroller = Widgets.styled(new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL), "form");
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        content = Widgets.named(Widgets.styled(new Composite(scroller, SWT.NONE), "form"), "municipality.page");
        content.setBackgroundMode(SWT.INHERIT_DEFAULT);
        GridLayoutFactory.fillDefaults().margins(16, 12).spacing(8, 8).applyTo(content);
        scroller.setContent(content);
        scroller.addListener(SWT.Resize, e -> relayout());
        Label loading = Widgets.styled(new Label(content, SWT.NONE), "secondary");
        loading.setText(messages.page_loading);
        reader = new BackgroundRead<>(messages.page_loading, TYPES, content, ui,
                () -> {
                    if (municipalityId == null) {
                        return null;
                    }
                    supports = newestFirst(supportService.supportOf(municipalityId));
                    return service.page(municipalityId, LocalDate.now()).orElse(null);
                },
                this::show, e -> statusLine.setMessage(MessageFormat.format(messages.page_loadFailed,
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        reading(reader);
        reader.load();
    }

    private void show(MunicipalityPage page) {
        for (Control child : content.getChildren()) {
            child.dispose();
        }
        if (page == null) {
            label(content, messages.page_notFound, null);
        } else {
            part.setLabel(page.name());
            Label title = Widgets.heading(Widgets.styled(new Label(content, SWT.NONE), "heading"), resources, 6);
            title.setText(page.name());
            wrapped(content, MessageFormat.format(messages.page_lead, page.day().toString()), "secondary");
            findings(page);
            records(page);
            support(page);
            projects(page);
        }
        relayout();
    }

    /** The findings, worst first, each in its colour with its word, what is wrong and what to do. */
    private void findings(MunicipalityPage page) {
        Composite box = Widgets.named(new Composite(content, SWT.NONE), "municipality.findings");
        GridLayoutFactory.fillDefaults().spacing(0, 6).applyTo(box);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        List<Finding> findings = page.rule().findings();
        if (findings.isEmpty()) {
            finding(box, Severity.OK, messages.page_allWell, null, "municipality.finding.OK");
        }
        for (Finding finding : findings) {
            finding(box, finding.severity(), finding.text(locale),
                    MessageFormat.format(messages.page_todo, finding.action(locale)),
                    "municipality.finding." + finding.kind().name());
        }
    }

    private void finding(Composite parent, Severity severity, String text, String action, String name) {
        Composite row = Widgets.named(new Composite(parent, SWT.NONE), name);
        row.setBackground(StateStyle.background(severity));
        GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 6).spacing(12, 2).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        Label word = Widgets.heading(new Label(row, SWT.NONE), resources, 0);
        word.setText(StateStyle.word(severity, messages));
        colour(word, severity);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).hint(90, SWT.DEFAULT).applyTo(word);
        Label what = new Label(row, SWT.WRAP);
        what.setText(action == null ? text : text + "\n" + action);
        colour(what, severity);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(what);
    }

    private static void colour(Control control, Severity severity) {
        control.setBackground(StateStyle.background(severity));
        control.setForeground(StateStyle.foreground(severity));
    }

    /** Each kind of record: its state, a button for a new one, and its records, newest first. */
    private void records(MunicipalityPage page) {
        Label heading = Widgets.heading(Widgets.styled(new Label(content, SWT.NONE), "subheading"), resources, 2);
        heading.setText(messages.page_records);
        GridDataFactory.fillDefaults().indent(0, 8).applyTo(heading);
        for (MunicipalRecordKind kind : MunicipalRecordKind.VALUES) {
            RecordState state = page.rule().state(kind);
            Composite head = new Composite(content, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(3).spacing(10, 0).applyTo(head);
            GridDataFactory.fillDefaults().grab(true, false).indent(0, 6).applyTo(head);
            Label name = Widgets.heading(new Label(head, SWT.NONE), resources, 0);
            name.setText(Finding.kindName(kind, locale));
            Label badge = Widgets.named(new Label(head, SWT.NONE), "municipality.state." + kind.name());
            badge.setText(" " + Finding.statusName(state.status(), locale) + " ");
            colour(badge, state.severity());
            GridDataFactory.fillDefaults().grab(true, false).align(SWT.BEGINNING, SWT.CENTER).applyTo(badge);
            Button create = Widgets.named(new Button(head, SWT.PUSH), "municipality.new." + kind.name());
            create.setText(newLabel(kind));
            create.addListener(SWT.Selection, e -> newRecord(page, kind));
            List<RecordRow> rows = page.records(kind);
            if (rows.isEmpty()) {
                wrapped(content, messages.page_noRecords, "secondary");
                continue;
            }
            Table table = Widgets.named(new Table(content, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE),
                    "municipality.records." + kind.name());
            table.setHeaderVisible(true);
            column(table, messages.page_column_adopted, 11);
            column(table, messages.page_column_period, 24);
            column(table, messages.page_column_title, 36);
            column(table, messages.page_column_link, 56);
            for (RecordRow row : rows) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { day(row.adoptedOn()), period(row), row.title(),
                        row.documentLink() == null ? "" : row.documentLink() });
                item.setData(row);
            }
            table.addListener(SWT.DefaultSelection, e -> {
                if (e.item != null && e.item.getData() instanceof RecordRow row && row.documentLink() != null) {
                    Program.launch(row.documentLink());
                }
            });
            GridDataFactory.fillDefaults().grab(true, false)
                    .hint(SWT.DEFAULT, table.getHeaderHeight() + table.getItemHeight() * Math.min(rows.size(), 4) + 4)
                    .applyTo(table);
        }
    }

    /**
     * The county's support to the municipality, newest round first: each round offered, what was applied for and
     * what was granted; a double-click opens the round's page.
     */
    private void support(MunicipalityPage page) {
        Label heading = Widgets.heading(Widgets.styled(new Label(content, SWT.NONE), "subheading"), resources, 2);
        heading.setText(messages.page_support);
        GridDataFactory.fillDefaults().indent(0, 12).applyTo(heading);
        List<MunicipalSupport> supports = this.supports;
        if (supports.isEmpty()) {
            wrapped(content, messages.page_supportNone, "secondary");
            return;
        }
        Table table = Widgets.named(new Table(content, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE),
                "municipality.support");
        table.setHeaderVisible(true);
        column(table, messages.page_column_supportYear, 6);
        column(table, messages.page_column_supportRound, 38);
        column(table, messages.page_column_supportStatus, 12);
        column(table, messages.page_column_supportOffered, 13);
        column(table, messages.page_column_supportApplied, 13);
        column(table, messages.page_column_supportGranted, 13);
        for (MunicipalSupport support : supports) {
            TableItem item = new TableItem(table, SWT.NONE);
            SupportRound round = support.getRound();
            item.setText(new String[] { round == null ? "" : String.valueOf(round.getSupportYear()),
                    round == null ? "" : round.getTitle(),
                    support.getStatus() == null ? "" : Labels.of(support.getStatus(), locale),
                    Amounts.format(support.getAmountOffered(), locale),
                    Amounts.format(support.getAmountApplied(), locale),
                    Amounts.format(support.getAmountGranted(), locale) });
            item.setData(round);
        }
        table.addListener(SWT.DefaultSelection, e -> {
            if (e.item != null && e.item.getData() instanceof SupportRound round) {
                Editors.open(parts, SUPPORT_ROUND_PAGE, round.getId(), round.getTitle());
            }
        });
        GridDataFactory.fillDefaults().grab(true, false)
                .hint(SWT.DEFAULT, table.getHeaderHeight() + table.getItemHeight() * Math.min(supports.size(), 6) + 4)
                .applyTo(table);
    }

    private static List<MunicipalSupport> newestFirst(List<MunicipalSupport> supports) {
        return supports.stream().sorted(Comparator.comparing(
                (MunicipalSupport m) -> m.getRound() == null ? 0 : m.getRound().getSupportYear()).reversed()).toList();
    }

    /** The municipality's projects; a double-click opens one. */
    private void projects(MunicipalityPage page) {
        Label heading = Widgets.heading(Widgets.styled(new Label(content, SWT.NONE), "subheading"), resources, 2);
        heading.setText(messages.page_projects);
        GridDataFactory.fillDefaults().indent(0, 12).applyTo(heading);
        wrapped(content, messages.page_projectsHint, "secondary");
        Table table = Widgets.named(new Table(content, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE),
                "municipality.projects");
        table.setHeaderVisible(true);
        column(table, messages.page_column_project, 44);
        column(table, messages.page_column_status, 12);
        column(table, messages.page_column_period, 24);
        for (MunicipalityPage.ProjectLine project : page.projects()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { project.title(),
                    project.status() == null ? "" : Labels.of(project.status(), locale),
                    period(project.startsOn(), project.endsOn()) });
            item.setData(project);
        }
        table.addListener(SWT.DefaultSelection, e -> {
            if (e.item != null && e.item.getData() instanceof MunicipalityPage.ProjectLine project) {
                Editors.open(parts, PROJECT_EDITOR, project.id(), null);
            }
        });
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT,
                table.getHeaderHeight() + table.getItemHeight() * Math.max(2, Math.min(page.projects().size(), 12))
                        + 4)
                .applyTo(table);
    }

    private void newRecord(MunicipalityPage page, MunicipalRecordKind kind) {
        NewRecordDialog dialog = new NewRecordDialog(content.getShell(), service, messages, locale, page, kind,
                newLabel(kind));
        if (dialog.open() == NewRecordDialog.OK) {
            statusLine.setMessage(MessageFormat.format(messages.dialog_saved, dialog.savedTitle()));
            // The store tells the window of the save, and the page reads itself again (recordsChanged).
        }
    }

    String newLabel(MunicipalRecordKind kind) {
        return switch (kind) {
            case SITUATION_PICTURE -> messages.page_new_SITUATION_PICTURE;
            case ACTION_PLAN -> messages.page_new_ACTION_PLAN;
            case COOPERATION_AGREEMENT -> messages.page_new_COOPERATION_AGREEMENT;
            case CITIZEN_PROMISE -> messages.page_new_CITIZEN_PROMISE;
        };
    }

    private static void column(Table table, String header, int chars) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(header);
        column.setWidth(chars * 8);
    }

    private Label label(Composite parent, String text, String style) {
        Label label = new Label(parent, SWT.NONE);
        if (style != null) {
            Widgets.styled(label, style);
        }
        label.setText(text);
        return label;
    }

    private void wrapped(Composite parent, String text, String style) {
        Label label = Widgets.styled(new Label(parent, SWT.WRAP), style);
        label.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(label);
    }

    private static String day(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static String period(RecordRow row) {
        return period(row.validFrom(), row.validTo());
    }

    private static String period(LocalDate from, LocalDate to) {
        return from == null && to == null ? "" : day(from) + " – " + day(to);
    }

    private void relayout() {
        if (scroller.isDisposed()) {
            return;
        }
        int width = scroller.getClientArea().width;
        content.layout(true, true);
        scroller.setMinSize(content.computeSize(Math.max(width, 500), SWT.DEFAULT));
    }

    @Focus
    public void setFocus() {
        content.setFocus();
    }
}
