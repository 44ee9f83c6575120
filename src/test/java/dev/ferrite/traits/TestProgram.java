package dev.ferrite.traits;

import dev.ferrite.hir.DefId;
import dev.ferrite.span.Symbol;
import dev.ferrite.types.AdtDef;
import dev.ferrite.types.Const;
import dev.ferrite.types.ExistentialPredicate;
import dev.ferrite.types.FnSig;
import dev.ferrite.types.GenericArg;
import dev.ferrite.types.GenericArgs;
import dev.ferrite.types.IntKind;
import dev.ferrite.types.Mutability;
import dev.ferrite.types.Predicate;
import dev.ferrite.types.Region;
import dev.ferrite.types.TraitRef;
import dev.ferrite.types.Ty;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory program for solver tests, written in a small Rust-like language (chalk's
 * {@code program { .. }}):
 * <pre>
 * #[lang(sized)] trait Sized {}
 * auto trait Send {}
 * trait Iterator { type Item; fn next; }
 * struct Vec&lt;T&gt; { ptr: *const T }
 * enum Option&lt;T&gt; { Some(T), None }
 * impl&lt;T: Display&gt; Display for Vec&lt;T&gt; {}
 * impl&lt;T&gt; Iterator for Vec&lt;T&gt; { type Item = T; }
 * impl&lt;T&gt; !Send for *const T {}
 * fn id&lt;T&gt;(T) -&gt; T;
 * </pre>
 * Type parameters get the implied {@code T: Sized} unless bounded {@code ?Sized}. Types are written
 * as in Rust; {@code <T as Trait>::Name} for projections, {@code ?x} for an inference variable of a
 * {@link Query} ({@code ?int..}/{@code ?float..} for integer/float variables).
 */
final class TestProgram implements TraitDatabase {
    private int nextDef = 1;
    private final Map<String, DefId> traits = new HashMap<>();
    private final Map<String, DefId> adts = new HashMap<>();
    private final Map<String, DefId> fns = new HashMap<>();
    private final Map<String, Ty> namedTypes = new HashMap<>();
    private final Map<DefId, TraitDatum> traitData = new HashMap<>();
    private final Map<DefId, Map<String, DefId>> assocByName = new HashMap<>();
    private final Map<DefId, AssocTypeDatum> assocData = new HashMap<>();
    private final Map<DefId, ImplDatum> implData = new LinkedHashMap<>();
    private final Map<DefId, Map<DefId, Ty>> implValues = new HashMap<>();
    private final Map<DefId, AdtDef> adtData = new HashMap<>();
    private final Map<DefId, List<Predicate>> adtWhere = new HashMap<>();
    private final Map<DefId, FnSig> fnSigs = new HashMap<>();
    private final Map<WellKnownTrait, DefId> lang = new HashMap<>();
    private final Map<String, DefId> implNames = new HashMap<>();
    private Solver solver;

    static TestProgram parse(String src) {
        TestProgram p = new TestProgram();
        new Parser(p, src, Map.of()).items();
        return p;
    }

    Solver solver() {
        if (solver == null) solver = new Solver(this);
        return solver;
    }

    Query query() {
        return new Query();
    }

    DefId trait(String name) {
        return require(traits.get(name), name);
    }

    DefId adt(String name) {
        return require(adts.get(name), name);
    }

    DefId assoc(String trait, String name) {
        return require(assocByName.get(trait(trait)).get(name), name);
    }

    /** The impl declared with {@code #[name(n)]}. */
    DefId impl(String name) {
        return require(implNames.get(name), name);
    }

    private static DefId require(DefId d, String name) {
        if (d == null) throw new IllegalArgumentException("unknown name " + name);
        return d;
    }

    /** Makes {@code name} usable in types: e.g. a closure type built by {@link #closure}. */
    void define(String name, Ty ty) {
        namedTypes.put(name, ty);
    }

    /** A closure type of kind {@code kind} (Fn/FnMut/FnOnce or "?" for not inferred yet). */
    Ty closure(String kind, String sig, String... captures) {
        return closure(new Query(), kind, sig, captures);
    }

    private Ty closure(Query q, String kind, String sig, String... captures) {
        DefId def = new DefId(nextDef++);
        Ty kindTy = switch (kind) {
            case "Fn" -> Ty.I8;
            case "FnMut" -> Ty.I16;
            case "FnOnce" -> Ty.I32;
            default -> q.table.newTyVar();
        };
        List<Ty> caps = new ArrayList<>();
        for (String c : captures) caps.add(q.ty(c));
        return Ty.intern(new Ty.Closure(def, GenericArgs.of(kindTy, q.ty(sig), Ty.tuple(caps))));
    }

