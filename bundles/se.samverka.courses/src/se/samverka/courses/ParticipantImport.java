package se.samverka.courses;

import java.io.IOException;
import java.io.OutputStream;

import se.samverka.store.StoreException;

/**
 * Participants of a course offering to and from spreadsheets: a CSV file as Swedish Excel writes it (semicolons,
 * UTF-8 with or without a byte order mark, or Windows-1252) is checked into a {@link ParticipantSheet} that says
 * what every row would do and what is wrong, and imported only when it is clean, in one transaction. An OSGi service,
 * available once the user has signed in. Reads the register: call it off the UI thread.
 */
public interface ParticipantImport {

    /**
     * Reads and checks a participant file for an offering. Saves nothing.
     *
     * @param content              the file's bytes
     * @param offeringId           the offering to enrol the participants in
     * @param onlyMunicipalityId   for a coordinator, the municipality whose people alone they may enrol (the server
     *                             refuses others); null for the limit of the user the last sync said this laptop's
     *                             user is (a coordinator's municipality; none for others, or before the first sync)
     */
    ParticipantSheet check(byte[] content, String offeringId, String onlyMunicipalityId);

    /**
     * Imports a participant file: checks it again against the register as it is now and, when it is clean, adds the
     * new people (and organisations) and enrols everyone not yet enrolled, all in one transaction. Rows already
     * enrolled are left alone, so importing the same file twice adds nothing the second time.
     *
     * @return the sheet as imported (its rows say what was done)
     * @throws IllegalArgumentException when the file has problems (see {@link #check}); nothing is saved then
     * @throws StoreException           when the store refuses the records; nothing is saved then
     */
    ParticipantSheet importParticipants(byte[] content, String offeringId, String onlyMunicipalityId)
            throws StoreException;

    /**
     * Writes an offering's participants (every enrolment that is not cancelled, by last and first name) as a CSV
     * file that Swedish Excel opens as it is: UTF-8 with a byte order mark, semicolons, CRLF, quoted where needed,
     * dates as yyyy-MM-dd. Its header is one that {@link #check} reads.
     *
     * @return the number of participants written
     */
    int export(String offeringId, OutputStream out) throws IOException;
}
