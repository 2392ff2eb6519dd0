package se.samverka.inventory.ui.internal.followup;

import org.eclipse.e4.core.services.nls.Message;

/**
 * The texts of Dokument → Uppföljningsrapport … and its dialog, from the "# report" block of
 * {@code OSGI-INF/l10n/bundle*.properties}.
 */
@Message
public class FollowUpMessages {
    public String followup_title;
    public String followup_dialogTitle;
    public String followup_dialogMessage;
    public String followup_kind;
    public String followup_interim;
    public String followup_final;
    public String followup_scope;
    public String followup_programme;
    public String followup_ownOnly;
    public String followup_from;
    public String followup_to;
    public String followup_notAYear;
    public String followup_make;
    public String followup_reading;
    public String followup_job;
    public String followup_saved;
    public String followup_failed;
    public String followup_pdfFilter;
    public String followup_fileName;
    public String followup_noService;
}
