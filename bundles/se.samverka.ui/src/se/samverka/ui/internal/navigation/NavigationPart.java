package se.samverka.ui.internal.navigation;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.IPartListener;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.samverka.ui.StatusLine;
import se.samverka.ui.internal.Images;
import se.samverka.ui.internal.Messages;
import se.samverka.ui.Widgets;

/**
 * The navigation area on the left: the start page and the areas the installed plugins contribute. Selecting an
 * entry opens its part in the main area, or brings it to the front when it is already open.
 */
public class NavigationPart {

    /** Element id of the start part in Application.e4xmi. */
    public static final String START_PART_ID = "se.samverka.ui.part.start";

    @Inject
    private MApplication application;
    @Inject
    private EPartService partService;
    @Inject
    private StatusLine statusLine;
    @Inject
    @Translation
    private Messages messages;

    private TableViewer viewer;
    private List<Area> areas;
    /** The area whose part is in front of the main area; selecting it again does nothing. */
    private Area current;
    private final IPartListener frontPartListener = new IPartListener() {
        @Override
        public void partBroughtToTop(MPart part) {
            showAsCurrent(part);
        }

        @Override
        public void partActivated(MPart part) {
            showAsCurrent(part);
        }

        @Override
        public void partVisible(MPart part) {
            // only the part in front counts
        }

        @Override
        public void partHidden(MPart part) {
            // the next part in front is reported by partBroughtToTop
        }

        @Override
        public void partDeactivated(MPart part) {
            // the navigation keeps showing the part in front of the main area
        }
    };

    @PostConstruct
    public void createControls(Composite parent) {
        ResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        GridLayoutFactory.fillDefaults().applyTo(parent);
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        Widgets.named(viewer.getTable(), "navigation.areas");
        Widgets.styled(viewer.getTable(), "navigation");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Area) element).label();
            }

            @Override
            public String getToolTipText(Object element) {
                String tooltip = ((Area) element).tooltip();
                return tooltip.isEmpty() ? null : tooltip;
            }

            @Override
            public Image getImage(Object element) {
                var descriptor = Images.descriptor(((Area) element).iconUri());
                return descriptor == null ? null : resources.create(descriptor);
            }
        });
        ColumnViewerToolTipSupport.enableFor(viewer);
        areas = areas();
        viewer.setInput(areas);
        current = areas.get(0);
        viewer.setSelection(new StructuredSelection(current));
        viewer.addSelectionChangedListener(event -> open(event.getSelection()));
        partService.addPartListener(frontPartListener);
        parent.addDisposeListener(e -> partService.removePartListener(frontPartListener));
    }

    /** The start page first, then the contributed areas in their order. */
    List<Area> areas() {
        List<Area> areas = new ArrayList<>();
        areas.add(new Area(START_PART_ID, messages.navigation_start, messages.navigation_start_description,
                Images.START, Integer.MIN_VALUE));
        areas.addAll(Area.contributed(application));
        return areas;
    }

    private void open(Object selection) {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof Area area
                && !area.equals(current)) {
            current = area;
            if (partService.showPart(area.partId(), PartState.ACTIVATE) != null) {
                statusLine.setMessage(MessageFormat.format(messages.status_areaOpened, area.label()));
            }
        }
    }

    /** Follows the part in front of the main area, however it got there (navigation, start page, tab). */
    private void showAsCurrent(MPart part) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        areas.stream().filter(a -> a.partId().equals(part.getElementId())).findFirst().ifPresent(area -> {
            current = area;
            viewer.setSelection(new StructuredSelection(area), true);
        });
    }

    @Focus
    public void setFocus() {
        viewer.getTable().setFocus();
    }
}
