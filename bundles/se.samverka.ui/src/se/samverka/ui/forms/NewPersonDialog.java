package se.samverka.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
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
 * A new person made in place, where a {@link RecordPicker} does not find them: first and last name (required),
 * e-mail (checked by the model's rule), organisation and municipality chosen among the county's (read off the UI
 * thread while the dialog opens; the municipality follows an organisation that is or belongs to one, until chosen
 * otherwise). OK is refused with the problems said at the top of the dialog, so a bad entry changes nothing. The
 * person is made, not saved: the caller saves it with what it is made for (an enrolment, a walk-in, a membership).
 * <p>
 * Widgets for the UI tests: {@code person.firstName}, {@code .lastName}, {@code .email}, {@code .organisation},
 * {@code .municipality}, {@code .ok}.
 */
public final class NewPersonDialog extends TitleAreaDialog {

    private final CommonTexts texts;
    private final Locale locale;
    private final String title;
    private final String message;
    private final Supplier<? extends List<Organisation>> organisations;
    private List<Organisation> choices = List.of();
    private List<Organisation> municipalities = List.of();
    private Text firstName;
    private Text lastName;
    private Text email;
    private Combo organisation;
    private Combo municipality;
    private boolean municipalityChosen;
    private Person person;

    /**
     * @param title         the dialog's title (what the person is made for, e.g. "Ny person på plats")
     * @param message       what happens to the person on OK
     * @param organisations reads the county's organisations; called off the UI thread
     */
    public NewPersonDialog(Shell parent, CommonTexts texts, Locale locale, String title, String message,
            Supplier<? extends List<Organisation>> organisations) {
        super(parent);
        this.texts = texts;
        this.locale = locale;
        this.title = title;
        this.message = message;
        this.organisations = organisations;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite container) {
        Composite area = (Composite) super.createDialogArea(container);
        setTitle(title);
        setMessage(message);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(12, 12).spacing(12, 6).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        firstName = text(fields, texts.person_firstName, "person.firstName");
        lastName = text(fields, texts.person_lastName, "person.lastName");
        email = text(fields, texts.person_email, "person.email");
        organisation = combo(fields, texts.person_organisation, "person.organisation");
        municipality = combo(fields, texts.person_municipality, "person.municipality");
        organisation.addListener(SWT.Selection, e -> {
            Organisation in = municipalityOf(chosen(organisation, choices));
            if (!municipalityChosen && in != null) {
                municipality.select(municipalities.indexOf(in) + 1);
            }
        });
        municipality.addListener(SWT.Selection, e -> municipalityChosen = true);
        Job.create(title, monitor -> {
            List<Organisation> read = organisations.get();
            organisation.getDisplay().asyncExec(() -> {
                if (!organisation.isDisposed()) {
                    choices = read;
                    municipalities = read.stream().filter(o -> o.getKind() == OrganisationKind.MUNICIPALITY)
                            .toList();
                    choices.forEach(o -> organisation.add(o.getName() == null ? "" : o.getName()));
                    municipalities.forEach(o -> municipality.add(o.getName() == null ? "" : o.getName()));
                }
            });
            return Status.OK_STATUS;
        }).schedule();
        return area;
    }

    private Text text(Composite parent, String label, String name) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = Widgets.named(new Text(parent, SWT.BORDER | SWT.SINGLE), name);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
        text.addListener(SWT.Modify, e -> setErrorMessage(null));
        return text;
    }

    private Combo combo(Composite parent, String label, String name) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = Widgets.named(new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN), name);
        combo.add(texts.form_none);
        combo.select(0);
        combo.setVisibleItemCount(16);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        return combo;
    }

    private static Organisation chosen(Combo combo, List<Organisation> choices) {
        int index = combo.getSelectionIndex();
        return index <= 0 || index - 1 >= choices.size() ? null : choices.get(index - 1);
    }

    /** The municipality an organisation is, or belongs to through its parents; null when none. */
    private static Organisation municipalityOf(Organisation organisation) {
        for (Organisation o = organisation; o != null; o = o.getParent()) {
            if (o.getKind() == OrganisationKind.MUNICIPALITY) {
                return o;
            }
        }
        return null;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        Widgets.named(getButton(IDialogConstants.OK_ID), "person.ok");
    }

    @Override
    protected void okPressed() {
        Person made = SamverkaFactory.eINSTANCE.createPerson();
        made.setFirstName(firstName.getText().strip());
        made.setLastName(lastName.getText().strip());
        made.setEmail(email.getText().isBlank() ? null : email.getText().strip());
        made.setOrganisation(chosen(organisation, choices));
        made.setMunicipality(chosen(municipality, municipalities));
        List<String> wrong = new ArrayList<>();
        if (made.getFirstName().isEmpty() || made.getLastName().isEmpty()) {
            wrong.add(texts.person_nameRequired);
        }
        for (Problem problem : ModelRules.validate(made, locale)) {
            String feature = problem.feature() == null ? "" : problem.feature().getName();
            if (problem.error() && !feature.equals("firstName") && !feature.equals("lastName")) {
                wrong.add(problem.message());
            }
        }
        if (!wrong.isEmpty()) {
            setErrorMessage(String.join(" ", wrong.stream().distinct().toList()));
            (made.getFirstName().isEmpty() ? firstName : made.getLastName().isEmpty() ? lastName : email)
                    .setFocus();
            return;
        }
        person = made;
        super.okPressed();
    }

    /** The person made, not yet saved; null when cancelled. */
    public Person person() {
        return person;
    }
}
