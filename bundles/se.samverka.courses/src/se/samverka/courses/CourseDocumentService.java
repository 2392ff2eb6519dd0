package se.samverka.courses;

import java.util.List;

import se.samverka.courses.documents.CertificateContent;
import se.samverka.courses.documents.SignatureList;

/**
 * The content of the courses' documents, read from the local store in one go (call it off the UI thread); the
 * documents are then written by {@link se.samverka.courses.documents.CourseDocuments}. An OSGi service, available
 * once the user has signed in.
 */
public interface CourseDocumentService {

    /**
     * The signature list of one session day of an offering: the participants who hold a seat (enrolled, completed or
     * not shown), by last name.
     *
     * @throws IllegalArgumentException when the offering does not exist or the day is not one of its days
     */
    SignatureList signatureList(String offeringId, String sessionDayId);

    /**
     * The certificates issued for the offering's completed enrolments, by the participant's last name: only those
     * that have a verification code (those without one are not yet issued in full and are left out).
     *
     * @throws IllegalArgumentException when the offering does not exist
     */
    List<CertificateContent> certificates(String offeringId);
}