    // ---- TraitDatabase ----

    @Override
    public List<DefId> implsFor(DefId trait) {
        return implData.values().stream().filter(i -> i.traitRef().traitId().equals(trait)).map(ImplDatum::id).toList();
    }

    @Override
    public ImplDatum implDatum(DefId impl) {
        return implData.get(impl);
    }

    @Override
    public Optional<Ty> implAssocTy(DefId impl, DefId assocItem) {
        return Optional.ofNullable(implValues.getOrDefault(impl, Map.of()).get(assocItem));
    }

    @Override
    public TraitDatum traitDatum(DefId trait) {
        return traitData.get(trait);
    }

    @Override
    public AssocTypeDatum assocTypeDatum(DefId assocType) {
        return assocData.get(assocType);
    }

    @Override
    public AdtDef adtDef(DefId adt) {
        return adtData.get(adt);
    }

    @Override
    public List<Predicate> adtWhereClauses(DefId adt) {
        return adtWhere.getOrDefault(adt, List.of());
    }

    @Override
    public Optional<DefId> wellKnownTrait(WellKnownTrait role) {
        return Optional.ofNullable(lang.get(role));
    }

    @Override
    public Optional<DefId> fnOnceOutput() {
        DefId fnOnce = lang.get(WellKnownTrait.FN_ONCE);
        return fnOnce == null ? Optional.empty() : Optional.ofNullable(assocByName.get(fnOnce).get("Output"));
    }

    @Override
    public FnSig fnSig(DefId fn) {
        return fnSigs.get(fn);
    }

    /** A goal to solve with its own inference table, environment and generic parameters. */
    final class Query {
        final InferenceTable table = new InferenceTable();
        private final Map<String, Ty> vars = new HashMap<>();
        private final Map<String, Integer> params = new LinkedHashMap<>();
        private ParamEnv env = ParamEnv.EMPTY;

        /** The generic parameters of the item being checked (rigid in goals). */
        Query generics(String... names) {
            for (String n : names) params.put(n, params.size());
            return where();
        }

        /** Where-clauses in scope, e.g. {@code "T: Display"}; the params get implied Sized unless ?Sized. */
        Query where(String... preds) {
            for (String s : preds) parser(s).whereClause(explicit, unsized);
            List<Predicate> ps = new ArrayList<>(explicit);
            DefId sized = lang.get(WellKnownTrait.SIZED);
            if (sized != null) {
                for (var e : params.entrySet()) {
                    if (!unsized.contains(e.getKey())) {
                        ps.add(new Predicate.Trait(new TraitRef(sized, GenericArgs.of(Ty.param(e.getValue(), Symbol.intern(e.getKey()))))));
                    }
                }
            }
            env = ParamEnv.elaborate(TestProgram.this, ps);
            return this;
        }

        private final List<Predicate> explicit = new ArrayList<>();
        private final List<String> unsized = new ArrayList<>();

        /** A closure type whose signature may mention this query's inference variables. */
        Ty closure(String kind, String sig, String... captures) {
            return TestProgram.this.closure(this, kind, sig, captures);
        }

        ParamEnv env() {
            return env;
        }

        Ty ty(String s) {
            Parser p = parser(s);
            Ty t = p.ty();
            p.end();
            return t;
        }

        Goal goal(String s) {
            Parser p = parser(s);
            Goal g = p.goal();
            p.end();
            return g;
        }

        Solution solve(String goal) {
            return solver().solve(env, goal(goal), table);
        }

        Solution evaluate(String goal) {
            return solver().evaluate(env, goal(goal), table);
        }

        /** An inference variable of this query (created on first use, e.g. {@code "?x"}). */
        Ty var(String name) {
            return ty(name.startsWith("?") ? name : "?" + name);
        }

        /** What a variable is bound to now, deeply resolved. */
        Ty resolved(String name) {
            return table.resolve(var(name));
        }

        Ty normalize(String ty) {
            return solver().normalize(env, ty(ty));
        }

