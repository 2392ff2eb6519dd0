package se.samverka.ui.internal;

import org.eclipse.e4.core.services.nls.Message;

/**
 * The texts of the Samverka window, from {@code OSGI-INF/l10n/bundle*.properties} in the language chosen at
 * start (Swedish unless {@code -nl en} or the preference says otherwise). Inject with
 * {@code @Translation Messages}.
 */
@Message
public class Messages {
    public String status_ready;
    public String demo_loading;
    public String demo_failedTitle;
    public String demo_failed;
    public String status_areaOpened;

    public String navigation_start;
    public String navigation_start_description;

    public String start_heading;
    public String start_lead;
    public String start_areas;
    public String start_noAreas;
    public String start_dataFolder;
    public String start_cardsReading;
    public String start_cardFailed;

    public String about_title;
    public String about_tagline;
    public String about_version;
    public String about_versionWithBuild;
    public String about_java;
    public String about_dataFolder;
    public String about_copy;
    public String about_copied;
    public String about_close;

    public String preferences_title;
    public String preferences_general;
    public String preferences_general_description;
    public String preferences_language;
    public String preferences_language_sv;
    public String preferences_language_en;
    public String preferences_language_restart;
    public String preferences_dataFolder;
    public String preferences_saveFailed;

    public String signin_title;
    public String signin_heading;
    public String signin_message;
    public String signin_newHeading;
    public String signin_newMessage;
    public String signin_user;
    public String signin_password;
    public String signin_repeat;
    public String signin_ok;
    public String signin_create;
    public String signin_quit;
    public String signin_userMissing;
    public String signin_passwordMissing;
    public String signin_passwordShort;
    public String signin_passwordsDiffer;
    public String signin_wrongPassword;
    public String signin_inUse;
    public String signin_failed;
    public String signin_creating;
    public String signin_opening;
}
