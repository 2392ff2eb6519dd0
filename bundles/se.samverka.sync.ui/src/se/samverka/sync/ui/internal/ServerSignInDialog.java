package se.samverka.sync.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.samverka.ui.Widgets;

/**
 * Asks for the county server's address, the user's server account and password, and the file with the server's
 * certificate. The password stays in memory for this session; the rest is remembered for the next sign-in.
 */
final class ServerSignInDialog extends TitleAreaDialog {

    private final Messages messages;
    private final ServerAccount account;
    private Text host;
    private Text port;
    private Text user;
    private Text password;
    private Text trust;
    private String message;
    private boolean userFixed;

    ServerSignInDialog(Shell parent, Messages messages, ServerAccount account) {
        super(parent);
        this.messages = messages;
        this.account = account;
        this.message = messages.signin_message;
    }

    /** For handing in a sync file: the file's user signs in (the name cannot be changed), with this message. */
    ServerSignInDialog forFile(String text) {
        message = text;
        userFixed = true;
        return this;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.signin_title);
        Widgets.named(shell, "sync.signin.dialog");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(messages.signin_title);
        setMessage(message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(16, 16).spacing(12, 10).applyTo(form);
        host = field(form, messages.signin_server, SWT.BORDER, "sync.signin.host", account.host);
        port = field(form, messages.signin_port, SWT.BORDER, "sync.signin.port", Integer.toString(account.port));
        user = field(form, messages.signin_user, SWT.BORDER, "sync.signin.user", account.user);
        user.setEnabled(!userFixed);
        password = field(form, messages.signin_password, SWT.BORDER | SWT.PASSWORD, "sync.signin.password", "");
        trust = field(form, messages.signin_trust, SWT.BORDER, "sync.signin.trust",
                account.trustStore == null ? "" : account.trustStore.toString());
        Button browse = Widgets.named(new Button(form, SWT.PUSH), "sync.signin.browse");
        browse.setText(messages.signin_browse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog files = new FileDialog(getShell(), SWT.OPEN);
            files.setFilterExtensions(new String[] { "*.p12;*.pfx", "*" });
            String chosen = files.open();
            if (chosen != null) {
                trust.setText(chosen);
            }
        });
        (user.getText().isEmpty() ? user : password).setFocus();
        return area;
    }

    private static Text field(Composite form, String label, int style, String id, String value) {
        new Label(form, SWT.NONE).setText(label);
        Text text = Widgets.named(new Text(form, style), id);
        text.setText(value == null ? "" : value);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT)
                .span(id.endsWith("trust") ? 1 : 2, 1).applyTo(text);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        String label = userFixed ? messages.signin_handIn : messages.signin_ok;
        Widgets.named(createButton(parent, IDialogConstants.OK_ID, label, true), "sync.signin.ok");
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        if (host.getText().isBlank()) {
            refuse(messages.signin_missingServer, host);
            return;
        }
        int number;
        try {
            number = Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 1 || number > 65535) {
            refuse(messages.signin_badPort, port);
            return;
        }
        if (user.getText().isBlank()) {
            refuse(messages.signin_missingUser, user);
            return;
        }
        if (password.getText().isEmpty()) {
            refuse(messages.signin_missingPassword, password);
            return;
        }
        Path trustStore = trust.getText().isBlank() ? null : Path.of(trust.getText().strip());
        if (trustStore == null || !Files.isRegularFile(trustStore)) {
            refuse(messages.signin_missingTrust, trust);
            return;
        }
        account.host = host.getText().strip();
        account.port = number;
        account.user = user.getText().strip();
        account.password = password.getTextChars();
        account.trustStore = trustStore;
        super.okPressed();
    }

    private void refuse(String message, Text field) {
        setErrorMessage(message);
        field.setFocus();
        field.selectAll();
    }
}
