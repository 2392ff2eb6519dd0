package se.samverka.sync.ui.internal;

import org.eclipse.e4.core.services.nls.Message;

/** The texts of the sync plugin, from {@code OSGI-INF/l10n/bundle*.properties}. */
@Message
public class Messages {
    public String signin_title;
    public String signin_message;
    public String signin_server;
    public String signin_port;
    public String signin_user;
    public String signin_password;
    public String signin_trust;
    public String signin_browse;
    public String signin_missingServer;
    public String signin_badPort;
    public String signin_missingUser;
    public String signin_missingPassword;
    public String signin_missingTrust;
    public String signin_ok;
    public String job_name;
    public String job_sending;
    public String status_never;
    public String status_last;
    public String status_unsent;
    public String status_conflicts;
    public String status_syncing;
    public String result_done;
    public String result_failed;
    public String reason_UNREACHABLE;
    public String reason_SIGN_IN;
    public String reason_UNTRUSTED;
    public String reason_SERVER;
    public String reason_LOCAL;
    public String reason_CANCELLED;
    public String conflicts_heading;
    public String conflicts_description;
    public String conflicts_none;
    public String conflicts_count;
    public String column_record;
    public String column_field;
    public String column_kept;
    public String column_other;
    public String column_author;
    public String column_reason;
    public String conflicts_keep;
    public String conflicts_useOther;
    public String conflicts_merge;
    public String conflicts_gone;
    public String merge_title;
    public String merge_message;
    public String why_BOTH_EDITED;
    public String why_TRANSITION;
    public String why_NO_SEAT;
    public String why_DELETED_EDITED;
    public String why_REFUSED;
    public String resolve_failed;
    public String resolved;
    public String field_whole;
}
