package se.samverka.courses.ui.internal.enrolment;

import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import se.samverka.model.CourseOffering;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.model.SessionDay;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.EditHistory;
import se.samverka.ui.forms.ReplacePartsOperation;

/**
 * An offering's session days on its page: a table (date, start, end, place) with add, change and remove. The form
 * binds only the offering's own fields, so each of these edits is an operation of the editor's own history that
 * replaces the offering's list of days: undoable, it makes the editor dirty, and it is saved with the offering (its
 * Save), the days being parts of the offering. Widgets: {@code courses.sessionDays} (the table), {@code .add},
 * {@code .change}, {@code .remove}; in the dialog {@code day.date}, {@code .starts}, {@code .ends}, {@code .place},
 * {@code .problem}, {@code .ok}.
 */
public final class SessionDaysSection {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final EnrolmentMessages messages;
    private final Supplier<CourseOffering> offering;
    private final EditHistory history;
    private final Locale locale;
    private final Table table;
    private final Button change;
    private final Button remove;

    public SessionDaysSection(Composite body, EnrolmentMessages messages, Locale locale,
            Supplier<CourseOffering> offering, EditHistory history) {
        this.messages = messages;
        this.locale = locale;
        this.offering = offering;
        this.history = history;
        table = Widgets.named(new Table(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL),
                "courses.sessionDays");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String header : List.of(messages.sessions_date, messages.sessions_starts, messages.sessions_ends,
                messages.sessions_place)) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(header);
            column.setWidth(header.equals(messages.sessions_place) ? 260 : 110);
        }
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, table.getItemHeight() * 4
                + table.getHeaderHeight() + 4).applyTo(table);
        Composite buttons = Widgets.styled(new Composite(body, SWT.NONE), "form");
        RowLayoutFactory.fillDefaults().spacing(6).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
        Button add = button(buttons, "courses.sessionDays.add", messages.sessions_add);
        add.addListener(SWT.Selection, e -> edit(null));
        change = button(buttons, "courses.sessionDays.change", messages.sessions_change);
        change.addListener(SWT.Selection, e -> edit(selected()));
        remove = button(buttons, "courses.sessionDays.remove", messages.sessions_remove);
        remove.addListener(SWT.Selection, e -> removeSelected());
        table.addListener(SWT.Selection, e -> enable());
        table.addListener(SWT.DefaultSelection, e -> edit(selected()));
        table.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.DEL) {
                removeSelected();
            }
        });
        enable();
    }

    private static Button button(Composite parent, String name, String text) {
        Button button = Widgets.named(new Button(parent, SWT.PUSH), name);
        button.setText(text);
        return button;
    }

    /** Shows the offering's days as it has them now, by date. */
    public void refresh() {
        if (table.isDisposed()) {
            return;
        }
        int selected = table.getSelectionIndex();
        table.removeAll();
        CourseOffering now = offering.get();
        if (now != null) {
            SimpleDateFormat time = new SimpleDateFormat("HH:mm", locale);
            for (SessionDay day : sorted(now)) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setData(day);
                item.setText(new String[] { day.getSessionDate() == null ? "" : date(day.getSessionDate()).format(DATE),
                        day.getStartsAt() == null ? "" : time.format(day.getStartsAt()),
                        day.getEndsAt() == null ? "" : time.format(day.getEndsAt()),
                        day.getPlace() == null ? "" : day.getPlace() });
            }
        }
        if (selected >= 0 && selected < table.getItemCount()) {
            table.setSelection(selected);
        }
        enable();
    }

    private static List<SessionDay> sorted(CourseOffering offering) {
        return offering.getSessionDays().stream().sorted(Comparator.comparing(SessionDay::getSessionDate,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    private SessionDay selected() {
        int index = table.getSelectionIndex();
        return index < 0 ? null : (SessionDay) table.getItem(index).getData();
    }

    private void enable() {
        boolean one = table.getSelectionIndex() >= 0;
        change.setEnabled(one);
        remove.setEnabled(one);
    }

    private void edit(SessionDay day) {
        CourseOffering now = offering.get();
        if (now == null) {
            return;
        }
        DayDialog dialog = new DayDialog(table.getShell(), day);
        if (dialog.open() != Dialog.OK) {
            return;
        }
        List<SessionDay> days = copies(now);
        if (day == null) {
            days.add(dialog.made);
        } else {
            SessionDay target = days.get(now.getSessionDays().indexOf(day));
            target.setSessionDate(dialog.made.getSessionDate());
            target.setStartsAt(dialog.made.getStartsAt());
            target.setEndsAt(dialog.made.getEndsAt());
            target.setPlace(dialog.made.getPlace());
        }
        replace(now, days);
    }

    private void removeSelected() {
        SessionDay day = selected();
        CourseOffering now = offering.get();
        if (day == null || now == null) {
            return;
        }
        List<SessionDay> days = copies(now);
        days.remove(now.getSessionDays().indexOf(day));
        replace(now, days);
    }

    /** The days as they are, copied with their ids (a copy keeps a part's id, so an edit stays the same part). */
    private static List<SessionDay> copies(CourseOffering offering) {
        return new ArrayList<>(EcoreUtil.copyAll(offering.getSessionDays()));
    }

    /** Replaces the offering's days, numbered by date, as one undoable edit. */
    private void replace(CourseOffering now, List<SessionDay> days) {
        days.sort(Comparator.comparing(SessionDay::getSessionDate, Comparator.nullsLast(Comparator.naturalOrder())));
        for (int i = 0; i < days.size(); i++) {
            days.get(i).setSeq(i + 1);
        }
        history.execute(new ReplacePartsOperation(messages.sessions_dialogTitle, offering,
                Literals.COURSE_OFFERING__SESSION_DAYS, now.getSessionDays(), days, this::refresh));
        refresh();
    }

    private static LocalDate date(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(ZoneId.systemDefault()).toInstant());
    }

    /** The dialog of one day: date, start and end time, place; bad input is named and nothing changes. */
    private final class DayDialog extends Dialog {

        private final SessionDay day;
        private Text date;
        private Text starts;
        private Text ends;
        private Text place;
        private Label problem;
        private SessionDay made;

        DayDialog(Shell shell, SessionDay day) {
            super(shell);
            this.day = day;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(messages.sessions_dialogTitle);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 6).applyTo(area);
            SimpleDateFormat time = new SimpleDateFormat("HH:mm", locale);
            date = field(area, messages.sessions_date, "day.date", "ÅÅÅÅ-MM-DD",
                    day == null || day.getSessionDate() == null ? "" : date(day.getSessionDate()).format(DATE));
            starts = field(area, messages.sessions_starts, "day.starts", messages.sessions_timeHint,
                    day == null || day.getStartsAt() == null ? "09:00" : time.format(day.getStartsAt()));
            ends = field(area, messages.sessions_ends, "day.ends", messages.sessions_timeHint,
                    day == null || day.getEndsAt() == null ? "16:00" : time.format(day.getEndsAt()));
            place = field(area, messages.sessions_place, "day.place", messages.sessions_placeHint,
                    day == null || day.getPlace() == null ? "" : day.getPlace());
            problem = Widgets.named(Widgets.styled(new Label(area, SWT.WRAP), "formMessage"), "day.problem");
            GridDataFactory.fillDefaults().span(2, 1).hint(360, SWT.DEFAULT).applyTo(problem);
            return area;
        }

        private Text field(Composite area, String label, String name, String hint, String value) {
            new Label(area, SWT.NONE).setText(label);
            Text text = Widgets.named(new Text(area, SWT.BORDER), name);
            text.setMessage(hint);
            text.setText(value);
            GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(text);
            return text;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            super.createButtonsForButtonBar(parent);
            Widgets.named(getButton(IDialogConstants.OK_ID), "day.ok");
        }

        @Override
        protected void okPressed() {
            LocalDate on;
            LocalTime from;
            LocalTime to;
            try {
                on = LocalDate.parse(date.getText().strip(), DATE);
            } catch (DateTimeParseException e) {
                refuse(messages.sessions_badDate);
                return;
            }
            try {
                from = LocalTime.parse(starts.getText().strip(), TIME);
                to = LocalTime.parse(ends.getText().strip(), TIME);
            } catch (DateTimeParseException e) {
                refuse(messages.sessions_badTime);
                return;
            }
            if (to.isBefore(from)) {
                refuse(messages.sessions_endsBeforeStart);
                return;
            }
            made = SamverkaFactory.eINSTANCE.createSessionDay();
            made.setSessionDate(at(on, LocalTime.MIDNIGHT));
            made.setStartsAt(at(on, from));
            made.setEndsAt(at(on, to));
            made.setPlace(place.getText().isBlank() ? null : place.getText().strip());
            super.okPressed();
        }

        private void refuse(String text) {
            problem.setText(text);
            problem.getParent().layout(true, true);
        }
    }
}
