package dev.ferrite.interp;

import dev.ferrite.hir.DefId;
import dev.ferrite.mir.Body;
import dev.ferrite.typeck.InstanceResolver;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** A {@link Program} assembled by hand: bodies, intrinsics by name, ADTs from {@link TestAdts}. */
public final class TestProgram implements Program {
    public final TestAdts adts = new TestAdts();
    public final Map<DefId, Body> bodies = new HashMap<>();
    public final Map<DefId, String> names = new HashMap<>();
    public final Map<String, DefId> intrinsics = new HashMap<>();
    public final Map<String, DefId> langItems = new HashMap<>();
    public final Map<Ty, Instance> dropImpls = new HashMap<>();
    public final Map<Ty, List<InstanceResolver.Resolved>> vtables = new HashMap<>();
    public final Map<DefId, Ctor> ctors = new HashMap<>();
    public BiFunction<DefId, GenericArgs, InstanceResolver.Resolved> resolver;

    @Override
    public Ctor ctorOf(DefId def) {
        return ctors.get(def);
    }

    public DefId fresh(String name) {
        DefId d = adts.fresh();
        names.put(d, name);
        return d;
    }

    public DefId intrinsic(String name) {
        return intrinsics.computeIfAbsent(name, this::fresh);
    }

    public DefId add(String name, java.util.function.Function<DefId, Body> make) {
        DefId d = fresh(name);
        bodies.put(d, make.apply(d));
        return d;
    }

    @Override
    public Body mirOf(DefId def) {
        return bodies.get(def);
    }

    @Override
    public AdtDef adtDef(DefId def) {
        return adts.adtDef(def);
    }

    @Override
    public boolean isNonNull(DefId adt) {
        return adts.isNonNull(adt);
    }

    @Override
    public boolean isIntrinsic(DefId def) {
        return intrinsics.containsValue(def);
    }

    @Override
    public String name(DefId def) {
        String n = names.get(def);
        if (n != null) return n;
        AdtDef a = adts.adtDef(def);
        return a != null ? a.name().text() : def.toString();
    }

    @Override
    public InstanceResolver.Resolved resolve(DefId fn, GenericArgs args) {
        if (resolver != null) {
            InstanceResolver.Resolved r = resolver.apply(fn, args);
            if (r != null) return r;
        }
        return Program.super.resolve(fn, args);
    }

    @Override
    public List<InstanceResolver.Resolved> vtableMethods(Ty concrete, TraitRef principal) {
        return vtables.getOrDefault(concrete, new ArrayList<>());
    }

    @Override
    public DefId langItem(String name) {
        return langItems.get(name);
    }

    @Override
    public Instance dropMethod(Ty ty) {
        return dropImpls.get(ty);
    }
}
