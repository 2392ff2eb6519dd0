package se.samverka.inventory.ui.internal.start;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.ResourceBundle;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.samverka.inventory.records.Finding;
import se.samverka.inventory.records.MunicipalityRow;
import se.samverka.inventory.records.MunicipalityService;
import se.samverka.inventory.records.Severity;
import se.samverka.ui.start.StartCard;

/**
 * The inventory plugin's card on the start page: the municipalities (a coordinator's own; county staff every one)
 * whose statutory records are due or overdue today, worst first, each with the first thing to do; a click opens the
 * municipality page.
 */
@Component(service = StartCard.class)
public final class DueRecordsCard implements StartCard {

    /** The record type the municipality page is opened by (see the fragment's {@code samverka.editor.recordTypes}). */
    static final String MUNICIPALITY = "Municipality";

    private final MunicipalityService service;
    private final Clock clock;

    @Activate
    public DueRecordsCard(@Reference MunicipalityService service) {
        this(service, Clock.system(ZoneId.systemDefault()));
    }

    DueRecordsCard(MunicipalityService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "inventory.records";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Content content(Viewer viewer) {
        ResourceBundle texts = ResourceBundle.getBundle(getClass().getPackageName() + ".messages", viewer.locale());
        List<MunicipalityRow> all = service.municipalities(LocalDate.now(clock));
        List<Row> rows = all.stream().filter(r -> r.severity() != Severity.OK)
                .sorted(Comparator.comparing(MunicipalityRow::severity).reversed())
                .map(r -> new Row(r.name(), detail(r, texts, viewer), Target.record(MUNICIPALITY, r.id())))
                .toList();
        String title = texts.getString(all.size() == 1 ? "card.titleOwn" : "card.title");
        return new Content(title, rows, texts.getString(all.size() == 1 ? "card.emptyOwn" : "card.empty"));
    }

    private static String detail(MunicipalityRow row, ResourceBundle texts, Viewer viewer) {
        Finding first = row.findings().get(0);
        String word = texts.getString("card.severity." + first.severity().name());
        String detail = MessageFormat.format(texts.getString("card.detail"), word, first.action(viewer.locale()));
        return row.findings().size() == 1 ? detail
                : MessageFormat.format(texts.getString("card.more"), detail, row.findings().size() - 1);
    }
}
