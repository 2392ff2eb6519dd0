package se.samverka.courses.ui.internal.enrolment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.samverka.model.Organisation;
import se.samverka.model.OrganisationKind;
import se.samverka.model.Person;
import se.samverka.model.SamverkaFactory;
import se.samverka.model.rules.ModelRules;
import se.samverka.model.rules.Problem;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.Widgets;

/**
 * A person made in place to be enrolled: first and last name (required), e-mail (checked by the model's rule),
 * organisation and municipality chosen from the county's. OK is refused with the problems shown in the dialog, so a
 * bad entry changes nothing. Widgets: {@code person.firstName}, {@code .lastName}, {@code .email},
 * {@code .organisation}, {@code .municipality}, {@code .problems}.
 */
final class NewPersonDialog extends Dialog {

    private final EnrolmentMessages messages;
    private final Locale locale;
    private final List<Organisation> organisations;
    private final List<Organisation> municipalities;
    private Text firstName;
    private Text lastName;
    private Text email;
    private Combo organisation;
    private Combo municipality;
    private Label problems;
    private Person person;

    NewPersonDialog(Shell parent, EnrolmentMessages messages, CommonTexts texts, Locale locale,
            List<Organisation> organisations) {
        super(parent);
        this.messages = messages;
        this.locale = locale;
        this.organisations = organisations;
        this.municipalities = organisations.stream().filter(o -> o.getKind() == OrganisationKind.MUNICIPALITY)
                .toList();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.enrolment_newPersonTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(10, 6).applyTo(area);
        Label info = new Label(area, SWT.WRAP);
        info.setText(messages.enrolment_newPersonInfo);
        GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(info);
        firstName = text(area, messages.enrolment_firstName, "person.firstName");
        lastName = text(area, messages.enrolment_lastName, "person.lastName");
        email = text(area, messages.enrolment_email, "person.email");
        organisation = combo(area, messages.enrolment_organisation, "person.organisation", organisations);
        municipality = combo(area, messages.enrolment_municipality, "person.municipality", municipalities);
        // The municipality follows an organisation that is one, until chosen otherwise.
        organisation.addListener(SWT.Selection, e -> {
            Organisation chosen = chosen(organisation, organisations);
            if (chosen != null && municipalities.contains(chosen)) {
                municipality.select(municipalities.indexOf(chosen) + 1);
            }
        });
        problems = Widgets.named(Widgets.styled(new Label(area, SWT.WRAP), "formMessage"), "person.problems");
        GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(problems);
        return area;
    }

    private Text text(Composite area, String label, String name) {
        new Label(area, SWT.NONE).setText(label);
        Text text = Widgets.named(new Text(area, SWT.BORDER), name);
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private Combo combo(Composite area, String label, String name, List<Organisation> choices) {
        new Label(area, SWT.NONE).setText(label);
        Combo combo = Widgets.named(new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN), name);
        combo.add(messages.enrolment_noneChosen);
        choices.forEach(o -> combo.add(o.getName()));
        combo.select(0);
        combo.setVisibleItemCount(16);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        return combo;
    }

    private static Organisation chosen(Combo combo, List<Organisation> choices) {
        int index = combo.getSelectionIndex();
        return index <= 0 ? null : choices.get(index - 1);
    }

    @Override
    protected void okPressed() {
        Person made = SamverkaFactory.eINSTANCE.createPerson();
        made.setFirstName(firstName.getText().strip());
        made.setLastName(lastName.getText().strip());
        made.setEmail(email.getText().isBlank() ? null : email.getText().strip());
        made.setOrganisation(chosen(organisation, organisations));
        made.setMunicipality(chosen(municipality, municipalities));
        List<String> wrong = new ArrayList<>();
        if (made.getFirstName().isEmpty() || made.getLastName().isEmpty()) {
            wrong.add(messages.enrolment_nameRequired);
        }
        for (Problem problem : ModelRules.validate(made, locale)) {
            if (problem.error() && !(problem.feature() != null && (problem.feature().getName().equals("firstName")
                    || problem.feature().getName().equals("lastName")))) {
                wrong.add(problem.message());
            }
        }
        if (!wrong.isEmpty()) {
            problems.setText(wrong.stream().distinct().collect(Collectors.joining("\n")));
            problems.getParent().layout(true, true);
            getShell().pack();
            return;
        }
        person = made;
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        Widgets.named(getButton(IDialogConstants.OK_ID), "person.ok");
    }

    /** The person made, not yet saved; null when cancelled. */
    Person person() {
        return person;
    }
}
