package se.samverka.inventory.ui.internal;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.nls.Translation;

import jakarta.inject.Inject;
import se.samverka.inventory.InventoryService;
import se.samverka.inventory.ui.internal.indicators.IndicatorsSection;
import se.samverka.inventory.ui.internal.project.BudgetSection;
import se.samverka.inventory.ui.internal.project.ContactField;
import se.samverka.inventory.ui.internal.project.ProjectContents;
import se.samverka.inventory.ui.internal.project.PartnersField;
import se.samverka.inventory.ui.internal.project.StatusHistorySection;
import se.samverka.model.LocalProject;
import se.samverka.model.Organisation;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.ui.forms.RecordEditor;
import se.samverka.ui.forms.RecordForm;
import se.samverka.ui.forms.RecordSource;

/** Edits a local project: what it is, where, when, who to ask, its focus and its methods. */
public class ProjectEditor extends RecordEditor<LocalProject> {

    @Inject
    private InventoryService service;
    @Inject
    @Translation
    private Messages messages;
    // budgets, indicators: the context the page's sections are made in
    @Inject
    private IEclipseContext context;

    @Override
    protected String formName() {
        return "inventory.editor";
    }

    @Override
    protected RecordSource<LocalProject> source() {
        return RecordSource.of(service::project, service::newProject, service::save);
    }

    @Override
    protected void createFields(RecordForm<LocalProject> form) {
        form.section(messages.editor_about);
        form.text(Literals.LOCAL_PROJECT__TITLE);
        form.reference(Literals.LOCAL_PROJECT__MUNICIPALITY, service.municipalities(), Organisation::getName);
        form.choice(Literals.LOCAL_PROJECT__STATUS);
        form.choice(Literals.LOCAL_PROJECT__PREVENTION_TYPE);
        form.textArea(Literals.LOCAL_PROJECT__DESCRIPTION, 5);
        ContextInjectionFactory.make(PartnersField.class, context).add(form); // partners job
        form.text(Literals.LOCAL_PROJECT__PARTNERS);
        form.section(messages.editor_period);
        form.date(Literals.LOCAL_PROJECT__STARTS_ON);
        form.date(Literals.LOCAL_PROJECT__ENDS_ON);
        ContextInjectionFactory.make(ContactField.class, context).add(form); // partners job
        form.section(messages.editor_focus);
        form.enumSet(Literals.LOCAL_PROJECT__FOCUS_AREAS, 2);
        form.enumSet(Literals.LOCAL_PROJECT__METHODS, 3);
        IndicatorsSection.addTo(form, context); // indicators: name, unit, baseline; target and outcome per period
        BudgetSection.addTo(form, context); // indicators: the budget per year, and "Budget …" to the budget page
        ContextInjectionFactory.make(StatusHistorySection.class, context).add(form); // partners job
        ProjectContents.addTo(form, context); // indicators: links to every section above; keep it last
    }

    @Override
    protected String newTitle() {
        return messages.editor_new;
    }

    @Override
    protected String title(LocalProject record) {
        return record.getTitle();
    }
}
