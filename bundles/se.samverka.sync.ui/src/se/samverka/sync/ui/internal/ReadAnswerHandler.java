package se.samverka.sync.ui.internal;

import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Synk → "Läs in svar från fil …": the county server's answer to this laptop's sync file. */
public class ReadAnswerHandler extends IdleSessionHandler {

    @Execute
    void execute(SyncSession session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            @Translation Messages messages,
            @Optional @Named(SyncFileDialogs.CHOOSER) Function<String, Path> chooser) {
        String title = messages.command_readAnswer;
        Path file = chooser != null ? chooser.apply("readAnswer") : SyncFileDialogs.open(shell, messages, title);
        if (file != null) {
            session.readAnswer(file, outcome -> outcome.show(shell, title));
        }
    }
}
