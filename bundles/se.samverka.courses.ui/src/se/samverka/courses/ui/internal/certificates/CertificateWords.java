package se.samverka.courses.ui.internal.certificates;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import se.samverka.model.certificates.Verification;

/** A verification's answer in words, in the user's language, as the dialog shows it. No SWT. */
final class CertificateWords {

    private final CertificateMessages messages;
    private final Locale locale;
    private final DateTimeFormatter day;

    CertificateWords(CertificateMessages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    }

    /** The headline: valid, expired, or no such certificate. */
    String headline(Verification answer) {
        return !answer.known() ? messages.verify_unknown
                : answer.expired() ? messages.verify_expired : messages.verify_valid;
    }

    /** Whose, which course and when, the date of issue and the validity; empty for an unknown code. */
    String details(Verification answer) {
        if (!answer.known()) {
            return "";
        }
        String course = answer.firstDay() == null ? answer.course()
                : answer.course() + ", " + days(answer.firstDay(), answer.lastDay());
        String issued = MessageFormat.format(messages.verify_issued, answer.certificateNumber(),
                format(answer.issuedOn()));
        String validity = answer.expiresOn() == null ? messages.verify_noExpiry
                : MessageFormat.format(answer.expired() ? messages.verify_validUntilExpired
                        : messages.verify_validUntil, format(answer.expiresOn()));
        // Who, which course and when, then the certificate itself: one line each, as a reader checks them.
        return answer.participant() + "\n" + course + "\n" + issued + " " + validity;
    }

    /** What this laptop knows: when it last synced, so that an unknown code may be one issued elsewhere since. */
    String syncNote(Instant lastSync) {
        if (lastSync == null) {
            return messages.verify_neverSynced;
        }
        return MessageFormat.format(messages.verify_lastSync,
                format(LocalDate.ofInstant(lastSync, ZoneId.systemDefault())));
    }

    /** "2–3 november 2026", "30 november – 1 december 2026", or one day. */
    String days(LocalDate first, LocalDate last) {
        if (first == null) {
            return "";
        }
        if (last == null || last.equals(first)) {
            return format(first);
        }
        if (first.getYear() == last.getYear() && first.getMonth() == last.getMonth()) {
            return first.getDayOfMonth() + "\u2013" + format(last);
        }
        if (first.getYear() == last.getYear()) {
            return DateTimeFormatter.ofPattern("d MMMM", locale).format(first) + " \u2013 " + format(last);
        }
        return format(first) + " \u2013 " + format(last);
    }

    private String format(LocalDate date) {
        return date == null ? "" : day.format(date);
    }
}
