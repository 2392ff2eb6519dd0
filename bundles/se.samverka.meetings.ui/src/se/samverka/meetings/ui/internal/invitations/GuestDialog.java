package se.samverka.meetings.ui.internal.invitations;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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
import org.eclipse.swt.widgets.Text;

import se.samverka.meetings.InvitationService;
import se.samverka.model.AgendaItem;
import se.samverka.model.Meeting;
import se.samverka.model.Organisation;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.rules.Labels;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.Widgets;
import se.samverka.ui.forms.RecordPicker;

/**
 * A guest for one agenda item: the item, and a person picked from the county's people or made in place (first and
 * last name, organisation). OK is refused with a message in the dialog until both are given. Widgets:
 * {@code guest.item}, {@code guest.pick}, {@code guest.picked}, {@code guest.firstName}, {@code guest.lastName},
 * {@code guest.organisation}, {@code guest.problems}, {@code guest.ok}.
 */
final class GuestDialog extends Dialog {

    private final InvitationMessages messages;
    private final CommonTexts texts;
    private final Locale locale;
    private final List<AgendaItem> items;
    private final InvitationService service;
    private List<Organisation> organisations = List.of();
    private Combo item;
    private Label picked;
    private Text firstName;
    private Text lastName;
    private Combo organisation;
    private Label problems;
    private Person pickedPerson;
    private Person person;
    private AgendaItem chosenItem;

    GuestDialog(Shell parent, InvitationMessages messages, CommonTexts texts, Locale locale, Meeting meeting,
            InvitationService service) {
        super(parent);
        this.messages = messages;
        this.texts = texts;
        this.locale = locale;
        this.items = meeting.getAgendaItems().stream().filter(i -> i.getId() != null)
                .sorted(Comparator.comparingInt(AgendaItem::getSeq)).toList();
        this.service = service;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.invitations_guestTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 6).applyTo(area);
        new Label(area, SWT.NONE).setText(messages.invitations_guestItem);
        item = Widgets.named(new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN), "guest.item");
        items.forEach(i -> item.add(i.getSeq() + ". " + i.getTitle()));
        item.select(0);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(item);

        new Label(area, SWT.NONE).setText(messages.invitations_guestPerson);
        Composite pickRow = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(pickRow);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(pickRow);
        Button pick = Widgets.named(new Button(pickRow, SWT.PUSH), "guest.pick");
        pick.setText(messages.invitations_guestPick);
        picked = Widgets.named(new Label(pickRow, SWT.NONE), "guest.picked");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(picked);
        pick.addListener(SWT.Selection, e -> pick());

        Label or = new Label(area, SWT.NONE);
        or.setText(messages.invitations_guestNew);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(or);
        firstName = text(area, messages.invitations_firstName, "guest.firstName");
        lastName = text(area, messages.invitations_lastName, "guest.lastName");
        new Label(area, SWT.NONE).setText(messages.invitations_organisation);
        organisation = Widgets.named(new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN), "guest.organisation");
        organisations = service.organisations();
        organisation.add("–");
        organisations.forEach(o -> organisation.add(o.getName()));
        organisation.select(0);
        organisation.setVisibleItemCount(16);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(organisation);

        problems = Widgets.named(Widgets.styled(new Label(area, SWT.WRAP), "formMessage"), "guest.problems");
        GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(problems);
        return area;
    }

    private Text text(Composite area, String label, String name) {
        new Label(area, SWT.NONE).setText(label);
        Text text = Widgets.named(new Text(area, SWT.BORDER), name);
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.Modify, e -> {
            if (!text.getText().isBlank()) {
                pickedPerson = null;
                picked.setText("");
            }
        });
        return text;
    }

    private void pick() {
        List<Person> chosen = new RecordPicker<Person>(getShell(), texts, locale, messages.invitations_pickerTitle,
                texts.picker_findPeople, service::people, Labels::name, Labels::searchText).open();
        if (!chosen.isEmpty()) {
            pickedPerson = chosen.get(0);
            firstName.setText("");
            lastName.setText("");
            picked.setText(Labels.name(pickedPerson));
            picked.getParent().layout(true, true);
        }
    }

    @Override
    protected void okPressed() {
        Person made = pickedPerson;
        if (made == null && !firstName.getText().isBlank() && !lastName.getText().isBlank()) {
            made = SamverkaFactory.eINSTANCE.createPerson();
            made.setFirstName(firstName.getText().strip());
            made.setLastName(lastName.getText().strip());
            int index = organisation.getSelectionIndex();
            made.setOrganisation(index <= 0 ? null : organisations.get(index - 1));
        }
        if (made == null || item.getSelectionIndex() < 0) {
            problems.setText(messages.invitations_guestMissing);
            problems.getParent().layout(true, true);
            return;
        }
        person = made;
        chosenItem = items.get(item.getSelectionIndex());
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        Widgets.named(getButton(IDialogConstants.OK_ID), "guest.ok");
    }

    /** The guest: a person picked (saved) or made here (not yet saved); null when cancelled. */
    Person person() {
        return person;
    }

    /** The agenda item the guest is invited to. */
    AgendaItem agendaItem() {
        return chosenItem;
    }

    /** First and last name. */
    static String name(Person person) {
        return ((person.getFirstName() == null ? "" : person.getFirstName()) + " "
                + (person.getLastName() == null ? "" : person.getLastName())).strip();
    }
}
