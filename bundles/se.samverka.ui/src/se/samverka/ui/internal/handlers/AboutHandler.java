package se.samverka.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.swt.widgets.Shell;

import se.samverka.core.SamverkaEnvironment;
import se.samverka.ui.internal.Messages;
import se.samverka.ui.internal.dialogs.AboutDialog;

/** Hjälp → Om Samverka: shows version, Java runtime and data folder. */
public class AboutHandler {

    @Execute
    public void execute(Shell shell, SamverkaEnvironment environment, @Translation Messages messages) {
        new AboutDialog(shell, environment, messages).open();
    }
}
