package dev.ferrite.span;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One file of source text, held as UTF-8 bytes. {@code startPos} is the global position of its
 * first byte; the file covers {@code [startPos, startPos + bytes.length]} (the end position is
 * valid, so an "unexpected end of file" span can point just past the last byte).
 */
public final class SourceFile {
    private final String name;
    private final byte[] bytes;
    private final int startPos;
    /** Byte offsets (relative to the file) at which each line starts. */
    private final int[] lineStarts;

    SourceFile(String name, byte[] bytes, int startPos) {
        this.name = name;
        this.bytes = bytes;
        this.startPos = startPos;
        // As rustc: a newline at the very end does not start another (empty) line, so the end of
        // the file still belongs to the last line.
        int n = 1;
        for (int i = 0; i < bytes.length - 1; i++) if (bytes[i] == '\n') n++;
        int[] starts = new int[n];
        int k = 1;
        for (int i = 0; i < bytes.length - 1; i++) if (bytes[i] == '\n') starts[k++] = i + 1;
        this.lineStarts = starts;
    }

    /** The name shown in diagnostics (the path as the user gave it). */
    public String name() {
        return name;
    }

    /** The raw UTF-8 bytes; do not modify. */
    public byte[] bytes() {
        return bytes;
    }

    public int startPos() {
        return startPos;
    }

    public int endPos() {
        return startPos + bytes.length;
    }

    public boolean containsPos(int pos) {
        return pos >= startPos && pos <= endPos();
    }

    /** The span of the whole file. */
    public Span span() {
        return new Span(startPos, endPos());
    }

    /** Text of {@code [lo, hi)} given as file-relative byte offsets. */
    public String text(int lo, int hi) {
        return new String(bytes, lo, hi - lo, StandardCharsets.UTF_8);
    }

    /** The whole file as a string. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 0-based line index of a file-relative byte offset. */
    public int lineIndex(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** The text of a 0-based line without its line terminator ({@code \n} or {@code \r\n}). */
    public String lineText(int line) {
        int lo = lineStarts[line];
        int hi = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : bytes.length;
        if (hi > lo && hi == bytes.length && bytes[hi - 1] == '\n') hi--;
        if (hi > lo && bytes[hi - 1] == '\r') hi--;
        return text(lo, Math.max(lo, hi));
    }

    public int lineStart(int line) {
        return lineStarts[line];
    }

    /**
     * The 0-based column of a file-relative byte offset, counted in Unicode scalar values as rustc
     * counts them for {@code file:line:col}.
     */
    public int charColumn(int offset) {
        int start = lineStarts[lineIndex(offset)];
        int col = 0;
        for (int i = start; i < offset && i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) != 0x80) col++;
        }
        return col;
    }
}
