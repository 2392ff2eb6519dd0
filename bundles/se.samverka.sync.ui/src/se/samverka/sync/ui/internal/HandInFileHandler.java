package se.samverka.sync.ui.internal;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Date;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import se.samverka.sync.SyncException;
import se.samverka.sync.SyncFiles;
import se.samverka.sync.protocol.SyncFile;
import se.samverka.ui.forms.FieldFormats;

/**
 * Synk → "Lämna in synkfil på länsservern …", on a machine with a connection: the file's user signs in (their
 * password is asked for every time and kept only for the call), the file goes to the server as a Job, and the answer
 * is written beside it.
 */
public class HandInFileHandler extends IdleSessionHandler {

    @Execute
    void execute(SyncSession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Translation Messages messages,
            @Optional @Named(SyncFileDialogs.CHOOSER) Function<String, Path> chooser) {
        String title = messages.command_handInFile;
        Path request = chooser != null ? chooser.apply("handIn") : SyncFileDialogs.open(shell, messages, title);
        if (request == null) {
            return;
        }
        SyncFile.Header header;
        try {
            header = SyncFiles.describe(request);
        } catch (SyncException e) {
            MessageDialog.openError(shell, title, messages.file_NOT_A_SYNC_FILE);
            return;
        }
        if (header.kind() != SyncFile.Kind.REQUEST) {
            MessageDialog.openError(shell, title, messages.file_WRONG_KIND);
            return;
        }
        ServerAccount signIn = session.account().forUser(header.user());
        String made = session.formats().format(FieldFormats.Kind.DATE_TIME, new Date(header.madeMillis()));
        ServerSignInDialog dialog = new ServerSignInDialog(shell, messages, signIn).forFile(MessageFormat.format(
                messages.file_handInMessage, header.user(), header.records(), made));
        if (dialog.open() != Window.OK) {
            return;
        }
        session.handIn(request, signIn, outcome -> {
            if (!shell.isDisposed()) {
                outcome.show(shell, title);
            }
        });
    }
}
