package se.samverka.model.sync;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

/**
 * The allowed changes of a status field: the laptop's store refuses other changes, and the server's merge takes a
 * laptop's status only when the change from the server's is allowed.
 */
public interface Transitions {

    /** True when the status may go from one value to the other; staying the same is always allowed. */
    boolean isAllowed(Enumerator from, Enumerator to);

    /** Why a change is refused, in words a user understands. */
    String refusal(Enumerator from, Enumerator to, Locale locale);
}
