package se.samverka.inventory.ui.internal;

import org.eclipse.e4.core.services.nls.Message;

/** The texts of the inventory plugin, from {@code OSGI-INF/l10n/bundle*.properties}. */
@Message
public class Messages {
    public String list_heading;
    public String editor_new;
    public String list_description;
    public String list_new;
    public String list_noun;
    public String column_municipality;
    public String column_title;
    public String column_type;
    public String column_focus;
    public String column_methods;
    public String column_status;
    public String column_period;
    public String column_budget;
    public String editor_about;
    public String editor_period;
    public String editor_focus;
}
