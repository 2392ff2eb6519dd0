package se.samverka.server.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import se.samverka.model.Certificate;
import se.samverka.model.Course;
import se.samverka.model.CourseOffering;
import se.samverka.model.Enrolment;
import se.samverka.model.Person;
import se.samverka.model.SamverkaPackage.Literals;
import se.samverka.model.certificates.Verification;
import se.samverka.model.certificates.VerificationCode;
import se.samverka.sync.protocol.RecordState;
import se.samverka.sync.protocol.Wire;

/**
 * Certificates found by their verification code: {@code SAMVERKA.CERTIFICATE_CODES} holds each certificate's code in
 * its compact form ({@link VerificationCode#normalise}), indexed, written with the certificate's every version, so
 * that verifying a code is one index lookup instead of decoding every certificate's state. Not unique: two laptops
 * cannot coordinate their codes offline, and a clash (70 random bits: practically never) must not refuse a sync.
 * Added by schema step {@link #SCHEMA_STEP}, which fills it from the certificates the database has.
 */
final class CertificateCodes {

    /** The county schema's version that adds the table ({@link CountySchema}). */
    static final int SCHEMA_STEP = 6;

    private static final String TYPE = Literals.CERTIFICATE.getName();

    private CertificateCodes() {
    }

    /** Keeps a record's code in the table when it is a certificate (every other record: nothing). */
    static void write(Connection c, String type, String id, Map<String, String> state, boolean isNew)
            throws SQLException {
        if (!TYPE.equals(type)) {
            return;
        }
        if (!isNew) {
            try (PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM SAMVERKA.CERTIFICATE_CODES WHERE ID = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
        }
        Optional<String> code = VerificationCode.normalise(state.get(Literals.CERTIFICATE__VERIFICATION_CODE
                .getName()));
        if (code.isPresent()) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO SAMVERKA.CERTIFICATE_CODES(ID, CODE) VALUES (?, ?)")) {
                insert.setString(1, id);
                insert.setString(2, code.get());
                insert.executeUpdate();
            }
        }
    }

    /**
     * Whether a typed code is the code of a certificate in the county (not deleted), with whose and which course it
     * is, on {@code today}. Reads as the owner: verification is the county's answer to anyone who holds a
     * certificate, whatever their role.
     */
    static Verification verify(Connection c, String typed, LocalDate today) throws SQLException {
        Optional<String> code = VerificationCode.normalise(typed);
        if (code.isEmpty()) {
            return Verification.UNKNOWN;
        }
        String id = null;
        try (PreparedStatement find = c.prepareStatement("SELECT K.ID FROM SAMVERKA.CERTIFICATE_CODES K "
                + "JOIN SAMVERKA.RECORDS R ON R.ID = K.ID WHERE K.CODE = ? AND R.DELETED = 0 ORDER BY K.ID")) {
            find.setString(1, code.get());
            try (ResultSet rs = find.executeQuery()) {
                if (rs.next()) {
                    id = rs.getString(1);
                }
            }
        }
        Certificate certificate = (Certificate) record(c, id);
        if (certificate == null) {
            return Verification.UNKNOWN;
        }
        // The references come as stand-ins carrying an id; put the records they name in their place.
        Enrolment enrolment = (Enrolment) record(c, certificate.getEnrolment() == null ? null
                : certificate.getEnrolment().getId());
        if (enrolment != null) {
            certificate.setEnrolment(enrolment);
            Person person = (Person) record(c, enrolment.getPerson() == null ? null : enrolment.getPerson().getId());
            CourseOffering offering = (CourseOffering) record(c, enrolment.getOffering() == null ? null
                    : enrolment.getOffering().getId());
            enrolment.setPerson(person);
            enrolment.setOffering(offering);
            if (offering != null && offering.getCourse() != null) {
                offering.setCourse((Course) record(c, offering.getCourse().getId()));
            }
        }
        return Verification.of(certificate, today);
    }

    private static se.samverka.model.SyncedObject record(Connection c, String id) throws SQLException {
        Records.Row row = Records.load(c, id);
        if (row == null || "true".equals(row.state().get("deleted"))) {
            return null;
        }
        return RecordState.toRecord(row.type(), id, row.state());
    }

    /**
     * Schema step {@value #SCHEMA_STEP}: the table with its index, and the codes of the certificates already in the
     * database. Run in the upgrade's transaction, which commits it as one step.
     */
    static void addToSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE SAMVERKA.CERTIFICATE_CODES (ID VARCHAR(36) NOT NULL PRIMARY KEY, "
                    + "CODE VARCHAR(20) NOT NULL)");
            s.execute("CREATE INDEX SAMVERKA.CERTIFICATE_CODES_CODE ON SAMVERKA.CERTIFICATE_CODES(CODE)");
        }
        Map<String, Map<String, String>> certificates = new LinkedHashMap<>();
        try (PreparedStatement find = c.prepareStatement(
                "SELECT ID, STATE FROM SAMVERKA.RECORDS WHERE TYPE = ?")) {
            find.setString(1, TYPE);
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    certificates.put(rs.getString(1), Wire.decodeState(Records.bytes(rs.getBlob(2))));
                }
            }
        }
        for (Map.Entry<String, Map<String, String>> certificate : certificates.entrySet()) {
            write(c, TYPE, certificate.getKey(), certificate.getValue(), true);
        }
    }
}
