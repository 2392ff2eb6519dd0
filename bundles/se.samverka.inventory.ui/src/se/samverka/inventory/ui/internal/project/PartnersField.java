package se.samverka.inventory.ui.internal.project;

import java.util.Locale;

import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.swt.widgets.Control;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.samverka.inventory.partners.PartnerException;
import se.samverka.inventory.partners.PartnerService;
import se.samverka.model.LocalProject;
import se.samverka.model.Organisation;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.model.rules.Labels;
import se.samverka.ui.CommonTexts;
import se.samverka.ui.forms.NewOrganisationDialog;
import se.samverka.ui.forms.RecordForm;

/**
 * The project's partner organisations (Samverkansparter) on its page: the register's organisations found in a picker
 * ("Lägg till …") or one made in place ("Ny organisation …", {@link NewOrganisationDialog}); an organisation made
 * with a name the register has is that one, and one already a partner is refused where the user looks. Saved with
 * the project. Made by injection in the editor's context.
 */
public class PartnersField {

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
        return form.referenceList(Literals.LOCAL_PROJECT__PARTNER_ORGANISATIONS, partners::organisations,
                Organisation::getName, this::searchText, messages.partners_findHint, texts.organisation_new,
                parent -> make(form, parent));
    }

    /** What an organisation is found by in the picker: its name and its kind ("Lokalpolisområde", "Kommun" …). */
    private String searchText(Organisation organisation) {
        return organisation.getName() + " "
                + (organisation.getKind() == null ? "" : Labels.of(organisation.getKind(), locale));
    }

    private Organisation make(RecordForm<LocalProject> form, Control parent) {
        NewOrganisationDialog dialog = new NewOrganisationDialog(parent.getShell(), texts, locale);
        if (dialog.open() != NewOrganisationDialog.OK || dialog.organisation() == null) {
            return null;
        }
        Organisation made = dialog.organisation();
        try {
            Organisation found = partners.organisation(made.getName(), made.getKind());
            boolean already = form.record().getPartnerOrganisations().stream()
                    .anyMatch(o -> o == found || o.getId() != null && o.getId().equals(found.getId())
                            || o.getName() != null && o.getName().equalsIgnoreCase(found.getName()));
            if (already) {
                form.showSaveError(new PartnerException(PartnerException.Problem.ALREADY_PARTNER, found.getName())
                        .message(locale));
                return null;
            }
            return found;
        } catch (PartnerException e) {
            form.showSaveError(e.message(locale));
            return null;
        }
    }
}
