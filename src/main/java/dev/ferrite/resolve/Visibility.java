package dev.ferrite.resolve;

import dev.ferrite.hir.DefId;

/** Where a name may be used from: everywhere, or within the module {@code restrictedTo} and its descendants. */
record Visibility(DefId restrictedTo) {
    static final Visibility PUBLIC = new Visibility(null);

    boolean isPublic() {
        return restrictedTo == null;
    }
}
