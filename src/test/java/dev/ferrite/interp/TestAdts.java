package dev.ferrite.interp;

import dev.ferrite.hir.DefId;
import dev.ferrite.span.Symbol;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.IntKind;
import dev.ferrite.types.Ty;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hand-made ADT definitions for interpreter and layout tests. */
public final class TestAdts implements LayoutCx {
    public final Map<DefId, AdtDef> adts = new HashMap<>();
    public final Set<DefId> nonNull = new HashSet<>();
    private int next = 1000;

    public DefId fresh() {
        return new DefId(next++);
    }

    public static final Ty T = Ty.param(0, Symbol.intern("T"));

    /** A variant: name then field types (tuple-like; no fields = unit). */
    public record V(String name, List<Ty> fields, long discr) {
    }

    public static V v(String name, Ty... fields) {
        return new V(name, List.of(fields), -1);
    }

    public static V vd(String name, long discr, Ty... fields) {
        return new V(name, List.of(fields), discr);
    }

    public AdtDef enumDef(String name, IntKind repr, boolean reprC, V... variants) {
        DefId def = fresh();
        List<AdtDef.VariantDef> vs = new ArrayList<>();
        long d = 0;
        for (V v : variants) {
            if (v.discr() >= 0 || v.discr() < -1) d = v.discr();
            vs.add(variant(v.name(), v.fields(), d, v.fields().isEmpty() ? AdtDef.CtorKind.UNIT : AdtDef.CtorKind.TUPLE));
            d++;
        }
        AdtDef a = new AdtDef(def, Symbol.intern(name), AdtDef.Kind.ENUM, vs, repr, reprC, false);
        adts.put(def, a);
        return a;
    }

    public AdtDef enumDef(String name, V... variants) {
        return enumDef(name, null, false, variants);
    }

    public AdtDef structDef(String name, boolean reprC, Ty... fields) {
        DefId def = fresh();
        AdtDef a = new AdtDef(def, Symbol.intern(name), AdtDef.Kind.STRUCT,
                List.of(variant(name, List.of(fields), 0, AdtDef.CtorKind.STRUCT)), null, reprC, false);
        adts.put(def, a);
        return a;
    }

    public AdtDef unionDef(String name, Ty... fields) {
        DefId def = fresh();
        AdtDef a = new AdtDef(def, Symbol.intern(name), AdtDef.Kind.UNION,
                List.of(variant(name, List.of(fields), 0, AdtDef.CtorKind.STRUCT)), null, false, false);
        adts.put(def, a);
        return a;
    }

    private AdtDef.VariantDef variant(String name, List<Ty> fields, long discr, AdtDef.CtorKind ctor) {
        List<AdtDef.FieldDef> fs = new ArrayList<>();
        String[] names = {"a", "b", "c", "d", "e", "f", "g", "h"};
        for (int i = 0; i < fields.size(); i++) {
            String fname = ctor == AdtDef.CtorKind.STRUCT ? names[i % names.length] : Integer.toString(i);
            fs.add(new AdtDef.FieldDef(fresh(), Symbol.intern(fname), fields.get(i), true));
        }
        return new AdtDef.VariantDef(fresh(), Symbol.intern(name), ctor, fs, BigInteger.valueOf(discr));
    }

    public static Ty ty(AdtDef a, Ty... args) {
        return Ty.adt(a.def(), GenericArgs.of(args));
    }

    @Override
    public AdtDef adtDef(DefId def) {
        return adts.get(def);
    }

    @Override
    public boolean isNonNull(DefId adt) {
        return nonNull.contains(adt);
    }
}
