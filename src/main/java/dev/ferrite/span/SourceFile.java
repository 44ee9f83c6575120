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
    private final int startPos;
    private final int length;
    /** Where the text comes from when it is first needed (files of the library cached as metadata). */
    private java.util.function.Supplier<byte[]> loader;
    private volatile byte[] bytes;
    /** Byte offsets (relative to the file) at which each line starts. */
    private volatile int[] lineStarts;

    SourceFile(String name, byte[] bytes, int startPos) {
        this.name = name;
        this.bytes = bytes;
        this.length = bytes.length;
        this.startPos = startPos;
    }

    /** A file whose text is read on first use; it must be {@code length} bytes long. */
    SourceFile(String name, int length, java.util.function.Supplier<byte[]> loader, int startPos) {
        this.name = name;
        this.length = length;
        this.loader = loader;
        this.startPos = startPos;
    }

    private synchronized byte[] load() {
        if (bytes == null) {
            byte[] b = loader.get();
            if (b == null || b.length != length) {
                throw new IllegalStateException("source file " + name + " changed since it was compiled");
            }
            bytes = b;
            loader = null;
        }
        return bytes;
    }

    private int[] lines() {
        int[] starts = lineStarts;
        if (starts != null) return starts;
        byte[] bytes = bytes();
        // As rustc: a newline at the very end does not start another (empty) line, so the end of
        // the file still belongs to the last line.
        int n = 1;
        for (int i = 0; i < bytes.length - 1; i++) if (bytes[i] == '\n') n++;
        starts = new int[n];
        int k = 1;
        for (int i = 0; i < bytes.length - 1; i++) if (bytes[i] == '\n') starts[k++] = i + 1;
        lineStarts = starts;
        return starts;
    }

    /** The name shown in diagnostics (the path as the user gave it). */
    public String name() {
        return name;
    }

    /** The raw UTF-8 bytes; do not modify. */
    public byte[] bytes() {
        byte[] b = bytes;
        return b != null ? b : load();
    }

    public int startPos() {
        return startPos;
    }

    public int endPos() {
        return startPos + length;
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
        return new String(bytes(), lo, hi - lo, StandardCharsets.UTF_8);
    }

    /** The whole file as a string. */
    public String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    public int lineCount() {
        return lines().length;
    }

    /** 0-based line index of a file-relative byte offset. */
    public int lineIndex(int offset) {
        int i = Arrays.binarySearch(lines(), offset);
        return i >= 0 ? i : -i - 2;
    }

    /** The text of a 0-based line without its line terminator ({@code \n} or {@code \r\n}). */
    public String lineText(int line) {
        int[] lineStarts = lines();
        byte[] bytes = bytes();
        int lo = lineStarts[line];
        int hi = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : bytes.length;
        if (hi > lo && hi == bytes.length && bytes[hi - 1] == '\n') hi--;
        if (hi > lo && bytes[hi - 1] == '\r') hi--;
        return text(lo, Math.max(lo, hi));
    }

    public int lineStart(int line) {
        return lines()[line];
    }

    /**
     * The 0-based column of a file-relative byte offset, counted in Unicode scalar values as rustc
     * counts them for {@code file:line:col}.
     */
    public int charColumn(int offset) {
        int start = lines()[lineIndex(offset)];
        byte[] bytes = bytes();
        int col = 0;
        for (int i = start; i < offset && i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) != 0x80) col++;
        }
        return col;
    }
}
