package se.samverka.meetings.ui.internal.groups;

import java.util.Comparator;
import java.util.List;

import org.eclipse.e4.core.services.nls.Translation;

import jakarta.inject.Inject;
import se.samverka.meetings.GroupService;
import se.samverka.meetings.GroupService.GroupRow;
import se.samverka.model.CooperationGroup;
import se.samverka.model.Membership;
import se.samverka.model.rules.Labels;
import se.samverka.ui.lists.RecordListPart;
import se.samverka.ui.lists.RecordTable;

/** The groups area beside the meetings: every group of the county by name, with its kind and members today. */
public class GroupsPart extends RecordListPart<GroupRow> {

    /** The part descriptor of the group page. */
    public static final String EDITOR = "se.samverka.meetings.ui.groupEditor";

    @Inject
    private GroupService service;
    @Inject
    @Translation
    private GroupMessages messages;

    public GroupsPart() {
        super(CooperationGroup.class, EDITOR, Membership.class);
    }

    @Override
    protected Page page() {
        return new Page("groups.list", messages.groups_heading, messages.groups_description, messages.groups_new,
                messages.groups_noun);
    }

    @Override
    protected void addColumns(RecordTable<GroupRow> table) {
        table.column(messages.groups_column_name, 32, GroupRow::name)
                .column(messages.groups_column_kind, 22, g -> g.kind() == null ? "" : Labels.of(g.kind(), locale()),
                        Comparator.comparing(GroupRow::kind, Comparator.nullsFirst(Comparator.naturalOrder())))
                .column(messages.groups_column_members, 14, g -> String.valueOf(g.currentMembers()),
                        Comparator.comparingInt(GroupRow::currentMembers));
    }

    @Override
    protected String idOf(GroupRow row) {
        return row.id();
    }

    @Override
    protected List<GroupRow> read() {
        return service.rows();
    }
}
