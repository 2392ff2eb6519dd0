package se.samverka.meetings.ui.internal.planning;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import se.samverka.meetings.MeetingPlanning;
import se.samverka.meetings.MeetingService;
import se.samverka.model.Meeting;
import se.samverka.ui.StatusLine;

/** Arkiv → Ny mötesserie …: the dialog that makes a group's meetings of a year from a list of dates. */
public class NewSeriesHandler {

    @CanExecute
    boolean canExecute(@Optional MeetingPlanning planning) {
        return planning != null;
    }

    @Execute
    void execute(Shell shell, MeetingPlanning planning, MeetingService meetings,
            @Translation PlanningMessages messages, @Named(TranslationService.LOCALE) Locale locale,
            StatusLine statusLine) {
        SeriesDialog dialog = new SeriesDialog(shell, planning, meetings.groups(), messages, locale);
        if (dialog.open() == SeriesDialog.OK) {
            List<Meeting> made = dialog.made();
            statusLine.setMessage(MessageFormat.format(messages.planning_series_made, made.size(),
                    made.get(0).getSeriesName()));
        }
    }
}
