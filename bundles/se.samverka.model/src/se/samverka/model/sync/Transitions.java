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

    /** Why a change of a status of this type is refused, in the words of a locale. */
    @FunctionalInterface
    interface Refusal<E extends Enumerator> {
        String of(E from, E to, Locale locale);
    }

    /** The transitions of one status type, from the rules written for that type. */
    static <E extends Enumerator> Transitions of(Class<E> type, java.util.function.BiPredicate<E, E> allowed,
            Refusal<E> refusal) {
        return new Transitions() {
            @Override
            public boolean isAllowed(Enumerator from, Enumerator to) {
                return allowed.test(type.cast(from), type.cast(to));
            }

            @Override
            public String refusal(Enumerator from, Enumerator to, Locale locale) {
                return refusal.of(type.cast(from), type.cast(to), locale);
            }
        };
    }
}
