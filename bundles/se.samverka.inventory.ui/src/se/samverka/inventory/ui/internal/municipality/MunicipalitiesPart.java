package se.samverka.inventory.ui.internal.municipality;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.inventory.records.Finding;
import se.samverka.inventory.records.MunicipalityRow;
import se.samverka.inventory.records.MunicipalityService;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.StatusLine;
import se.samverka.ui.Widgets;
import se.samverka.ui.lists.RecordTable;

/**
 * The municipalities area: the county's municipalities (a coordinator's own) with the state of their statutory
 * records today and the first thing to do; a double-click opens the municipality page.
 */
public class MunicipalitiesPart extends ReadingPart {

    /** Changes of records of these types change what the list shows. */
    static final Set<String> TYPES = Set.of("MunicipalRecord", "Organisation");

    @Inject
    private MunicipalityService service;
    @Inject
    private EPartService parts;
    @Inject
    private StatusLine statusLine;
    @Inject
    private UISynchronize ui;
    @Inject
    @Translation
    private MunicipalityMessages messages;
    @Inject
    @Translation
    private CommonTexts texts;
    @Inject
    @Named(TranslationService.LOCALE)
    private Locale locale;

    private RecordTable<MunicipalityRow> table;
    private BackgroundRead<List<MunicipalityRow>> reader;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        var resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        Composite page = Widgets.styled(new Composite(parent, SWT.NONE), "listPage");
        GridLayoutFactory.fillDefaults().margins(16, 12).spacing(8, 6).applyTo(page);
        Label title = Widgets.heading(Widgets.styled(new Label(page, SWT.NONE), "heading"), resources, 4);
        title.setText(messages.municipalities_heading);
        Label lead = Widgets.styled(new Label(page, SWT.WRAP), "secondary");
        lead.setText(messages.municipalities_description);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(lead);
        table = new RecordTable<>(page, "municipalities.list", texts, locale);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
        table.column(messages.municipalities_column_name, 20, MunicipalityRow::name)
                .column(messages.municipalities_column_state, 10,
                        r -> StateStyle.word(r.severity(), messages))
                .column(messages.municipalities_column_todo, 70, this::todo)
                // Names as long as "Östhammars kommun" are wider than 20 average characters.
                .fitText(0, 40);
        table.countIn(statusLine, messages.municipalities_noun)
                .onOpen(row -> MunicipalityPagePart.open(parts, row.id(), row.name()));
        reader = new BackgroundRead<>(messages.municipalities_heading, TYPES, table.table(), ui,
                () -> service.municipalities(LocalDate.now()), table::setRecords,
                e -> statusLine.setMessage(e.getMessage()));
        reading(reader);
        reader.load();
    }

    private String todo(MunicipalityRow row) {
        if (row.findings().isEmpty()) {
            return "";
        }
        Finding first = row.findings().get(0);
        String action = first.action(locale);
        return row.findings().size() == 1 ? action
                : MessageFormat.format(messages.municipalities_more, action, row.findings().size() - 1);
    }

    @Focus
    public void setFocus() {
        table.showCount();
        table.setFocus();
    }
}
