package se.samverka.inventory.ui.internal.support;

import org.eclipse.e4.core.services.nls.Message;

/** The texts of support to municipalities, from the block {@code # support} of {@code OSGI-INF/l10n/bundle*.properties}. */
@Message
public class SupportMessages {
    public String support_heading;
    public String support_description;
    public String support_new;
    public String support_noun;
    public String support_column_year;
    public String support_column_round;
    public String support_column_municipality;
    public String support_column_status;
    public String support_column_offered;
    public String support_column_applied;
    public String support_column_granted;
    public String support_column_appliedOn;
    public String support_column_decidedOn;
    public String support_column_note;
    public String support_page_new;
    public String support_page_loading;
    public String support_page_notFound;
    public String support_page_paidFrom;
    public String support_page_noBudgetLine;
    public String support_page_totals;
    public String support_page_selected;
    public String support_page_chooseMunicipality;
    public String support_page_application;
    public String support_page_appliedOn;
    public String support_page_amountApplied;
    public String support_page_apply;
    public String support_page_withdraw;
    public String support_page_decision;
    public String support_page_decidedOn;
    public String support_page_amountGranted;
    public String support_page_grant;
    public String support_page_reject;
    public String support_page_countyDecides;
    public String support_page_saved;
    public String support_page_badDate;
    public String support_page_badAmount;
    public String support_offer_title;
    public String support_offer_year;
    public String support_offer_paidFrom;
    public String support_offer_amounts;
    public String support_offer_note;
    public String support_offer_button;
    public String support_offer_countyOnly;
}
