package se.samverka.courses.ui.internal.spreadsheet;

import org.eclipse.e4.core.services.nls.Message;

/**
 * The texts of participants from and to spreadsheets, from the block marked {@code # spreadsheet} in
 * {@code OSGI-INF/l10n/bundle*.properties}.
 */
@Message
public class SpreadsheetMessages {
    public String spreadsheet_section;
    public String spreadsheet_import;
    public String spreadsheet_export;
    public String spreadsheet_saveFirst;
    public String spreadsheet_chooseImport;
    public String spreadsheet_chooseExport;
    public String spreadsheet_filterName;
    public String spreadsheet_exportFileName;
    public String spreadsheet_checking;
    public String spreadsheet_importing;
    public String spreadsheet_exporting;
    public String spreadsheet_unreadable;
    public String spreadsheet_imported;
    public String spreadsheet_importFailed;
    public String spreadsheet_exported;
    public String spreadsheet_exportFailed;
    public String preview_title;
    public String preview_message;
    public String preview_clean;
    public String preview_problems;
    public String preview_importButton;
    public String preview_rowsHeading;
    public String preview_problemsHeading;
    public String column_line;
    public String column_firstName;
    public String column_lastName;
    public String column_email;
    public String column_organisation;
    public String column_municipality;
    public String column_action;
    public String column_problem;
    public String action_NEW_PERSON;
    public String action_EXISTING_PERSON;
    public String action_ALREADY_ENROLLED;
    public String action_INVALID;
    public String action_newOrganisation;
    public String problem_EMPTY_FILE;
    public String problem_NOT_TEXT;
    public String problem_UNTERMINATED_QUOTE;
    public String problem_UNKNOWN_COLUMN;
    public String problem_DUPLICATE_COLUMN;
    public String problem_MISSING_COLUMN;
    public String problem_TOO_MANY_FIELDS;
    public String problem_MISSING_NAME;
    public String problem_BAD_EMAIL;
    public String problem_UNKNOWN_MUNICIPALITY;
    public String problem_OTHER_MUNICIPALITY;
    public String problem_noMunicipality;
    public String problem_DUPLICATE_ROW;
    public String problem_UNKNOWN_OFFERING;
    public String problem_wholeFile;
}
