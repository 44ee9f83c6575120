package dev.ferrite.hir;

import dev.ferrite.hir.Ids.BodyId;
import java.util.List;
import java.util.Map;

/**
 * Everything name resolution produces for the compilation (all crates: the library's and the
 * user's): the definitions table, one HIR item per item DefId, the bodies, the lang items
 * (by their {@code #[lang = "..."]} name) and the crate roots by name.
 *
 * @param main the user crate's {@code fn main}, or null (then an error has been reported, or the crate is a library)
 * @param traitsInScope per module, the traits whose methods its code may call by name (method lookup prefers them)
 */
public record HirCrate(Definitions defs, Map<DefId, Item> items, List<Body> bodies, Map<String, DefId> langItems,
                       Map<String, DefId> crateRoots, DefId localCrate, DefId main,
                       Map<DefId, java.util.Set<DefId>> traitsInScope) {
    public Item item(DefId def) {
        return items.get(def);
    }

    public Body body(BodyId id) {
        return bodies.get(id.index());
    }

    public DefId langItem(String name) {
        return langItems.get(name);
    }
}
