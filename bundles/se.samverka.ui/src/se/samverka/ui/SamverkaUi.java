package se.samverka.ui;

/**
 * The contract between the Samverka window and the plugins that contribute to it through their
 * {@code fragment.e4xmi}.
 * <p>
 * A plugin lists one of its parts in the navigation area by contributing an {@code MPartDescriptor} to the
 * application's descriptors with the tag {@link #TAG_AREA} and the category {@link #MAIN_STACK_CATEGORY}; its
 * position among the areas is the persisted-state value {@link #AREA_ORDER}.
 */
public final class SamverkaUi {

    /** Tag of a part descriptor that is listed as an area in the navigation. */
    public static final String TAG_AREA = "samverka.area";

    /** Persisted-state key of an area's position in the navigation: an integer, smaller first. */
    public static final String AREA_ORDER = "samverka.area.order";

    /**
     * Category of part descriptors whose parts open in the main area. The main part stack carries this tag, so
     * that the part service places new parts there.
     */
    public static final String MAIN_STACK_CATEGORY = "samverka.mainStack";

    /** Element id of the main part stack. */
    public static final String MAIN_STACK_ID = "se.samverka.ui.partstack.main";

    /** Key of {@code Widget.setData(key, id)}: names a control for the UI tests and for CSS. */
    public static final String WIDGET_ID = "samverka.id";

    /** Persisted-state key of a record editor: the id of the record it edits. */
    public static final String RECORD_ID = "samverka.record.id";

    /**
     * Persisted-state key of a record editor's part descriptor: the names of the model classes whose records it
     * edits, separated by commas (e.g. {@code Meeting}). Other bundles open a record's editor through it
     * ({@code Editors.recordEditors}) without knowing the plugin that contributes it.
     */
    public static final String EDITOR_RECORD_TYPES = "samverka.editor.recordTypes";

    /** Context key of the name of the user who signed in to this laptop's database (a {@code String}). */
    public static final String SIGNED_IN_USER = "samverka.signedInUser";

    /**
     * Event topic posted after every committed write of the local store: a save anywhere in the window, a conflict
     * resolved, a sync's answer taken in (one event for the whole answer). The event's data is the store's
     * {@code RecordsChanged}: what wrote, and which records and parts, of which classes. Lists reload and open
     * editors take the change in (received with {@code @UIEventTopic}, on the UI thread).
     */
    public static final String TOPIC_RECORDS_CHANGED = "samverka/records/changed";

    /** Event topic posted after a record was saved; the event's data is the record as saved. */
    public static final String TOPIC_RECORD_SAVED = "samverka/record/saved";

    private SamverkaUi() {
    }
}
