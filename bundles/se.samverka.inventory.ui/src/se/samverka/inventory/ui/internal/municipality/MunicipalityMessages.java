package se.samverka.inventory.ui.internal.municipality;

import org.eclipse.e4.core.services.nls.Message;

/** The texts of the municipality list and page, from {@code OSGI-INF/l10n/bundle*.properties}. */
@Message
public class MunicipalityMessages {
    public String municipalities_heading;
    public String municipalities_description;
    public String municipalities_noun;
    public String municipalities_column_name;
    public String municipalities_column_state;
    public String municipalities_column_todo;
    public String municipalities_more;
    public String severity_OK;
    public String severity_WARNING;
    public String severity_ERROR;
    public String page_lead;
    public String page_allWell;
    public String page_todo;
    public String page_records;
    public String page_kindState;
    public String page_kindStateDue;
    public String page_new_SITUATION_PICTURE;
    public String page_new_ACTION_PLAN;
    public String page_new_COOPERATION_AGREEMENT;
    public String page_new_CITIZEN_PROMISE;
    public String page_column_adopted;
    public String page_column_period;
    public String page_column_title;
    public String page_column_link;
    public String page_noRecords;
    public String page_projects;
    public String page_support;
    public String page_supportNone;
    public String page_column_supportYear;
    public String page_column_supportRound;
    public String page_column_supportStatus;
    public String page_column_supportOffered;
    public String page_column_supportApplied;
    public String page_column_supportGranted;
    public String page_projectsHint;
    public String page_column_project;
    public String page_column_status;
    public String page_notFound;
    public String page_loading;
    public String page_loadFailed;
    public String dialog_title;
    public String dialog_message;
    public String dialog_recordTitle;
    public String dialog_adoptedOn;
    public String dialog_validFrom;
    public String dialog_validTo;
    public String dialog_summary;
    public String dialog_link;
    public String dialog_dateHint;
    public String dialog_badDate;
    public String dialog_saveFailed;
    public String dialog_saved;
}