        private Parser parser(String s) {
            return new Parser(TestProgram.this, s, params) {
                @Override
                Ty inferVar(String name) {
                    return vars.computeIfAbsent(name, n -> n.startsWith("int") ? table.newIntVar()
                            : n.startsWith("float") ? table.newFloatVar() : table.newTyVar());
                }
            };
        }
    }

    // ---- the parser ----

    static class Parser {
        private final TestProgram p;
        private final List<String> toks = new ArrayList<>();
        /** Names of const generic parameters declared so far (names are unique in tests). */
        private final java.util.Set<String> constNames = new java.util.HashSet<>();
        private int pos;
        private Map<String, Integer> scope;

        Parser(TestProgram p, String src, Map<String, Integer> scope) {
            this.p = p;
            this.scope = scope;
            int i = 0;
            while (i < src.length()) {
                char c = src.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (src.startsWith("//", i)) {
                    while (i < src.length() && src.charAt(i) != '\n') i++;
                } else if (Character.isLetterOrDigit(c) || c == '_' || c == '\'') {
                    int j = i + 1;
                    while (j < src.length() && (Character.isLetterOrDigit(src.charAt(j)) || src.charAt(j) == '_')) j++;
                    toks.add(src.substring(i, j));
                    i = j;
                } else if (src.startsWith("::", i) || src.startsWith("->", i) || src.startsWith("==", i)) {
                    toks.add(src.substring(i, i + 2));
                    i += 2;
                } else {
                    toks.add(String.valueOf(c));
                    i++;
                }
            }
        }

        Ty inferVar(String name) {
            throw new IllegalStateException("inference variables only in queries");
        }

        private String peek() {
            return pos < toks.size() ? toks.get(pos) : "<eof>";
        }

        private String peek(int k) {
            return pos + k < toks.size() ? toks.get(pos + k) : "<eof>";
        }

        private boolean eat(String t) {
            if (peek().equals(t)) {
                pos++;
                return true;
            }
            return false;
        }

        private String next() {
            if (pos >= toks.size()) throw error("unexpected end");
            return toks.get(pos++);
        }

        private void expect(String t) {
            if (!eat(t)) throw error("expected " + t);
        }

        void end() {
            if (pos < toks.size()) throw error("trailing input");
        }

        private IllegalArgumentException error(String msg) {
            return new IllegalArgumentException(msg + " at '" + peek() + "' in: "
                    + String.join(" ", toks.subList(Math.max(0, pos - 12), Math.min(toks.size(), pos + 4))));
        }

        // ---- items ----

        void items() {
            // Declare ADT names first, so that types may refer to ADTs declared later.
            for (int i = 0; i + 1 < toks.size(); i++) {
                String t = toks.get(i);
                if ((t.equals("struct") || t.equals("enum")) && !p.adts.containsKey(toks.get(i + 1))) {
                    p.adts.put(toks.get(i + 1), new DefId(p.nextDef++));
                }
            }
            while (pos < toks.size()) item();
        }

        private void item() {
            String langName = null;
            String implName = null;
            boolean marker = false;
            while (eat("#")) {
                expect("[");
                String attr = next();
                if (attr.equals("marker")) {
                    marker = true;
                } else {
                    expect("(");
                    String v = next();
                    expect(")");
                    if (attr.equals("lang")) langName = v; else implName = v;
                }
                expect("]");
            }
            boolean auto = eat("auto");
            switch (next()) {
                case "trait" -> traitItem(langName, auto, marker);
                case "struct" -> adtItem(AdtDef.Kind.STRUCT);
                case "enum" -> adtItem(AdtDef.Kind.ENUM);
                case "impl" -> implItem(implName);
                case "fn" -> fnItem();
                default -> throw error("item expected");
            }
        }

        /** {@code <A, B: Bound>}: declares the names in scope from {@code base}, collects bounds. */
        private List<String> genericsDecl(List<String> bounds) {
            List<String> names = new ArrayList<>();
            if (eat("<")) {
                while (!eat(">")) {
                    if (eat("const")) {
                        String c = next();
                        expect(":");
                        next();
                        names.add(c);
                        constNames.add(c);
                        eat(",");
                        continue;
                    }
                    String n = next();
                    names.add(n);
                    if (peek().equals(":")) {
                        StringBuilder b = new StringBuilder(n);
                        int depth = 0;
                        while (true) {
                            String t = peek();
                            if (depth == 0 && (t.equals(",") || t.equals(">"))) break;
                            if (t.equals("<")) depth++;
                            if (t.equals(">")) depth--;
                            b.append(' ').append(next());
                        }
                        bounds.add(b.toString());
                    }
                    eat(",");
                }
            }
            return names;
        }

