package se.samverka.ui.forms;

import java.util.List;
import java.util.Locale;

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
import se.samverka.model.SamverkaFactory;
import se.samverka.model.rules.Labels;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.Widgets;

/**
 * A new organisation made in place, where a {@link RecordPicker} does not find it (a school, an association, a
 * housing company): its name (required) and kind. OK with a blank name is refused with the reason at the top of the
 * dialog, so a bad entry changes nothing. The organisation is made, not saved: the caller saves it with what it is
 * made for (a project's partners). The sibling of {@link NewPersonDialog}.
 * <p>
 * Widgets for the UI tests: {@code organisation.name}, {@code .kind}, {@code .ok}.
 */
public final class NewOrganisationDialog extends TitleAreaDialog {

    /** The kinds an organisation made in place may have; a municipality or the county board is never made here. */
    private static final List<OrganisationKind> KINDS = List.of(OrganisationKind.PARTNER,
            OrganisationKind.POLICE_AREA, OrganisationKind.OTHER);

    private final CommonTexts texts;
    private final Locale locale;
    private Text name;
    private Combo kind;
    private Organisation organisation;

    public NewOrganisationDialog(Shell parent, CommonTexts texts, Locale locale) {
        super(parent);
        this.texts = texts;
        this.locale = locale;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.organisation_title);
    }

    @Override
    protected Control createDialogArea(Composite container) {
        Composite area = (Composite) super.createDialogArea(container);
        setTitle(texts.organisation_title);
        setMessage(texts.organisation_message);
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(12, 12).spacing(12, 6).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        new Label(fields, SWT.NONE).setText(texts.organisation_name);
        name = Widgets.named(new Text(fields, SWT.BORDER | SWT.SINGLE), "organisation.name");
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(name);
        name.addListener(SWT.Modify, e -> setErrorMessage(null));
        new Label(fields, SWT.NONE).setText(texts.organisation_kind);
        kind = Widgets.named(new Combo(fields, SWT.READ_ONLY | SWT.DROP_DOWN), "organisation.kind");
        KINDS.forEach(k -> kind.add(Labels.of(k, locale)));
        kind.select(0);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(kind);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        Widgets.named(getButton(IDialogConstants.OK_ID), "organisation.ok");
    }

    @Override
    protected void okPressed() {
        String typed = name.getText().strip();
        if (typed.isEmpty()) {
            setErrorMessage(texts.organisation_nameRequired);
            name.setFocus();
            return;
        }
        Organisation made = SamverkaFactory.eINSTANCE.createOrganisation();
        made.setName(typed);
        made.setKind(KINDS.get(Math.max(0, kind.getSelectionIndex())));
        organisation = made;
        super.okPressed();
    }

    /** The organisation made, not yet saved; null when cancelled. */
    public Organisation organisation() {
        return organisation;
    }
}
