package se.samverka.sync.ui.internal;

import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Synk → "Exportera ändringar till fil …": the unsent changes into a sealed sync file. */
public class ExportFileHandler extends IdleSessionHandler {

    @Execute
    void execute(SyncSession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Translation Messages messages,
            @Optional @Named(SyncFileDialogs.CHOOSER) Function<String, Path> chooser) {
        String title = messages.command_exportFile;
        Path file = chooser != null ? chooser.apply("export")
                : SyncFileDialogs.save(shell, messages, title, session.account().user);
        if (file != null) {
            session.exportFile(file).show(shell, title);
        }
    }
}