        private Map<String, Integer> scopeOf(List<String> names, int offset) {
            Map<String, Integer> m = new HashMap<>();
            for (int i = 0; i < names.size(); i++) m.put(names.get(i), i + offset);
            return m;
        }

        private List<Predicate> boundsAndWhere(List<String> bounds, List<String> typeParams, int offset) {
            List<Predicate> ps = new ArrayList<>();
            List<String> unsized = new ArrayList<>();
            for (String b : bounds) {
                Parser q = sub(b);
                q.whereClause(ps, unsized);
            }
            if (eat("where")) {
                while (!peek().equals("{") && !peek().equals(";")) {
                    whereClause(ps, unsized);
                    eat(",");
                }
            }
            DefId sized = p.lang.get(WellKnownTrait.SIZED);
            if (sized != null) {
                for (int i = 0; i < typeParams.size(); i++) {
                    if (typeParams.get(i).isEmpty() || unsized.contains(typeParams.get(i))) continue;
                    ps.add(new Predicate.Trait(new TraitRef(sized,
                            GenericArgs.of(Ty.param(i + offset, Symbol.intern(typeParams.get(i)))))));
                }
            }
            return ps;
        }

        private Parser sub(String src) {
            Parser outer = this;
            Parser q = new Parser(p, src, scope) {
                @Override
                Ty inferVar(String name) {
                    return outer.inferVar(name);
                }
            };
            return q;
        }

        private void traitItem(String langName, boolean auto, boolean marker) {
            String name = next();
            DefId id = new DefId(p.nextDef++);
            p.traits.put(name, id);
            if (langName != null) p.lang.put(WellKnownTrait.valueOf(langName.toUpperCase()), id);
            List<String> bounds = new ArrayList<>();
            List<String> params = genericsDecl(bounds);
            List<String> all = new ArrayList<>(List.of("Self"));
            all.addAll(params);
            scope = scopeOf(all, 0);
            List<Predicate> wcs = new ArrayList<>();
            if (eat(":")) {
                List<String> unsized = new ArrayList<>();
                parseBounds(Ty.param(0, Symbol.intern("Self")), wcs, unsized);
            }
            List<String> paramBounds = new ArrayList<>(bounds);
            wcs.addAll(boundsAndWhere(paramBounds, List.of(), 0));
            List<GenericParamKind> kinds = all.stream().map(x -> GenericParamKind.TYPE).toList();
            Map<String, DefId> assocs = new LinkedHashMap<>();
            p.assocByName.put(id, assocs);
            List<DefId> methods = new ArrayList<>();
            // Register the trait before its body so the body can mention it (`<Self as Trait>::X`).
            p.traitData.put(id, new TraitDatum(id, kinds, wcs, List.of(), List.of(), auto, marker));
            expect("{");
            GenericArgs identity = identity(all);
            while (!eat("}")) {
                if (eat("type")) {
                    String an = next();
                    DefId aid = new DefId(p.nextDef++);
                    assocs.put(an, aid);
                    // GAT parameters follow the trait's in the alias arguments.
                    List<String> own = genericsDecl(new ArrayList<>());
                    List<String> withOwn = new ArrayList<>(all);
                    withOwn.addAll(own);
                    Map<String, Integer> traitScope = scope;
                    scope = scopeOf(withOwn, 0);
                    List<GenericParamKind> ownKinds = own.stream().map(x -> GenericParamKind.TYPE).toList();
                    p.assocData.put(aid, new AssocTypeDatum(aid, id, ownKinds, List.of(), Optional.empty()));
                    Ty alias = Ty.intern(new Ty.Alias(aid, identity(withOwn)));
                    List<Predicate> abounds = new ArrayList<>();
                    List<String> unsizedAssoc = new ArrayList<>();
                    if (eat(":")) parseBounds(alias, abounds, unsizedAssoc);
                    DefId sizedTrait = p.lang.get(WellKnownTrait.SIZED);
                    if (sizedTrait != null && unsizedAssoc.isEmpty()) {
                        abounds.add(new Predicate.Trait(new TraitRef(sizedTrait, GenericArgs.of(alias))));
                    }
                    Optional<Ty> dflt = eat("=") ? Optional.of(ty()) : Optional.empty();
                    expect(";");
                    scope = traitScope;
                    p.assocData.put(aid, new AssocTypeDatum(aid, id, ownKinds, abounds, dflt));
                } else {
                    expect("fn");
                    next();
                    expect(";");
                    methods.add(new DefId(p.nextDef++));
                }
            }
            p.traitData.put(id, new TraitDatum(id, kinds, wcs, List.copyOf(assocs.values()), methods, auto, marker));
            scope = Map.of();
        }

