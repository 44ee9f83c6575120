package dev.ferrite.hir;

import dev.ferrite.hir.Ids.BodyId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything name resolution produces for the compilation: the definitions table, one HIR item
 * per item DefId, the bodies, the lang items (by their {@code #[lang = "..."]} name) and the crate
 * roots by name. The items and bodies of crates compiled before (the library) come from
 * {@link ExternHir} when first asked for; those lowered in this compilation are held here.
 *
 * @param main the user crate's {@code fn main}, or null (then an error has been reported, or the crate is a library)
 */
public final class HirCrate {
    private final Definitions defs;
    private final ExternHir extern;
    private final Map<DefId, Item> localItems;
    private final List<Body> localBodies;
    private final int bodyBase;
    private final Map<String, DefId> langItems;
    private final Map<String, DefId> crateRoots;
    private final DefId localCrate;
    private final DefId main;
    private final Map<DefId, Set<DefId>> localTraitsInScope;
    private volatile Map<DefId, Body> localBodyOwners;

    /**
     * @param extern             the HIR of earlier crates, or null
     * @param localItems         the items lowered in this compilation
     * @param localBodies        the bodies lowered in this compilation: BodyId {@code extern.bodyCount() + i} is the i-th
     * @param localTraitsInScope per module of this compilation, the traits its code may call methods of by name
     */
    public HirCrate(Definitions defs, ExternHir extern, Map<DefId, Item> localItems, List<Body> localBodies,
                    Map<String, DefId> langItems, Map<String, DefId> crateRoots, DefId localCrate, DefId main,
                    Map<DefId, Set<DefId>> localTraitsInScope) {
        this.defs = defs;
        this.extern = extern;
        this.localItems = localItems;
        this.localBodies = localBodies;
        this.bodyBase = extern == null ? 0 : extern.bodyCount();
        this.langItems = langItems;
        this.crateRoots = crateRoots;
        this.localCrate = localCrate;
        this.main = main;
        this.localTraitsInScope = localTraitsInScope;
    }

    public Definitions defs() {
        return defs;
    }

    /** The HIR of earlier crates, or null. */
    public ExternHir extern() {
        return extern;
    }

    private boolean isExtern(DefId def) {
        return extern != null && def.index() < extern.defCount();
    }

    public Item item(DefId def) {
        return isExtern(def) ? extern.item(def) : localItems.get(def);
    }

    public Body body(BodyId id) {
        return id.index() < bodyBase ? extern.body(id.index()) : localBodies.get(id.index() - bodyBase);
    }

    /** The items lowered in this compilation (not those of earlier crates), in lowering order. */
    public Collection<Item> localItems() {
        return localItems.values();
    }

    /** The bodies lowered in this compilation, in lowering order. */
    public List<Body> localBodies() {
        return localBodies;
    }

    /** The body owned by a function, constant, static, anonymous constant or closure's parent, or null. */
    public Body bodyOwnedBy(DefId owner) {
        if (isExtern(owner)) return extern.bodyOwnedBy(owner);
        Map<DefId, Body> m = localBodyOwners;
        if (m == null) {
            m = new HashMap<>();
            for (Body b : localBodies) m.putIfAbsent(b.owner(), b);
            localBodyOwners = m;
        }
        return m.get(owner);
    }

    /** The traits in scope in a module (by its DefId), or null if {@code module} is not a module. */
    public Set<DefId> traitsInScope(DefId module) {
        if (isExtern(module)) return extern.traitsInScope(module);
        return localTraitsInScope == null ? null : localTraitsInScope.get(module);
    }

    public Map<String, DefId> langItems() {
        return langItems;
    }

    public DefId langItem(String name) {
        return langItems.get(name);
    }

    public Map<String, DefId> crateRoots() {
        return crateRoots;
    }

    public DefId localCrate() {
        return localCrate;
    }

    /** The user crate's {@code fn main}, or null. */
    public DefId main() {
        return main;
    }
}
