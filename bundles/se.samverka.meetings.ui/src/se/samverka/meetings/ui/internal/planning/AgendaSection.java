package se.samverka.meetings.ui.internal.planning;

import java.text.MessageFormat;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import se.samverka.meetings.Agenda;
import se.samverka.meetings.MeetingPlanning;
import se.samverka.meetings.PlanningException;
import se.samverka.model.AgendaItem;
import se.samverka.model.Meeting;
import se.samverka.model.Person;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.EditHistory;
import se.samverka.ui.forms.ReplacePartsOperation;

/**
 * The meeting's agenda on its page: a table (number, running start time from the meeting's start, title, presenter,
 * minutes) with add, edit, remove and reorder (buttons, Alt+Up/Down, drag and drop), and "Flytta till nästa möte"
 * for an item the meeting did not reach; below it the planned time against the meeting's length. The form binds
 * only the meeting's own fields, so each edit here is an operation of the page's history that replaces the meeting's
 * items (copies keep each item's id): undoable, it makes the page dirty, and it is saved with the meeting. Moving to
 * the next meeting is a task of the planning service that saves both meetings, so the page is saved first.
 * <p>
 * Widgets: {@code meetings.agenda} (the table), {@code .add}, {@code .change}, {@code .remove}, {@code .up},
 * {@code .down}, {@code .moveToNext}, {@code .message} (what the move did), {@code .total}; the item dialog's are
 * {@link AgendaItemDialog}'s.
 */
public final class AgendaSection {

    private final PlanningMessages messages;
    private final CommonTexts texts;
    private final Locale locale;
    private final Supplier<Meeting> meeting;
    private final EditHistory history;
    private final MeetingPlanning planning;
    private final Label message;
    private final BooleanSupplier saved;
    private final Table table;
    private final Label total;
    private final List<Button> needSelection = new ArrayList<>();
    /** The index of the title column, which takes the table's spare width. */
    private static final int TITLE_COLUMN = 2;

    /**
     * @param meeting the meeting as the page has it now
     * @param saved   saves the page if it has unsaved edits; true when it has none (then)
     */
    public AgendaSection(Composite body, PlanningMessages messages, CommonTexts texts, Locale locale,
            Supplier<Meeting> meeting, EditHistory history, MeetingPlanning planning, BooleanSupplier saved) {
        this.messages = messages;
        this.texts = texts;
        this.locale = locale;
        this.meeting = meeting;
        this.history = history;
        this.planning = planning;
        this.saved = saved;
        Composite buttons = Widgets.styled(new Composite(body, SWT.NONE), "form");
        RowLayoutFactory.fillDefaults().spacing(6).wrap(true).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(buttons);
        button(buttons, "meetings.agenda.add", messages.planning_add, false).addListener(SWT.Selection,
                e -> edit(null));
        button(buttons, "meetings.agenda.change", messages.planning_change, true).addListener(SWT.Selection,
                e -> edit(selected()));
        button(buttons, "meetings.agenda.remove", messages.planning_remove, true).addListener(SWT.Selection,
                e -> removeSelected());
        button(buttons, "meetings.agenda.up", messages.planning_up, true).addListener(SWT.Selection,
                e -> step(-1));
        button(buttons, "meetings.agenda.down", messages.planning_down, true).addListener(SWT.Selection,
                e -> step(+1));
        button(buttons, "meetings.agenda.moveToNext", messages.planning_moveToNext, true)
                .addListener(SWT.Selection, e -> moveToNextMeeting());

        table = Widgets.named(new Table(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL),
                "meetings.agenda");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        column(messages.planning_col_seq, 44, SWT.RIGHT);
        column(messages.planning_col_starts, 64, SWT.LEFT);
        column(messages.planning_col_title, 360, SWT.LEFT);
        column(messages.planning_col_presenter, 200, SWT.LEFT);
        column(messages.planning_col_minutes, 76, SWT.RIGHT);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false)
                .hint(SWT.DEFAULT, table.getItemHeight() * 8 + table.getHeaderHeight() + 4).applyTo(table);
        // The title takes the width the other columns leave, instead of the last column ("Minuter") stretching.
        int minutesWidth = table.getColumn(table.getColumnCount() - 1).getWidth();
        table.addListener(SWT.Resize, e -> fitTitle(minutesWidth));

        total = Widgets.named(Widgets.styled(new Label(body, SWT.WRAP), "secondary"), "meetings.agenda.total");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(total);
        // What "Flytta till nästa möte" did, under the agenda: the page's header tells of the meeting taken in.
        message = Widgets.named(Widgets.styled(new Label(body, SWT.WRAP), "formMessage"), "meetings.agenda.message");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(message);
        Label hint = Widgets.styled(new Label(body, SWT.WRAP), "secondary");
        hint.setText(messages.planning_keysHint);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(hint);

