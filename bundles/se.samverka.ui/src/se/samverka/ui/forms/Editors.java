package se.samverka.ui.forms;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import se.samverka.model.SyncedObject;
import se.samverka.ui.SamverkaUi;

/** Opens record editors in the main area, one per record. */
public final class Editors {

    private Editors() {
    }

    /**
     * Brings the editor of {@code record} to the front, opening it from the part descriptor {@code descriptorId}
     * when it is not open yet. A record without an id (new) always gets a new editor.
     */
    public static MPart open(EPartService parts, String descriptorId, SyncedObject record, String label) {
        return open(parts, descriptorId, record == null ? null : record.getId(), label);
    }

    /**
     * Brings the editor of the record with this id to the front, opening it from the part descriptor
     * {@code descriptorId} when it is not open yet; {@code null} opens a new editor for a new record.
     */
    public static MPart open(EPartService parts, String descriptorId, String id, String label) {
        if (id != null) {
            for (MPart open : parts.getParts()) {
                if (descriptorId.equals(open.getElementId())
                        && id.equals(open.getPersistedState().get(SamverkaUi.RECORD_ID))) {
                    return parts.showPart(open, PartState.ACTIVATE);
                }
            }
        }
        MPart part = parts.createPart(descriptorId);
        if (id != null) {
            part.getPersistedState().put(SamverkaUi.RECORD_ID, id);
        }
        if (label != null) {
            part.setLabel(label);
        }
        return parts.showPart(part, PartState.ACTIVATE);
    }

    /**
     * The record editors contributed to the window, by the model class they edit ({@code Meeting} → the id of the
     * meeting editor's part descriptor), from the descriptors' {@link SamverkaUi#EDITOR_RECORD_TYPES}. Whoever shows
     * records of any kind (the conflicts of a sync, for example) opens them with {@link #open} and this id, without
     * knowing the plugin that edits them.
     */
    public static Map<String, String> recordEditors(MApplication application) {
        Map<String, String> editors = new TreeMap<>();
        for (MPartDescriptor descriptor : application.getDescriptors()) {
            String types = descriptor.getPersistedState().get(SamverkaUi.EDITOR_RECORD_TYPES);
            if (types != null) {
                for (String type : types.split(",")) {
                    if (!type.isBlank()) {
                        editors.putIfAbsent(type.strip(), descriptor.getElementId());
                    }
                }
            }
        }
        return editors;
    }
}
