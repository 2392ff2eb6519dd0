package se.samverka.courses.ui.internal.certificates;

import java.util.Locale;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;
import se.samverka.courses.CertificateService;

/** Arkiv → Verifiera intyg…: opens the dialog that checks a certificate's code against this laptop's records. */
public class VerifyCertificateHandler {

    @CanExecute
    boolean canExecute(@Optional CertificateService certificates) {
        return certificates != null;
    }

    @Execute
    void execute(Shell shell, CertificateService certificates, @Translation CertificateMessages messages,
            @Named(TranslationService.LOCALE) Locale locale, UISynchronize ui) {
        new VerifyCertificateDialog(shell, certificates, messages, locale, ui).open();
    }
}
