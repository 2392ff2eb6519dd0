package se.samverka.meetings.ui.internal.planning;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import se.samverka.meetings.MeetingPlanning;
import se.samverka.meetings.PlanningException;
import se.samverka.meetings.SeriesPlan;
import se.samverka.meetings.SeriesPreview;
import se.samverka.model.CooperationGroup;
import se.samverka.model.Meeting;
import se.samverka.ui.Widgets;

/**
 * "Ny mötesserie": group, series name, title, times, place or link and a list of dates (typed a line each, or added
 * one at a time with "Lägg till"); beside them a preview of the meetings to be made and what is wrong, per date, as
 * the user types. "Gör mötena" makes them all in one transaction, and only when nothing is wrong. Widgets:
 * {@code series.group}, {@code .name}, {@code .pattern}, {@code .starts}, {@code .ends}, {@code .place},
 * {@code .link}, {@code .date}, {@code .addDate}, {@code .dates}, {@code .preview}, {@code .problems}, {@code .ok}.
 */
final class SeriesDialog extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final MeetingPlanning planning;
    private final List<CooperationGroup> groups;
    private final PlanningMessages messages;
    private final Locale locale;
    private Combo group;
    private Text name;
    private Text pattern;
    private Text starts;
    private Text ends;
    private Text place;
    private Text link;
    private Text date;
    private Text dates;
    private Table preview;
    private Label problems;
    private List<Meeting> made = List.of();

    SeriesDialog(Shell shell, MeetingPlanning planning, List<CooperationGroup> groups, PlanningMessages messages,
            Locale locale) {
        super(shell);
        this.planning = planning;
        this.groups = groups;
        this.messages = messages;
        this.locale = locale;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.planning_series_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(16, 6).equalWidth(false)
                .applyTo(area);
        Label lead = Widgets.styled(new Label(area, SWT.WRAP), "secondary");
        lead.setText(messages.planning_series_lead);
        GridDataFactory.fillDefaults().span(2, 1).hint(760, SWT.DEFAULT).applyTo(lead);

        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 6).applyTo(fields);
        GridDataFactory.fillDefaults().grab(false, true).applyTo(fields);
        caption(fields, messages.planning_series_group);
        group = Widgets.named(new Combo(fields, SWT.READ_ONLY | SWT.DROP_DOWN), "series.group");
        groups.forEach(g -> group.add(g.getName()));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        name = text(fields, messages.planning_series_name, "series.name", "");
        pattern = text(fields, messages.planning_series_pattern, "series.pattern", "");
        starts = text(fields, messages.planning_series_starts, "series.starts", "09:00");
        ends = text(fields, messages.planning_series_ends, "series.ends", "15:00");
        place = text(fields, messages.planning_series_place, "series.place", "");
        link = text(fields, messages.planning_series_link, "series.link", "");
        caption(fields, messages.planning_series_newDate);
        Composite one = new Composite(fields, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 0).applyTo(one);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(one);
        date = Widgets.named(new Text(one, SWT.BORDER), "series.date");
        date.setMessage("ÅÅÅÅ-MM-DD");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(date);
        Button add = Widgets.named(new Button(one, SWT.PUSH), "series.addDate");
        add.setText(messages.planning_series_addDate);
        add.addListener(SWT.Selection, e -> addDate());
        date.addListener(SWT.DefaultSelection, e -> addDate());
        Label datesCaption = caption(fields, messages.planning_series_dates);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(datesCaption);
        dates = Widgets.named(new Text(fields, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL), "series.dates");
        dates.setMessage(messages.planning_series_datesHint);
        GridDataFactory.fillDefaults().grab(true, true).hint(260, dates.getLineHeight() * 7).applyTo(dates);

        Composite right = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 6).applyTo(right);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(right);
        Label previewCaption = new Label(right, SWT.NONE);
        previewCaption.setText(messages.planning_series_preview);
        preview = Widgets.named(new Table(right, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL), "series.preview");
        preview.setHeaderVisible(true);
        preview.setLinesVisible(true);
        for (String header : List.of(messages.planning_col_seq, messages.planning_series_date,
                messages.planning_series_pattern)) {
            TableColumn column = new TableColumn(preview, SWT.LEFT);
            column.setText(header);
            column.setWidth(header.equals(messages.planning_series_pattern) ? 300 : header
                    .equals(messages.planning_col_seq) ? 44 : 110);
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(470, preview.getItemHeight() * 8).applyTo(preview);
        problems = Widgets.named(Widgets.styled(new Label(right, SWT.WRAP), "formMessage"), "series.problems");
        GridDataFactory.fillDefaults().grab(true, false).hint(470, SWT.DEFAULT).applyTo(problems);

        for (Text text : List.of(name, pattern, starts, ends, place, link, dates)) {
            text.addListener(SWT.Modify, e -> update());
        }
        group.addListener(SWT.Selection, e -> update());
        return area;
    }

    private static Label caption(Composite parent, String text) {
        Label label = new Label(parent, SWT.NONE);
        label.setText(text);
        return label;
    }

    private static Text text(Composite parent, String label, String name, String value) {
        caption(parent, label);
        Text text = Widgets.named(new Text(parent, SWT.BORDER), name);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, messages.planning_series_make, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        Widgets.named(getButton(IDialogConstants.OK_ID), "series.ok");
        update();
    }

    /** The date field's date added as a line of the list. */
    private void addDate() {
        String typed = date.getText().strip();
        if (typed.isEmpty()) {
            return;
        }
        String now = dates.getText().stripTrailing();
        dates.setText(now.isEmpty() ? typed : now + dates.getLineDelimiter() + typed);
        date.setText("");
        date.setFocus();
    }

    private LocalTime time(Text text) {
        try {
            return LocalTime.parse(text.getText().strip(), TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private SeriesPlan plan() {
        int chosen = group.getSelectionIndex();
        return new SeriesPlan(chosen < 0 ? null : groups.get(chosen).getId(), name.getText(), pattern.getText(),
                time(starts), time(ends), place.getText(), link.getText(),
                Arrays.asList(dates.getText().split("\\R")));
    }

    /** Shows what would be made and what is wrong, and lets the user make the meetings only when nothing is. */
    private void update() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null || preview == null) {
            return;
        }
        SeriesPreview shown = planning.preview(plan());
        show(shown);
        ok.setEnabled(shown.ok() && time(starts) != null && time(ends) != null);
    }

    private void show(SeriesPreview shown) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        preview.removeAll();
        for (SeriesPreview.Planned planned : shown.meetings()) {
            TableItem row = new TableItem(preview, SWT.NONE);
            row.setText(new String[] { String.valueOf(planned.number()), day.format(planned.date()),
                    planned.title() });
        }
        String text = shown.problems().stream().map(this::say).distinct().collect(Collectors.joining("\n"));
        if ((!starts.getText().isBlank() && time(starts) == null) || (!ends.getText().isBlank() && time(ends) == null)) {
            text = messages.planning_series_badTime + (text.isEmpty() ? "" : "\n" + text);
        }
        problems.setText(text);
        problems.getParent().layout(true, true);
    }

    private String say(SeriesPreview.Problem problem) {
        String pattern = switch (problem.kind()) {
            case NO_GROUP -> messages.planning_series_NO_GROUP;
            case NO_NAME -> messages.planning_series_NO_NAME;
            case NO_TIMES -> messages.planning_series_NO_TIMES;
            case ENDS_BEFORE_START -> messages.planning_series_ENDS_BEFORE_START;
            case NO_DATES -> messages.planning_series_NO_DATES;
            case NOT_A_DATE -> messages.planning_series_NOT_A_DATE;
            case DUPLICATE -> messages.planning_series_DUPLICATE;
            case PAST -> messages.planning_series_PAST;
            case TAKEN -> messages.planning_series_TAKEN;
        };
        return MessageFormat.format(pattern, problem.line());
    }

    @Override
    protected void okPressed() {
        try {
            made = planning.makeSeries(plan());
        } catch (PlanningException e) {
            if (e.preview() != null) {
                show(e.preview());
            } else {
                problems.setText(MessageFormat.format(messages.planning_failed, e.getMessage()));
            }
            return;
        }
        super.okPressed();
    }

    /** The meetings made, in date order; empty when cancelled. */
    List<Meeting> made() {
        return made;
    }
}
