package se.samverka.courses.ui.internal.documents;

import org.eclipse.e4.core.services.nls.Message;

/** The texts of the documents' commands, from the "# documents" block of {@code OSGI-INF/l10n/bundle*.properties}. */
@Message
public class DocumentMessages {
    public String documents_signatureList;
    public String documents_certificates;
    public String documents_chooseDay;
    public String documents_day;
    public String documents_noDays;
    public String documents_unsaved;
    public String documents_job_read;
    public String documents_job_signatureList;
    public String documents_job_certificates;
    public String documents_saved;
    public String documents_savedMany;
    public String documents_failed;
    public String documents_noCertificates;
    public String documents_certificatesHow;
    public String documents_oneFile;
    public String documents_filePerPerson;
    public String documents_cancel;
    public String documents_filterName;
    public String documents_chooseFolder;
    public String documents_signatureListFile;
    public String documents_certificatesFile;
    public String documents_certificateFile;
}