        private static GenericArgs identity(List<String> names) {
            List<GenericArg> l = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) l.add(Ty.param(i, Symbol.intern(names.get(i))));
            return new GenericArgs(l);
        }

        private void adtItem(AdtDef.Kind kind) {
            String name = next();
            DefId id = p.adts.get(name);
            List<String> bounds = new ArrayList<>();
            List<String> params = genericsDecl(bounds);
            scope = scopeOf(params, 0);
            p.adtWhere.put(id, boundsAndWhere(bounds, params, 0));
            List<AdtDef.VariantDef> variants = new ArrayList<>();
            if (kind == AdtDef.Kind.STRUCT) {
                List<AdtDef.FieldDef> fields = eat(";") ? List.of() : fields();
                variants.add(new AdtDef.VariantDef(id, Symbol.intern(name), AdtDef.CtorKind.STRUCT, fields, BigInteger.ZERO));
            } else {
                expect("{");
                while (!eat("}")) {
                    String vn = next();
                    List<AdtDef.FieldDef> fields = peek().equals("{") || peek().equals("(") ? fields() : List.of();
                    variants.add(new AdtDef.VariantDef(new DefId(p.nextDef++), Symbol.intern(vn), AdtDef.CtorKind.TUPLE,
                            fields, BigInteger.valueOf(variants.size())));
                    eat(",");
                }
            }
            p.adtData.put(id, new AdtDef(id, Symbol.intern(name), kind, variants, null, false, false));
            scope = Map.of();
        }

        /** {@code { a: T, b: U }} or {@code (T, U)}. */
        private List<AdtDef.FieldDef> fields() {
            List<AdtDef.FieldDef> out = new ArrayList<>();
            boolean named = eat("{");
            if (!named) expect("(");
            String close = named ? "}" : ")";
            while (!eat(close)) {
                String fname = String.valueOf(out.size());
                if (named) {
                    fname = next();
                    expect(":");
                }
                out.add(new AdtDef.FieldDef(new DefId(p.nextDef++), Symbol.intern(fname), ty(), true));
                eat(",");
            }
            return out;
        }

        private void implItem(String implName) {
            DefId id = new DefId(p.nextDef++);
            if (implName != null) p.implNames.put(implName, id);
            List<String> bounds = new ArrayList<>();
            List<String> params = genericsDecl(bounds);
            scope = scopeOf(params, 0);
            Polarity polarity = eat("!") ? Polarity.NEGATIVE : Polarity.POSITIVE;
            DefId trait = p.trait(next());
            List<GenericArg> args = new ArrayList<>();
            args.add(null);
            if (eat("<")) {
                while (!eat(">")) {
                    args.add(ty());
                    eat(",");
                }
            }
            expect("for");
            args.set(0, ty());
            List<Predicate> wcs = boundsAndWhere(bounds,
                    params.stream().map(x -> constNames.contains(x) ? "" : x).toList(), 0);
            Map<DefId, Ty> values = new HashMap<>();
            expect("{");
            while (!eat("}")) {
                expect("type");
                String an = next();
                List<String> own = genericsDecl(new ArrayList<>());
                Map<String, Integer> implScope = scope;
                List<String> withOwn = new ArrayList<>(params);
                withOwn.addAll(own);
                scope = scopeOf(withOwn, 0);
                expect("=");
                values.put(p.assocByName.get(trait).get(an), ty());
                expect(";");
                scope = implScope;
            }
            p.implData.put(id, new ImplDatum(id, params.stream()
                    .map(x -> constNames.contains(x) ? GenericParamKind.CONST : GenericParamKind.TYPE).toList(),
                    new TraitRef(trait, new GenericArgs(args)), wcs, polarity));
            p.implValues.put(id, values);
            scope = Map.of();
        }

