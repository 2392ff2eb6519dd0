package se.samverka.ui.internal.dialogs;

import java.text.MessageFormat;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.samverka.core.ProductVersion;
import se.samverka.core.SamverkaEnvironment;
import se.samverka.ui.internal.Images;
import se.samverka.ui.internal.Messages;
import se.samverka.ui.Widgets;

/** Om Samverka: what a user reads out to support — version, Java runtime and data folder. */
public class AboutDialog extends Dialog {

    private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

    private final SamverkaEnvironment environment;
    private final Messages messages;
    private LocalResourceManager resources;
    private Label copiedLabel;

    public AboutDialog(Shell parent, SamverkaEnvironment environment, Messages messages) {
        super(parent);
        this.environment = environment;
        this.messages = messages;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.about_title);
        Widgets.named(shell, "about.dialog");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 16).spacing(16, 6).applyTo(area);

        Label logo = new Label(area, SWT.NONE);
        logo.setImage(resources.create(Images.descriptor(Images.LOGO_64)));
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 5).applyTo(logo);

        Label name = Widgets.named(new Label(area, SWT.NONE), "about.name");
        name.setText("Samverka");
        Widgets.heading(name, resources, 8);

        Label tagline = new Label(area, SWT.NONE);
        tagline.setText(messages.about_tagline);
        Widgets.styled(tagline, "secondary");

        Label version = Widgets.named(new Label(area, SWT.NONE), "about.version");
        version.setText(versionText());

        Label java = Widgets.named(new Label(area, SWT.NONE), "about.java");
        java.setText(MessageFormat.format(messages.about_java, environment.javaRuntime()));

        Composite folder = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(folder);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(folder);
        new Label(folder, SWT.NONE).setText(messages.about_dataFolder + ":");
        Text path = Widgets.named(new Text(folder, SWT.READ_ONLY | SWT.SINGLE), "about.dataFolder");
        path.setText(environment.dataDirectory().toString());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(path);

        copiedLabel = Widgets.named(new Label(area, SWT.NONE), "about.copied");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(copiedLabel);
        Widgets.styled(copiedLabel, "secondary");
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, COPY_ID, messages.about_copy, false);
        createButton(parent, IDialogConstants.CLOSE_ID, messages.about_close, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == COPY_ID) {
            copyDetails();
        } else if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** The version line, for example "Version 0.1.0 (bygge 202611222345)". */
    String versionText() {
        ProductVersion v = environment.version();
        return v.hasBuild()
                ? MessageFormat.format(messages.about_versionWithBuild, v.release(), v.build())
                : MessageFormat.format(messages.about_version, v.release());
    }

    private void copyDetails() {
        String details = String.join(System.lineSeparator(),
                "Samverka " + versionText(),
                MessageFormat.format(messages.about_java, environment.javaRuntime()),
                messages.about_dataFolder + ": " + environment.dataDirectory(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")");
        Clipboard clipboard = new Clipboard(getShell().getDisplay());
        try {
            clipboard.setContents(new Object[] { details }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
        copiedLabel.setText(messages.about_copied);
    }
}
