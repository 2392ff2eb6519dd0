package se.samverka.server.internal;

import static se.samverka.model.SamverkaPackage.Literals.INVITATION__PERSON;
import static se.samverka.model.SamverkaPackage.Literals.INVITATION__RESPONSE;
import static se.samverka.model.SamverkaPackage.Literals.INVITATION__RESPONSE_NOTE;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import se.samverka.model.sync.ServerRule;
import se.samverka.model.sync.SyncPolicy;
import se.samverka.server.internal.Records.Row;

/**
 * A user who is not county staff changes only the reply of their own invitation
 * ({@link ServerRule#OWN_REPLY_ONLY}): the invitation must exist here, name the person the caller is before and after
 * the merge, and differ from the server's only in its response and note. The group scope lets a coordinator receive
 * every invitation of their groups' meetings; this rule narrows what they may change to their own answer.
 */
final class Replies {

    /** The fields of a reply. */
    private static final Set<String> REPLY = Set.of(INVITATION__RESPONSE.getName(),
            INVITATION__RESPONSE_NOTE.getName());

    private Replies() {
    }

    /** Why the caller may not write this merged invitation, or null when they may. */
    static String refusal(Scope.Caller caller, Row row, Map<String, String> merged) {
        if (caller.role().everything()) {
            return null;
        }
        if (row == null) {
            return "only county staff make invitations";
        }
        if (merged.equals(row.state())) {
            return null; // nothing changes
        }
        String person = caller.person();
        String invited = row.state().get(INVITATION__PERSON.getName());
        if (person == null || !person.equals(invited)
                || !person.equals(merged.get(INVITATION__PERSON.getName()))) {
            return caller.name() + " may answer only their own invitation";
        }
        Set<String> fields = new HashSet<>(row.state().keySet());
        fields.addAll(merged.keySet());
        for (String field : fields) {
            if (!REPLY.contains(field) && !SyncPolicy.isBookkeeping(field)
                    && !Objects.equals(row.state().get(field), merged.get(field))) {
                return caller.name() + " may change only the reply of their invitation, not " + field;
            }
        }
        return null;
    }
}
