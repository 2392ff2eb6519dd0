package se.samverka.courses.ui.internal.spreadsheet;

import java.text.MessageFormat;

import se.samverka.courses.ParticipantSheet.Problem;

/** What a problem of a participant file says to the user. */
final class ProblemTexts {

    private ProblemTexts() {
    }

    static String text(SpreadsheetMessages messages, Problem problem) {
        String pattern = switch (problem.kind()) {
            case EMPTY_FILE -> messages.problem_EMPTY_FILE;
            case NOT_TEXT -> messages.problem_NOT_TEXT;
            case UNTERMINATED_QUOTE -> messages.problem_UNTERMINATED_QUOTE;
            case UNKNOWN_COLUMN -> messages.problem_UNKNOWN_COLUMN;
            case DUPLICATE_COLUMN -> messages.problem_DUPLICATE_COLUMN;
            case MISSING_COLUMN -> messages.problem_MISSING_COLUMN;
            case TOO_MANY_FIELDS -> messages.problem_TOO_MANY_FIELDS;
            case MISSING_NAME -> messages.problem_MISSING_NAME;
            case BAD_EMAIL -> messages.problem_BAD_EMAIL;
            case UNKNOWN_MUNICIPALITY -> messages.problem_UNKNOWN_MUNICIPALITY;
            case OTHER_MUNICIPALITY -> problem.detail().isEmpty() ? messages.problem_noMunicipality
                    : messages.problem_OTHER_MUNICIPALITY;
            case DUPLICATE_ROW -> messages.problem_DUPLICATE_ROW;
            case UNKNOWN_OFFERING -> messages.problem_UNKNOWN_OFFERING;
        };
        return MessageFormat.format(pattern, problem.detail());
    }
}
