package se.samverka.inventory.ui.internal.overview;

import org.eclipse.e4.core.services.nls.Message;

/** The texts of the county overview, from {@code OSGI-INF/l10n/bundle*.properties}. */
@Message
public class OverviewMessages {
    public String overview_heading;
    public String overview_description;
    public String overview_year;
    public String overview_asOf;
    public String overview_legend;
    public String overview_column_municipality;
    public String overview_column_active;
    public String overview_byFocus;
    public String overview_byMethod;
    public String overview_total;
    public String overview_loading;
}
