package se.samverka.ui;

import org.eclipse.e4.core.services.nls.Message;

/**
 * The texts of the shared building blocks that plugins use (lists, forms, saving), in the language chosen at start,
 * from this bundle's {@code OSGI-INF/l10n/bundle*.properties}. Plugins inject it with
 * {@code @Translation CommonTexts}.
 */
@Message
public class CommonTexts {
    public String list_filter;
    public String list_filterTooltip;
    public String list_count;
    public String list_new;
    public String list_open;
    public String list_loadFailed;

    public String form_save;
    public String form_saved;
    public String form_saveFailed;
    public String form_changedElsewhere;
    public String form_referenced;
    public String form_invalid;
    public String form_errors;
    public String form_oneError;
    public String form_warnings;
    public String form_notFound;
    public String form_invalidDate;
    public String form_invalidNumber;
    public String form_invalidAmount;
    public String form_dateHint;
    public String form_none;
    public String form_newRecord;
    public String form_loading;
    public String form_changedBySync;
    public String form_changedHere;
    public String form_changedNothingShown;
    public String form_editsKept;
    public String form_conflictTitle;
    public String form_conflictQuestion;
    public String form_bySync;
    public String form_elsewhere;
    public String form_keepMine;
    public String form_takeTheirs;
    public String form_removeTitle;
    public String form_removeQuestion;
    public String form_removeRefused;
    public String form_referenceCleared;
    public String form_referenceRequired;
    public String form_removeAndClear;
    public String form_cancel;
    public String form_add;
    public String form_remove;
    public String form_choose;
    public String form_clear;

    public String picker_title;
    public String picker_chooseTitle;
    public String picker_find;
    public String picker_findPeople;
    public String picker_count;
    public String picker_choose;
    public String picker_chooseOne;

    // The new person made in place (NewPersonDialog), shared by the plugins (groups job).
    public String person_new;
    public String person_firstName;
    public String person_lastName;
    public String person_email;
    public String person_organisation;
    public String person_municipality;
    public String person_nameRequired;

    // The new organisation made in place (NewOrganisationDialog), shared by the plugins (partners job).
    public String organisation_new;
    public String organisation_title;
    public String organisation_message;
    public String organisation_name;
    public String organisation_kind;
    public String organisation_nameRequired;

    public String date_pattern;
    public String time_pattern;
}