        private void fnItem() {
            String name = next();
            DefId id = new DefId(p.nextDef++);
            p.fns.put(name, id);
            List<String> params = genericsDecl(new ArrayList<>());
            scope = scopeOf(params, 0);
            expect("(");
            List<Ty> inputs = new ArrayList<>();
            while (!eat(")")) {
                inputs.add(ty());
                eat(",");
            }
            Ty out = eat("->") ? ty() : Ty.UNIT;
            boolean unsafe = false;
            expect(";");
            p.fnSigs.put(id, new FnSig(inputs, out, false, unsafe, "Rust", 0));
            scope = Map.of();
        }

        // ---- predicates and goals ----

        /** {@code Ty: Bound + ..} (with {@code ?Sized} recorded in {@code unsized}) into {@code out}. */
        void whereClause(List<Predicate> out, List<String> unsized) {
            int start = pos;
            Ty self = ty();
            expect(":");
            String selfName = toks.get(start);
            List<String> u = new ArrayList<>();
            parseBounds(self, out, u);
            if (!u.isEmpty()) unsized.add(selfName);
        }

        private void parseBounds(Ty self, List<Predicate> out, List<String> unsized) {
            do {
                if (eat("?")) {
                    next();
                    unsized.add("?Sized");
                    continue;
                }
                if (peek().startsWith("'")) {
                    next();
                    continue;
                }
                DefId trait = p.trait(next());
                List<GenericArg> args = new ArrayList<>(List.of(self));
                List<Object[]> projections = new ArrayList<>();
                if (eat("<")) {
                    while (!eat(">")) {
                        if (peek(1).equals("=")) {
                            String an = next();
                            expect("=");
                            projections.add(new Object[]{an, ty()});
                        } else {
                            args.add(ty());
                        }
                        eat(",");
                    }
                }
                TraitRef tr = new TraitRef(trait, new GenericArgs(args));
                out.add(new Predicate.Trait(tr));
                for (Object[] pr : projections) {
                    DefId assoc = p.assocByName.get(trait).get((String) pr[0]);
                    out.add(new Predicate.Projection((Ty.Alias) Ty.intern(new Ty.Alias(assoc, tr.args())), (Ty) pr[1]));
                }
            } while (eat("+"));
        }

        /**
         * {@code T: Trait<..>}, {@code <T as Trait>::A == U} (normalize), {@code A == B} (equate),
         * {@code WF(T)}, {@code G1, G2} (all), {@code forall<T> { G }}.
         */
        Goal goal() {
            List<Goal> gs = new ArrayList<>();
            do {
                gs.add(singleGoal());
            } while (eat(","));
            return gs.size() == 1 ? gs.getFirst() : new Goal.All(gs);
        }

        private Goal singleGoal() {
            if (eat("forall")) {
                expect("<");
                List<String> names = new ArrayList<>();
                while (!eat(">")) {
                    names.add(next());
                    eat(",");
                }
                Map<String, Integer> saved = scope;
                Map<String, Integer> inner = new HashMap<>(scope);
                for (int i = 0; i < names.size(); i++) inner.put(names.get(i), -1 - i); // bound, see name()
                scope = inner;
                expect("{");
                Goal body = goal();
                expect("}");
                scope = saved;
                return new Goal.ForAll(names.size(), body);
            }
            if (peek().equals("WF")) {
                next();
                expect("(");
                Ty t = ty();
                expect(")");
                return new Goal.WellFormed(t);
            }
            Ty self = ty();
            if (eat("==")) {
                Ty other = ty();
                return self instanceof Ty.Alias a ? new Goal.Normalize(a, other) : new Goal.Equate(self, other);
            }
            expect(":");
            List<Predicate> ps = new ArrayList<>();
            parseBounds(self, ps, new ArrayList<>());
            List<Goal> gs = ps.stream().map(Goal::of).toList();
            return gs.size() == 1 ? gs.getFirst() : new Goal.All(gs);
        }

        // ---- types ----

