package se.samverka.ui.internal.signin;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.samverka.store.LocalStore;
import se.samverka.store.StoreException;
import se.samverka.ui.internal.Images;
import se.samverka.ui.internal.Messages;
import se.samverka.ui.Widgets;

/**
 * The sign-in at start: the password opens (or, the first time, creates) the encrypted local database. Problems are
 * shown in the dialog, which stays open until the database is open or the user quits.
 */
public class SignInDialog extends TitleAreaDialog {

    /** Tries to open the store; returns it, or throws with the reason. */
    @FunctionalInterface
    public interface Opener {
        LocalStore open(String user, char[] password) throws StoreException;
    }

    /** The shortest password accepted for a new database. */
    public static final int MINIMUM_PASSWORD_LENGTH = 8;

    private final Messages messages;
    private final boolean newDatabase;
    private final String lastUser;
    private final Opener opener;
    private LocalResourceManager resources;
    private Text user;
    private Text password;
    private Text repeat;
    private LocalStore store;
    private String signedInUser;

    public SignInDialog(Shell parent, Messages messages, boolean newDatabase, String lastUser, Opener opener) {
        super(parent);
        this.messages = messages;
        this.newDatabase = newDatabase;
        this.lastUser = lastUser == null ? "" : lastUser;
        this.opener = opener;
    }

    /** The opened store, once the dialog has closed with OK. */
    public Optional<LocalStore> store() {
        return Optional.ofNullable(store);
    }

    /** The user who signed in. */
    public String user() {
        return signedInUser;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.signin_title);
        Widgets.named(shell, "signin.dialog");
        shell.setImage(resourcesFor(shell).create(Images.descriptor(Images.LOGO_32)));
    }

    private LocalResourceManager resourcesFor(Control control) {
        if (resources == null) {
            resources = new LocalResourceManager(JFaceResources.getResources(), control);
        }
        return resources;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(newDatabase ? messages.signin_newHeading : messages.signin_heading);
        setMessage(newDatabase ? messages.signin_newMessage : messages.signin_message);
        setTitleImage(resourcesFor(parent).create(Images.descriptor(Images.LOGO_64)));
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 16).spacing(12, 10).applyTo(form);

        user = field(form, messages.signin_user, SWT.BORDER, "signin.user");
        user.setText(lastUser);
        password = field(form, messages.signin_password, SWT.BORDER | SWT.PASSWORD, "signin.password");
        if (newDatabase) {
            repeat = field(form, messages.signin_repeat, SWT.BORDER | SWT.PASSWORD, "signin.repeat");
        }
        (lastUser.isEmpty() ? user : password).setFocus();
        return area;
    }

    private static Text field(Composite form, String label, int style, String id) {
        new Label(form, SWT.NONE).setText(label);
        Text text = Widgets.named(new Text(form, style), id);
        GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Widgets.named(createButton(parent, IDialogConstants.OK_ID,
                newDatabase ? messages.signin_create : messages.signin_ok, true), "signin.ok");
        Widgets.named(createButton(parent, IDialogConstants.CANCEL_ID, messages.signin_quit, false), "signin.quit");
    }

    @Override
    protected void okPressed() {
        String name = user.getText().strip();
        char[] secret = password.getTextChars();
        try {
            if (name.isEmpty()) {
                refuse(messages.signin_userMissing, user);
                return;
            }
            if (secret.length == 0) {
                refuse(messages.signin_passwordMissing, password);
                return;
            }
            if (newDatabase && secret.length < MINIMUM_PASSWORD_LENGTH) {
                refuse(MessageFormat.format(messages.signin_passwordShort, MINIMUM_PASSWORD_LENGTH), password);
                return;
            }
            if (newDatabase && !Arrays.equals(secret, repeat.getTextChars())) {
                refuse(messages.signin_passwordsDiffer, repeat);
                return;
            }
            // Creating an encrypted database takes some seconds: say what is going on while it works.
            setErrorMessage(null);
            setMessage(newDatabase ? messages.signin_creating : messages.signin_opening);
            getButton(OK).setEnabled(false);
            getShell().update();
            StoreException[] failure = new StoreException[1];
            BusyIndicator.showWhile(getShell().getDisplay(), () -> {
                try {
                    store = opener.open(name, secret);
                } catch (StoreException e) {
                    failure[0] = e;
                }
            });
            getButton(OK).setEnabled(true);
            if (failure[0] != null) {
                store = null;
                setMessage(newDatabase ? messages.signin_newMessage : messages.signin_message);
                refuse(switch (failure[0].reason()) {
                    case WRONG_PASSWORD -> messages.signin_wrongPassword;
                    case IN_USE -> messages.signin_inUse;
                    default -> MessageFormat.format(messages.signin_failed, failure[0].getMessage());
                }, password);
                return;
            }
            signedInUser = name;
        } finally {
            Arrays.fill(secret, '\0');
        }
        super.okPressed();
    }

    private void refuse(String message, Text field) {
        setErrorMessage(message);
        field.setFocus();
        field.selectAll();
    }
}
