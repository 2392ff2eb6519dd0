package se.samverka.model.sync;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;

/** Where one part of a record's scope comes from: the record's own fields, or the record it refers to. */
public sealed interface ScopeSource {

    /** The record itself: an offering is its own offering. */
    record Itself() implements ScopeSource {
    }

    /** The records a reference of the record names: a project's municipality, an offering's trainers. */
    record Field(EReference reference) implements ScopeSource {
    }

    /**
     * The same part of the scope of the record a reference names: a budget's municipality is its project's, an
     * invitation's group its meeting's. The record's scope depends on that record's.
     */
    record From(EReference reference) implements ScopeSource {
    }

    /**
     * One source when an attribute has a value, another otherwise: an organisation that is a municipality is its
     * own municipality, any other its parent's.
     */
    record When(EAttribute attribute, Enumerator value, ScopeSource then, ScopeSource otherwise)
            implements ScopeSource {
    }

    static ScopeSource itself() {
        return new Itself();
    }

    static ScopeSource field(EReference reference) {
        return new Field(reference);
    }

    static ScopeSource from(EReference reference) {
        return new From(reference);
    }

    static ScopeSource when(EAttribute attribute, Enumerator value, ScopeSource then, ScopeSource otherwise) {
        return new When(attribute, value, then, otherwise);
    }
}
