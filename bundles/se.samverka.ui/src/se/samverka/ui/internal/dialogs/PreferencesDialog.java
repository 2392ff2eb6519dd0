package se.samverka.ui.internal.dialogs;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.BackingStoreException;

import se.samverka.core.SamverkaEnvironment;
import se.samverka.ui.internal.Messages;
import se.samverka.ui.internal.UiLanguage;
import se.samverka.ui.Widgets;

/**
 * Inställningar: the settings of Samverka on this computer. Today the language of the user interface, which
 * takes effect at the next start, and where the data folder is.
 */
public class PreferencesDialog extends TitleAreaDialog {

    private final SamverkaEnvironment environment;
    private final Messages messages;
    private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(UiLanguage.PREFERENCE_NODE);
    private final UiLanguage savedLanguage;
    private Map<UiLanguage, Button> languageButtons;
    private Label restartNote;

    public PreferencesDialog(Shell parent, SamverkaEnvironment environment, Messages messages) {
        super(parent);
        this.environment = environment;
        this.messages = messages;
        // The language the window shows now (chosen at start from -nl, the preference or the default).
        this.savedLanguage = UiLanguage.of(Locale.getDefault().getLanguage()).orElse(UiLanguage.SWEDISH);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.preferences_title);
        Widgets.named(shell, "preferences.dialog");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(messages.preferences_general);
        setMessage(messages.preferences_general_description);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite page = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(page);
        GridLayoutFactory.swtDefaults().margins(12, 12).spacing(8, 12).applyTo(page);

        Group language = new Group(page, SWT.NONE);
        language.setText(messages.preferences_language);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(language);
        GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(language);
        languageButtons = Map.of(
                UiLanguage.SWEDISH, languageButton(language, UiLanguage.SWEDISH, messages.preferences_language_sv),
                UiLanguage.ENGLISH, languageButton(language, UiLanguage.ENGLISH, messages.preferences_language_en));
        restartNote = Widgets.named(new Label(language, SWT.WRAP), "preferences.restartNote");
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(restartNote);
        Widgets.styled(restartNote, "secondary");

        Group folder = new Group(page, SWT.NONE);
        folder.setText(messages.preferences_dataFolder);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
        GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(folder);
        Text path = Widgets.named(new Text(folder, SWT.READ_ONLY | SWT.SINGLE), "preferences.dataFolder");
        path.setText(environment.dataDirectory().toString());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(path);
        return area;
    }

    private Button languageButton(Composite parent, UiLanguage language, String label) {
        Button button = Widgets.named(new Button(parent, SWT.RADIO), "preferences.language." + language.code());
        button.setText(label);
        button.setSelection(language == savedLanguage);
        button.addListener(SWT.Selection, e -> restartNote.setText(
                selectedLanguage() == savedLanguage ? "" : messages.preferences_language_restart));
        return button;
    }

    private UiLanguage selectedLanguage() {
        return languageButtons.entrySet().stream().filter(e -> e.getValue().getSelection())
                .map(Map.Entry::getKey).findFirst().orElse(savedLanguage);
    }

    @Override
    protected void okPressed() {
        preferences.put(UiLanguage.PREFERENCE_KEY, selectedLanguage().code());
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            setMessage(MessageFormat.format(messages.preferences_saveFailed, e.getMessage()), IMessageProvider.ERROR);
            return;
        }
        super.okPressed();
    }
}
