package se.samverka.inventory.ui.internal.project;

import java.util.Locale;

import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Control;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.inventory.InventoryService;
import se.samverka.inventory.partners.PartnerService;
import se.samverka.model.LocalProject;
import se.samverka.model.Person;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.forms.NewPersonDialog;
import se.samverka.ui.forms.RecordForm;

/**
 * The project's contact person (Kontaktperson) on its page: one of the county's people, found by typing in the
 * picker ("Välj …": name, organisation or municipality), or made in place ("Ny person …", {@link NewPersonDialog})
 * when the coordinator's contact is not in the register yet; a person made here is saved with the project. Made by
 * injection in the editor's context.
 */
public class ContactField {

    @Inject
    private InventoryService inventory;
    @Inject
    private PartnerService partners;
    @Inject
    @Translation
    private ProjectMessages messages;
    @Inject
    @Translation
    private CommonTexts texts;
    @Inject
    @Named(org.eclipse.e4.core.services.translation.TranslationService.LOCALE)
    private Locale locale;

    /** Adds the field to the project's form. */
    public Control add(RecordForm<LocalProject> form) {
        return form.person(Literals.LOCAL_PROJECT__CONTACT, inventory::people, this::make);
    }

    private Person make(Control parent) {
        NewPersonDialog dialog = new NewPersonDialog(parent.getShell(), texts, locale, messages.contact_newTitle,
                messages.contact_newMessage, partners::organisations);
        return dialog.open() == Window.OK ? dialog.person() : null;
    }
}