        Ty ty() {
            String t = next();
            switch (t) {
                case "&" -> {
                    if (peek().startsWith("'")) next();
                    boolean mut = eat("mut");
                    return Ty.ref(Region.ERASED, ty(), mut ? Mutability.MUT : Mutability.NOT);
                }
                case "*" -> {
                    boolean mut = next().equals("mut");
                    return Ty.ptr(ty(), mut ? Mutability.MUT : Mutability.NOT);
                }
                case "!" -> {
                    return Ty.NEVER;
                }
                case "[" -> {
                    Ty elem = ty();
                    if (eat(";")) {
                        String len = next();
                        expect("]");
                        if (scope.containsKey(len)) return Ty.array(elem, new Const.Param(scope.get(len), Symbol.intern(len)));
                        return Ty.array(elem, Const.usize(Long.parseLong(len)));
                    }
                    expect("]");
                    return Ty.slice(elem);
                }
                case "(" -> {
                    List<Ty> elems = new ArrayList<>();
                    boolean comma = false;
                    while (!eat(")")) {
                        elems.add(ty());
                        comma = eat(",");
                    }
                    if (elems.size() == 1 && !comma) return elems.getFirst();
                    return Ty.tuple(elems);
                }
                case "?" -> {
                    return inferVar(next());
                }
                case "<" -> {
                    Ty self = ty();
                    expect("as");
                    DefId trait = p.trait(next());
                    List<GenericArg> args = new ArrayList<>(List.of(self));
                    if (eat("<")) {
                        while (!eat(">")) {
                            args.add(ty());
                            eat(",");
                        }
                    }
                    expect(">");
                    expect("::");
                    DefId assoc = p.assocByName.get(trait).get(next());
                    if (eat("<")) {
                        while (!eat(">")) {
                            args.add(ty());
                            eat(",");
                        }
                    }
                    return Ty.intern(new Ty.Alias(assoc, new GenericArgs(args)));
                }
                case "fn" -> {
                    expect("(");
                    List<Ty> inputs = new ArrayList<>();
                    while (!eat(")")) {
                        inputs.add(ty());
                        eat(",");
                    }
                    Ty out = eat("->") ? ty() : Ty.UNIT;
                    return Ty.intern(new Ty.FnPtr(FnSig.of(inputs, out)));
                }
                case "dyn" -> {
                    return dyn();
                }
                default -> {
                    return named(t);
                }
            }
        }

        private Ty dyn() {
            List<ExistentialPredicate> principal = new ArrayList<>();
            List<ExistentialPredicate> rest = new ArrayList<>();
            do {
                DefId trait = p.trait(next());
                if (p.traitData.get(trait).isAuto()) {
                    rest.add(new ExistentialPredicate.AutoTrait(trait));
                    continue;
                }
                List<GenericArg> args = new ArrayList<>();
                if (eat("<")) {
                    while (!eat(">")) {
                        if (peek(1).equals("=")) {
                            String an = next();
                            expect("=");
                            Ty v = ty();
                            rest.addFirst(new ExistentialPredicate.Projection(p.assocByName.get(trait).get(an), null, v));
                        } else {
                            args.add(ty());
                        }
                        eat(",");
                    }
                }
                GenericArgs a = new GenericArgs(args);
                principal.add(new ExistentialPredicate.Trait(trait, a));
                // Projection args are the trait's args (without Self).
                for (int i = 0; i < rest.size(); i++) {
                    if (rest.get(i) instanceof ExistentialPredicate.Projection pr && pr.args() == null) {
                        rest.set(i, new ExistentialPredicate.Projection(pr.assocItem(), a, pr.term()));
                    }
                }
            } while (eat("+"));
            List<ExistentialPredicate> all = new ArrayList<>(principal);
            all.addAll(rest);
            return Ty.intern(new Ty.Dynamic(all, Region.ERASED));
        }

        private Ty named(String t) {
            IntKind ik = IntKind.byName(t);
            if (ik != null) return Ty.of(ik);
            switch (t) {
                case "bool" -> {
                    return Ty.BOOL;
                }
                case "char" -> {
                    return Ty.CHAR;
                }
                case "str" -> {
                    return Ty.STR;
                }
                case "f32" -> {
                    return Ty.F32;
                }
                case "f64" -> {
                    return Ty.F64;
                }
                default -> {
                }
            }
            Integer param = scope.get(t);
            if (param != null) {
                return param >= 0 ? Ty.param(param, Symbol.intern(t)) : Ty.intern(new Ty.Bound(1, -1 - param));
            }
            Ty named = p.namedTypes.get(t);
            if (named != null) return named;
            List<GenericArg> args = new ArrayList<>();
            if (eat("<")) {
                while (!eat(">")) {
                    args.add(ty());
                    eat(",");
                }
            }
            DefId adt = p.adts.get(t);
            if (adt != null) return Ty.adt(adt, new GenericArgs(args));
            DefId fn = p.fns.get(t);
            if (fn != null) return Ty.fnDef(fn, new GenericArgs(args));
            throw error("unknown type " + t);
        }
    }
}
