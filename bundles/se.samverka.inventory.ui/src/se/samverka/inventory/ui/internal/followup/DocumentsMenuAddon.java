package se.samverka.inventory.ui.internal.followup;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

import jakarta.annotation.PostConstruct;

/**
 * Keeps "Uppföljningsrapport …" in a Dokument menu when the courses plugin, whose fragment makes that menu, is not
 * installed. With courses the inventory fragment puts the item into the courses' menu; without it that part of the
 * fragment finds no parent and is skipped, so this addon, which runs once the model is assembled and before the
 * window is drawn, makes a Dokument menu of the inventory's own, before Hjälp, holding the item. (Two fragments
 * cannot both make the menu: e4 replaces an element whose id is already there, children and all.)
 */
public class DocumentsMenuAddon {

    /** The Dokument menu as the courses fragment makes it. */
    static final String COURSES_MENU = "se.samverka.courses.ui.documents.menu";
    /** The Dokument menu this addon makes when there is no other. */
    static final String OWN_MENU = "se.samverka.inventory.ui.documents.menu";
    static final String COMMAND = "se.samverka.inventory.ui.command.followUp";
    static final String ITEM = "se.samverka.inventory.ui.menuitem.followUp";
    private static final String HELP_MENU = "se.samverka.ui.menu.help";
    private static final String CONTRIBUTOR = "platform:/plugin/se.samverka.inventory.ui";

    @PostConstruct
    void ensureDocumentsMenu(MApplication application, EModelService models) {
        // EModelService.findElements does not look into menus unless asked to, so the main menus are walked here.
        if (application.getChildren().stream().anyMatch(w -> w.getMainMenu() != null
                && contains(w.getMainMenu(), ITEM))) {
            return; // in the courses' Dokument menu
        }
        MCommand command = application.getCommands().stream().filter(c -> COMMAND.equals(c.getElementId()))
                .findFirst().orElse(null);
        if (command == null) {
            return;
        }
        for (MWindow window : application.getChildren()) {
            MMenu main = window.getMainMenu();
            if (main == null || contains(main, OWN_MENU)) {
                continue;
            }
            MMenu documents = models.createModelElement(MMenu.class);
            documents.setElementId(OWN_MENU);
            documents.setLabel("%menu.documents");
            documents.setContributorURI(CONTRIBUTOR);
            MHandledMenuItem item = models.createModelElement(MHandledMenuItem.class);
            item.setElementId(ITEM);
            item.setLabel("%command.followUp");
            item.setTooltip("%command.followUp.tooltip");
            item.setContributorURI(CONTRIBUTOR);
            item.setCommand(command);
            documents.getChildren().add(item);
            List<MMenuElement> menus = main.getChildren();
            int help = indexOf(menus, HELP_MENU);
            menus.add(help < 0 ? menus.size() : help, documents);
        }
    }

    /** Whether the menu holds an element with this id, at any depth. */
    static boolean contains(MMenu menu, String id) {
        for (MMenuElement element : menu.getChildren()) {
            if (id.equals(element.getElementId()) || element instanceof MMenu sub && contains(sub, id)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(List<MMenuElement> elements, String id) {
        for (int i = 0; i < elements.size(); i++) {
            if (id.equals(elements.get(i).getElementId())) {
                return i;
            }
        }
        return -1;
    }
}
