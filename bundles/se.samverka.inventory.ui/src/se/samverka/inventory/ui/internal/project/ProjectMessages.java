package se.samverka.inventory.ui.internal.project;

import org.eclipse.e4.core.services.nls.Message;

/**
 * The texts of a project's partners and status history (partners job), from the {@code # partners} block of
 * {@code OSGI-INF/l10n/bundle*.properties}.
 */
@Message
public class ProjectMessages {
    public String partners_findHint;
    public String partners_history;
    public String partners_note;
    public String partners_noteHint;
    public String partners_columnDate;
    public String partners_columnStatus;
    public String partners_columnNote;
    public String partners_columnBy;
    public String partners_noHistory;
}
