package se.samverka.sync.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import org.eclipse.e4.ui.services.IServiceConstants;

/** "Synka nu": asks for the server sign-in the first time in a session, then syncs as a Job. */
public class SyncNowHandler extends IdleSessionHandler {

    @Execute
    void execute(SyncSession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Translation Messages messages) {
        ServerAccount account = session.account();
        if (!account.complete()) {
            ServerSignInDialog dialog = new ServerSignInDialog(shell, messages, account);
            if (dialog.open() != Window.OK) {
                return;
            }
            account.save();
        }
        session.start();
    }
}
