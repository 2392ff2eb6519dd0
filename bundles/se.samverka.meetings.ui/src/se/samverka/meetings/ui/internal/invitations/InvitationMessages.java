package se.samverka.meetings.ui.internal.invitations;

import org.eclipse.e4.core.services.nls.Message;

/** The texts of a meeting's invitations, replies and attendance, from {@code messages*.properties} beside this class. */
@Message(contributionURI = "platform:/plugin/se.samverka.meetings.ui/se/samverka/meetings/ui/internal/invitations/messages")
public class InvitationMessages {
    public String invitations_heading;
    public String invitations_make;
    public String invitations_made;
    public String invitations_madeNone;
    public String invitations_guest;
    public String invitations_guestInvited;
    public String invitations_saveFirst;
    public String invitations_counts;
    public String invitations_attendance;
    public String invitations_none;
    public String invitations_reply_ACCEPTED;
    public String invitations_reply_DECLINED;
    public String invitations_reply_APOLOGY;
    public String invitations_reply_NO_RESPONSE;
    public String invitations_present;
    public String invitations_absent;
    public String invitations_allPresent;
    public String invitations_allMarked;
    public String invitations_keys;
    public String invitations_ownOnly;
    public String invitations_replied;
    public String invitations_column_name;
    public String invitations_column_organisation;
    public String invitations_column_guest;
    public String invitations_column_reply;
    public String invitations_column_note;
    public String invitations_column_present;
    public String invitations_presentMark;
    public String invitations_reply_label_ACCEPTED;
    public String invitations_reply_label_DECLINED;
    public String invitations_reply_label_APOLOGY;
    public String invitations_reply_label_NO_RESPONSE;
    public String invitations_apologyTitle;
    public String invitations_apologyMessage;
    public String invitations_guestTitle;
    public String invitations_guestItem;
    public String invitations_guestPerson;
    public String invitations_guestPick;
    public String invitations_guestNew;
    public String invitations_firstName;
    public String invitations_lastName;
    public String invitations_organisation;
    public String invitations_guestNoItems;
    public String invitations_guestMissing;
    public String invitations_pickerTitle;
    public String invitations_refused_NOT_FOUND;
    public String invitations_refused_NOT_OWN_INVITATION;
    public String invitations_refused_COUNTY_ONLY;
    public String invitations_refused_ALREADY_INVITED;
    public String invitations_refused_NO_GROUP;
    public String invitations_refused_STORE;
}
