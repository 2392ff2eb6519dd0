package se.samverka.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Arkiv → Avsluta: closes the window and ends the application. */
public class ExitHandler {

    /** Offers to save unsaved editors first; cancelling that keeps the window open. */
    @Execute
    public void execute(IWorkbench workbench, EPartService parts) {
        if (parts.saveAll(true)) {
            workbench.close();
        }
    }
}
