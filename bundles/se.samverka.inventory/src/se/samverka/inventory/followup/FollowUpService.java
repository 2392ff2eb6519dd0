package se.samverka.inventory.followup;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Reads the content of the follow-up report (issue 13, item 6) from the laptop's store: the projects active in the
 * period with their indicators, the statutory records' state, the budget planned against actual and the support
 * given, for the county programme or one municipality. An OSGi service, available once the user has signed in; it
 * needs neither the meetings nor the courses plugin.
 */
public interface FollowUpService {

    /**
     * The report's content.
     *
     * @param today  the day it is made: the records are judged on the period's last day, or on today when the
     *               period runs on
     * @param locale the language of messages and of the programme's name
     * @throws FollowUpException when the period is wrong, the municipality unknown, or a coordinator asks for
     *                           another municipality's (or the programme's) report; nothing is read
     */
    FollowUp read(FollowUpRequest request, LocalDate today, Locale locale) throws FollowUpException;

    /** The municipality a coordinator reports on, or null for county staff (who may report on any). */
    String ownMunicipality();
}
