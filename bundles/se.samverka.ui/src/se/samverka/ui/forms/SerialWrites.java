package se.samverka.ui.forms;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * A scheduling rule that conflicts only with itself: the Jobs of a page that carry it run one after the other, in the
 * order made (each page that writes its own changes, such as the attendance grid or a budget, holds one).
 */
public final class SerialWrites implements ISchedulingRule {

    @Override
    public boolean contains(ISchedulingRule rule) {
        return rule == this;
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return rule == this;
    }
}
