package se.samverka.ui.internal.status;

import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import se.samverka.ui.StatusLine;
import se.samverka.ui.internal.Messages;
import se.samverka.ui.Widgets;

/** The status line at the bottom of the window: shows what the {@link StatusLine} in the context holds. */
public class StatusLineControl {

    @Inject
    private StatusLine statusLine;
    @Inject
    @Translation
    private Messages messages;

    private Runnable stopObserving;

    @PostConstruct
    public void createControls(Composite parent) {
        Composite bar = Widgets.styled(new Composite(parent, SWT.NONE), "statusLine");
        GridLayoutFactory.fillDefaults().numColumns(3).margins(8, 3).applyTo(bar);
        Label message = Widgets.named(new Label(bar, SWT.NONE), "status.message");
        GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(message);
        Label sync = Widgets.named(new Label(bar, SWT.RIGHT), "status.sync");
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(sync);
        Label detail = Widgets.named(new Label(bar, SWT.RIGHT), "status.detail");
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(240, SWT.DEFAULT).applyTo(detail);
        if (statusLine.message().isEmpty()) {
            statusLine.setMessage(messages.status_ready);
        }
        stopObserving = statusLine.observe(s -> {
            if (!message.isDisposed()) {
                message.setText(s.message());
                detail.setText(s.detail());
                sync.setText(s.sync());
                bar.requestLayout();
            }
        });
        // The trim bar is filled after the window's first layout: lay the window out again once it is shown.
        bar.getDisplay().asyncExec(() -> {
            if (!bar.isDisposed()) {
                bar.getShell().layout(true, true);
            }
        });
    }

    @PreDestroy
    void dispose() {
        if (stopObserving != null) {
            stopObserving.run();
        }
    }
}
