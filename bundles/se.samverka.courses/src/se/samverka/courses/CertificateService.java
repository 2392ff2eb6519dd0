package se.samverka.courses;

import java.time.Instant;
import java.util.List;

import se.samverka.model.Certificate;
import se.samverka.model.certificates.Verification;
import se.samverka.store.StoreException;

/**
 * Course certificates (kursintyg) as records that sync: issued for an offering's completed participants, each with a
 * number unique in the county even when laptops issue offline, and a verification code that cannot be guessed; and
 * the verification of a code against what this laptop holds. An OSGi service, available once the user has signed in.
 * The PDF of a certificate is made elsewhere (the reports bundle), from these records.
 */
public interface CertificateService {

    /**
     * Issues a certificate for every completed enrolment of the offering that has none yet, all in one transaction,
     * and returns those issued now (none when every completed participant has one already: issuing again makes no
     * second certificate).
     *
     * @throws StoreException when the offering does not exist, or the certificates cannot be saved; then none is
     */
    List<Certificate> issueAll(String offeringId) throws StoreException;

    /**
     * The certificate of a completed enrolment: the one it has, or one issued now.
     *
     * @throws StoreException {@code INVALID} when the enrolment does not exist or is not completed; otherwise as
     *                        {@link se.samverka.store.LocalStore#save}
     */
    Certificate issue(String enrolmentId) throws StoreException;

    /** The certificates of an offering's enrolments, by certificate number. */
    List<Certificate> certificates(String offeringId);

    /**
     * Whether a typed or pasted code is the code of a certificate this laptop holds (any case, spaces and dashes, O
     * for 0 and I or L for 1, as {@link se.samverka.model.certificates.VerificationCode#normalise} reads it), with
     * whose and which course it is, and whether it has expired today. A certificate issued on another laptop is
     * known here only after both have synced.
     */
    Verification verify(String code);

    /** When this laptop last synced with the county server, or null if it never has. */
    Instant lastSync();
}
