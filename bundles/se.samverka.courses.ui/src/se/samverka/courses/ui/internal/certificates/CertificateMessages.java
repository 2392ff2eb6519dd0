package se.samverka.courses.ui.internal.certificates;

import org.eclipse.e4.core.services.nls.Message;

/** The texts of certificates in the window, from the {@code # certificates} block of {@code OSGI-INF/l10n/bundle*}. */
@Message
public class CertificateMessages {
    public String certificates_section;
    public String certificates_issue;
    public String certificates_issue_job;
    public String certificates_issue_unsaved;
    public String certificates_issued;
    public String certificates_issued_none;
    public String certificates_issued_noCompleted;
    public String certificates_issue_failed;
    public String verify_title;
    public String verify_intro;
    public String verify_check;
    public String verify_notACode;
    public String verify_valid;
    public String verify_expired;
    public String verify_unknown;
    public String verify_issued;
    public String verify_validUntil;
    public String verify_validUntilExpired;
    public String verify_noExpiry;
    public String verify_lastSync;
    public String verify_neverSynced;
    public String verify_job;
}
