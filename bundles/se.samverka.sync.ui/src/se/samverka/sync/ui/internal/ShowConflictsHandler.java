package se.samverka.sync.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Opens the conflicts area. */
public class ShowConflictsHandler {

    static final String CONFLICTS_PART = "se.samverka.sync.ui.conflicts";

    @Execute
    void execute(EPartService parts) {
        parts.showPart(CONFLICTS_PART, PartState.ACTIVATE);
    }
}
