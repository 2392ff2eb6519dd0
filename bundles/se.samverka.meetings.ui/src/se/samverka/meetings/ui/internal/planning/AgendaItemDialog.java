package se.samverka.meetings.ui.internal.planning;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.samverka.model.AgendaItem;
import se.samverka.model.Person;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.RecordPicker;

/**
 * One agenda item's title, description, presenter (found by typing among the county's people) and minutes. Bad
 * input is named in the dialog and nothing changes. Widgets: {@code item.title}, {@code .description},
 * {@code .presenter}, {@code .choosePresenter}, {@code .noPresenter}, {@code .minutes}, {@code .problem},
 * {@code .ok}.
 */
final class AgendaItemDialog extends Dialog {

    private final PlanningMessages messages;
    private final CommonTexts texts;
    private final Locale locale;
    private final AgendaItem item;
    private final Supplier<List<Person>> people;
    private Text title;
    private Text description;
    private Label presenterName;
    private Text minutes;
    private Label problem;
    private Person presenter;
    private String madeTitle;
    private String madeDescription;
    private int madeMinutes;

    AgendaItemDialog(Shell shell, PlanningMessages messages, CommonTexts texts, Locale locale, AgendaItem item,
            Supplier<List<Person>> people) {
        super(shell);
        this.messages = messages;
        this.texts = texts;
        this.locale = locale;
        this.item = item;
        this.people = people;
        this.presenter = item == null ? null : item.getPresenter();
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.planning_itemTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 6).applyTo(area);
        title = text(area, messages.planning_item_title, "item.title", SWT.BORDER,
                item == null ? "" : nonNull(item.getTitle()));
        description = text(area, messages.planning_item_description, "item.description",
                SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, item == null ? "" : nonNull(item.getDescription()));
        GridDataFactory.fillDefaults().grab(true, true).hint(380, description.getLineHeight() * 4)
                .applyTo(description);

        new Label(area, SWT.NONE).setText(messages.planning_item_presenter);
        Composite who = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 0).applyTo(who);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(who);
        presenterName = Widgets.named(new Label(who, SWT.NONE), "item.presenter");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(presenterName);
        Button choose = Widgets.named(new Button(who, SWT.PUSH), "item.choosePresenter");
        choose.setText(messages.planning_item_choose);
        choose.addListener(SWT.Selection, e -> choosePresenter());
        Button none = Widgets.named(new Button(who, SWT.PUSH), "item.noPresenter");
        none.setText(messages.planning_item_none);
        none.addListener(SWT.Selection, e -> showPresenter(null));
        showPresenter(presenter);

        minutes = text(area, messages.planning_item_minutes, "item.minutes", SWT.BORDER,
                item == null || item.getDurationMinutes() == 0 ? "" : String.valueOf(item.getDurationMinutes()));
        GridDataFactory.swtDefaults().hint(80, SWT.DEFAULT).applyTo(minutes);
        problem = Widgets.named(Widgets.styled(new Label(area, SWT.WRAP), "formMessage"), "item.problem");
        GridDataFactory.fillDefaults().span(2, 1).hint(380, SWT.DEFAULT).applyTo(problem);
        return area;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private Text text(Composite area, String label, String name, int style, String value) {
        Label caption = new Label(area, SWT.NONE);
        caption.setText(label);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(caption);
        Text text = Widgets.named(new Text(area, style), name);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private void choosePresenter() {
        List<Person> picked = new RecordPicker<Person>(getShell(), texts, locale, messages.planning_item_pickTitle,
                messages.planning_item_pickHint, people, AgendaSection::name,
                p -> AgendaSection.name(p) + " " + (p.getOrganisation() == null ? "" : p.getOrganisation().getName())
                        + " " + (p.getMunicipality() == null ? "" : p.getMunicipality().getName()))
                .open();
        if (!picked.isEmpty()) {
            showPresenter(picked.get(0));
        }
    }

    private void showPresenter(Person person) {
        presenter = person;
        presenterName.setText(person == null ? "–" : AgendaSection.name(person));
        presenterName.getParent().layout();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        Widgets.named(getButton(IDialogConstants.OK_ID), "item.ok");
    }

    @Override
    protected void okPressed() {
        if (title.getText().isBlank()) {
            refuse(messages.planning_item_noTitle);
            return;
        }
        int planned = 0;
        if (!minutes.getText().isBlank()) {
            try {
                planned = Integer.parseInt(minutes.getText().strip());
            } catch (NumberFormatException e) {
                planned = -1;
            }
            if (planned < 0 || planned > 600) {
                refuse(messages.planning_item_badMinutes);
                return;
            }
        }
        madeTitle = title.getText().strip();
        madeDescription = description.getText().isBlank() ? null : description.getText().strip();
        madeMinutes = planned;
        super.okPressed();
    }

    /** Puts what was typed into an item. */
    void applyTo(AgendaItem target) {
        target.setTitle(madeTitle);
        target.setDescription(madeDescription);
        target.setPresenter(presenter);
        target.setDurationMinutes(madeMinutes);
    }

    private void refuse(String text) {
        problem.setText(text);
        problem.getParent().layout(true, true);
    }
}
