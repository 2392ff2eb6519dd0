package se.samverka.courses.ui.internal.documents;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;

import jakarta.inject.Named;

/** A document command of the open offering: enabled while an offering's editor is the active part. */
abstract class OfferingDocumentHandler {

    @CanExecute
    boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return part != null && OfferingDocuments.isOffering(part.getObject());
    }
}
