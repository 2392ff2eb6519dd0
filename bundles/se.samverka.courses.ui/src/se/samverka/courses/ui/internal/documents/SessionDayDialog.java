package se.samverka.courses.ui.internal.documents;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import se.samverka.model.SessionDay;

/** Which session day a signature list is for: the days of the offering, the next one (or today's) chosen. */
final class SessionDayDialog extends Dialog {

    private final DocumentMessages messages;
    private final Locale locale;
    private final List<SessionDay> days;
    private org.eclipse.swt.widgets.List list;
    private SessionDay chosen;

    private SessionDayDialog(Shell shell, DocumentMessages messages, Locale locale, List<SessionDay> days) {
        super(shell);
        this.messages = messages;
        this.locale = locale;
        this.days = days;
    }

    /** The day the user chose; null for cancel. */
    static SessionDay choose(Shell shell, DocumentMessages messages, Locale locale, List<SessionDay> days) {
        SessionDayDialog dialog = new SessionDayDialog(shell, messages, locale, days);
        return dialog.open() == OK ? dialog.chosen : null;
    }

    /** Today's day or the next one; the last when all are past. */
    static SessionDay nextOrLast(List<SessionDay> days) {
        LocalDate today = LocalDate.now();
        return days.stream().filter(d -> !date(d.getSessionDate()).isBefore(today)).findFirst()
                .orElse(days.get(days.size() - 1));
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.documents_signatureList);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label label = new Label(area, SWT.NONE);
        label.setText(messages.documents_chooseDay);
        list = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        list.setData("samverka.id", "documents.sessionDays");
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH.mm");
        for (int i = 0; i < days.size(); i++) {
            SessionDay day = days.get(i);
            String times = day.getStartsAt() != null && day.getEndsAt() != null
                    ? time.format(dateTime(day.getStartsAt())) + "–" + time.format(dateTime(day.getEndsAt()))
                    : "";
            list.add(MessageFormat.format(messages.documents_day, i + 1, format.format(date(day.getSessionDate())),
                    times).strip());
        }
        list.select(days.indexOf(nextOrLast(days)));
        list.addListener(SWT.DefaultSelection, e -> okPressed());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, list.getItemHeight() * Math.min(8,
                days.size() + 1)).applyTo(list);
        return area;
    }

    @Override
    protected void okPressed() {
        int index = list.getSelectionIndex();
        chosen = index < 0 ? null : days.get(index);
        super.okPressed();
    }

    private static LocalDate date(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static java.time.LocalDateTime dateTime(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDateTime();
    }
}
