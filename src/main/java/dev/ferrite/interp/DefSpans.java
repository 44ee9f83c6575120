package dev.ferrite.interp;

import dev.ferrite.span.Span;

/**
 * Where an item's span starts as rustc has it: after its outer attributes (Ferrite's item spans
 * include them). What a {@code #[track_caller]} function called through a function pointer
 * reports as its location: its definition (rustc's ReifyShim).
 */
public final class DefSpans {
    private DefSpans() {
    }

    /** An item's span without its outer attributes (where rustc's spans of items start). */
    public static Span withoutAttributes(dev.ferrite.span.SourceMap sm, Span item) {
        if (sm == null || item.isDummy()) return item;
        dev.ferrite.span.SourceFile f = sm.fileAt(item.lo());
        if (f == null) return item;
        byte[] src = f.bytes();
        int i = item.lo() - f.startPos(), end = item.hi() - f.startPos();
        while (i < end) {
            if (Character.isWhitespace(src[i])) {
                i++;
            } else if (src[i] == '/' && i + 1 < end && src[i + 1] == '/') {
                while (i < end && src[i] != '\n') i++;
            } else if (src[i] == '/' && i + 1 < end && src[i + 1] == '*') {
                int depth = 0;
                do {
                    if (src[i] == '/' && i + 1 < end && src[i + 1] == '*') {
                        depth++;
                        i += 2;
                    } else if (src[i] == '*' && i + 1 < end && src[i + 1] == '/') {
                        depth--;
                        i += 2;
                    } else {
                        i++;
                    }
                } while (depth > 0 && i < end);
            } else if (src[i] == '#' && i + 1 < end && src[i + 1] == '[') {
                // brackets balance in an attribute, outside its string literals
                int depth = 0;
                i++;
                do {
                    if (src[i] == '"') {
                        i++;
                        while (i < end && src[i] != '"') i += src[i] == '\\' ? 2 : 1;
                    } else if (src[i] == '[') {
                        depth++;
                    } else if (src[i] == ']') {
                        depth--;
                    }
                    i++;
                } while (depth > 0 && i < end);
            } else {
                break;
            }
        }
        return i >= end ? item : new Span(f.startPos() + i, item.hi(), item.ctxt());
    }
}
