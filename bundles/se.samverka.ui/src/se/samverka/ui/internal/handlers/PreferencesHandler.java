package se.samverka.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.swt.widgets.Shell;

import se.samverka.core.SamverkaEnvironment;
import se.samverka.ui.internal.Messages;
import se.samverka.ui.internal.dialogs.PreferencesDialog;

/** Arkiv → Inställningar: the preferences of Samverka on this computer. */
public class PreferencesHandler {

    @Execute
    public void execute(Shell shell, SamverkaEnvironment environment, @Translation Messages messages) {
        new PreferencesDialog(shell, environment, messages).open();
    }
}
