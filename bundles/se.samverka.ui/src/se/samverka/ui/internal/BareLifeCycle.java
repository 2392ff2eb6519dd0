package se.samverka.ui.internal;

/**
 * A lifecycle that does nothing: the bare e4 baseline of the start-up benchmark starts with it instead of
 * {@link LifeCycleManager}, so that it measures an e4 window without Samverka's sign-in and database.
 */
public class BareLifeCycle {
}