        table.addListener(SWT.Selection, e -> enable());
        table.addListener(SWT.DefaultSelection, e -> edit(selected()));
        table.addListener(SWT.KeyDown, this::key);
        dragAndDrop();
        enable();
    }

    /**
     * Gives the title column the table's width less the other columns' (but never less than its own 360).
     *
     * @param lastWidth the last column's own width: GTK reports it with the spare width it stretched it by
     */
    private void fitTitle(int lastWidth) {
        TableColumn[] columns = table.getColumns();
        int others = lastWidth;
        for (int i = 0; i < columns.length - 1; i++) {
            others += i == TITLE_COLUMN ? 0 : columns[i].getWidth();
        }
        TableColumn title = table.getColumn(TITLE_COLUMN);
        // The table's size less its border and scroll bar: the client area is not yet known while the page is hidden.
        int width = Math.max(360, table.getSize().x - table.computeTrim(0, 0, 0, 0).width - others);
        if (width != title.getWidth()) {
            title.setWidth(width);
        }
    }

    private void column(String header, int width, int align) {
        TableColumn column = new TableColumn(table, align);
        column.setText(header);
        column.setWidth(width);
    }

    private Button button(Composite parent, String name, String text, boolean onSelection) {
        Button button = Widgets.named(new Button(parent, SWT.PUSH), name);
        button.setText(text);
        if (onSelection) {
            needSelection.add(button);
        }
        return button;
    }

    /** Alt+Up/Down move the selected item, Delete removes it. */
    private void key(Event e) {
        if ((e.stateMask & SWT.ALT) != 0 && (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN)) {
            e.doit = false;
            step(e.keyCode == SWT.ARROW_UP ? -1 : +1);
        } else if (e.keyCode == SWT.DEL) {
            removeSelected();
        }
    }

    /** Drag an item onto another: it takes that item's place. */
    private void dragAndDrop() {
        Transfer[] types = { TextTransfer.getInstance() };
        DragSource source = new DragSource(table, DND.DROP_MOVE);
        source.setTransfer(types);
        source.addDragListener(new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                event.doit = table.getSelectionIndex() >= 0;
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = String.valueOf(table.getSelectionIndex());
            }
        });
        DropTarget target = new DropTarget(table, DND.DROP_MOVE | DND.DROP_DEFAULT);
        target.setTransfer(types);
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragOver(DropTargetEvent event) {
                event.feedback = DND.FEEDBACK_SELECT | DND.FEEDBACK_SCROLL;
                event.detail = DND.DROP_MOVE;
            }

            @Override
            public void drop(DropTargetEvent event) {
                int from;
                try {
                    from = Integer.parseInt(String.valueOf(event.data));
                } catch (NumberFormatException e) {
                    return;
                }
                int to = event.item instanceof TableItem over ? table.indexOf(over) : table.getItemCount() - 1;
                moveTo(from, to + 1);
            }
        });
    }

    /** Shows the meeting's items as the page has them now, in order, with their start times and the total. */
    public void refresh() {
        if (table.isDisposed()) {
            return;
        }
        int selected = table.getSelectionIndex();
        table.removeAll();
        Meeting now = meeting.get();
        if (now != null) {
            SimpleDateFormat time = new SimpleDateFormat("HH:mm", locale);
            List<Date> starts = Agenda.startTimes(now);
            List<AgendaItem> items = Agenda.items(now);
            for (int i = 0; i < items.size(); i++) {
                AgendaItem item = items.get(i);
                TableItem row = new TableItem(table, SWT.NONE);
                row.setData(item);
                row.setText(new String[] { String.valueOf(i + 1), starts.isEmpty() ? "" : time.format(starts.get(i)),
                        item.getTitle() == null ? "" : item.getTitle(), name(item.getPresenter()),
                        item.getDurationMinutes() == 0 ? "" : String.valueOf(item.getDurationMinutes()) });
            }
            showTotal(now);
        }
        if (selected >= 0 && selected < table.getItemCount()) {
            table.setSelection(selected);
        }
        enable();
    }

    private void showTotal(Meeting now) {
        int planned = Agenda.totalMinutes(now);
        int length = Agenda.meetingMinutes(now);
        boolean over = length > 0 && planned > length;
        total.setText(length <= 0 ? MessageFormat.format(messages.planning_totalNoLength, planned)
                : MessageFormat.format(over ? messages.planning_totalOver : messages.planning_total, planned, length,
                        planned - length));
        total.setForeground(over ? total.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
        Widgets.measureAgain(total);
    }

    static String name(Person person) {
        if (person == null) {
            return "";
        }
        String name = (person.getFirstName() == null ? "" : person.getFirstName()) + " "
                + (person.getLastName() == null ? "" : person.getLastName());
        return name.strip();
    }

    private AgendaItem selected() {
        int index = table.getSelectionIndex();
        return index < 0 ? null : (AgendaItem) table.getItem(index).getData();
    }

    private void enable() {
        boolean one = table.getSelectionIndex() >= 0;
        needSelection.forEach(b -> b.setEnabled(one));
    }

    private void edit(AgendaItem item) {
        Meeting now = meeting.get();
        if (now == null) {
            return;
        }
        AgendaItemDialog dialog = new AgendaItemDialog(table.getShell(), messages, texts, locale, item,
                planning::people);
        if (dialog.open() != Dialog.OK) {
            return;
        }
        List<AgendaItem> items = copies(now);
        Meeting scratch = scratch(items);
        AgendaItem target;
        if (item == null) {
            target = Agenda.append(scratch, se.samverka.model.SamverkaFactory.eINSTANCE.createAgendaItem());
        } else {
            target = scratch.getAgendaItems().get(Agenda.items(now).indexOf(item));
        }
        dialog.applyTo(target);
        replace(now, scratch, item == null ? scratch.getAgendaItems().size() - 1 : table.getSelectionIndex());
    }

    private void removeSelected() {
        AgendaItem item = selected();
        Meeting now = meeting.get();
        if (item == null || now == null) {
            return;
        }
        int index = Agenda.items(now).indexOf(item);
        Meeting scratch = scratch(copies(now));
        Agenda.remove(scratch, scratch.getAgendaItems().get(index));
        replace(now, scratch, Math.min(index, scratch.getAgendaItems().size() - 1));
    }

    private void step(int by) {
        int index = table.getSelectionIndex();
        if (index >= 0) {
            moveTo(index, index + 1 + by);
        }
    }

    /** Moves the item at {@code from} (0-based) to the place {@code position} (1-based) on the agenda. */
    private void moveTo(int from, int position) {
        Meeting now = meeting.get();
        if (now == null || from < 0 || from >= table.getItemCount()) {
            return;
        }
        int to = Math.max(1, Math.min(table.getItemCount(), position));
        if (to == from + 1) {
            return;
        }
        Meeting scratch = scratch(copies(now));
        Agenda.move(scratch, scratch.getAgendaItems().get(from), to);
        replace(now, scratch, to - 1);
    }

    private void moveToNextMeeting() {
        AgendaItem item = selected();
        Meeting now = meeting.get();
        if (item == null || now == null) {
            return;
        }
        String title = item.getTitle();
        int index = table.getSelectionIndex();
        if (!saved.getAsBoolean()) {
            return;
        }
        // Saved: the page's record is the saved one now; the item is found again by its place.
        Meeting current = meeting.get();
        List<AgendaItem> items = Agenda.items(current);
        if (current.getId() == null || index >= items.size() || items.get(index).getId() == null) {
            say(messages.planning_notSaved);
            return;
        }
        try {
            Meeting next = planning.moveToNextMeeting(current.getId(), items.get(index).getId());
            SimpleDateFormat day = new SimpleDateFormat(texts.date_pattern, locale);
            say(MessageFormat.format(messages.planning_moved, title, next.getTitle(),
                    next.getMeetingDate() == null ? "" : day.format(next.getMeetingDate())));
        } catch (PlanningException e) {
            say(switch (e.reason()) {
                case NO_NEXT_MEETING -> MessageFormat.format(messages.planning_noNext, title);
                case ITEM_REACHED -> MessageFormat.format(messages.planning_reached, title);
                case REFERENCED -> MessageFormat.format(messages.planning_referenced, title);
                case NOT_FOUND -> messages.planning_notSaved;
                default -> MessageFormat.format(messages.planning_failed, e.getMessage());
            });
        }
    }

    private void say(String text) {
        message.setText(text);
        Widgets.measureAgain(message);
    }

    /** The items as they are, in order, copied with their ids (a copy keeps a part's id: an edit stays that part). */
    private static List<AgendaItem> copies(Meeting meeting) {
        return new ArrayList<>(EcoreUtil.copyAll(Agenda.items(meeting)));
    }

    /** A meeting that only holds items, to apply the agenda's rules to copies before they replace the real ones. */
    private static Meeting scratch(List<AgendaItem> items) {
        Meeting scratch = se.samverka.model.SamverkaFactory.eINSTANCE.createMeeting();
        scratch.getAgendaItems().addAll(items);
        return scratch;
    }

    /** Replaces the meeting's items by the scratch meeting's as one undoable edit, selecting a row after. */
    private void replace(Meeting now, Meeting scratch, int select) {
        history.execute(new ReplacePartsOperation(messages.planning_edit, meeting, Literals.MEETING__AGENDA_ITEMS,
                Agenda.items(now), Agenda.items(scratch), this::refresh));
        refresh();
        if (select >= 0 && select < table.getItemCount()) {
            table.setSelection(select);
            table.showSelection();
        }
        enable();
    }
}
