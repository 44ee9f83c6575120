package dev.ferrite.metadata;

import dev.ferrite.serialize.DecodeException;
import dev.ferrite.serialize.Encoder;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * The frame of Ferrite's cache files: an 8-byte magic, the format {@link #VERSION}, a CRC32C of
 * everything after the 20-byte header, and the offset of the table of contents (a run of u32
 * offsets and counts at the end). A file that is cut short, changed on disk or of another format
 * fails {@link #open}, and is then built again.
 */
final class FileFrame {
    /** Changes whenever a cache file's layout changes (the build's hash in the key covers the rest). */
    static final int VERSION = 1;
    static final int HEADER = 20;

    private FileFrame() {
    }

    /** Starts a file: the header, to be completed by {@link #finish}. */
    static void begin(Encoder e, byte[] magic) {
        e.writeBytes(magic);
        e.writeFixedInt(VERSION);
        e.writeFixedInt(0); // crc
        e.writeFixedInt(0); // toc
    }

    /** Writes the table of contents and completes the header; returns the file's bytes. */
    static byte[] finish(Encoder e, int... toc) {
        int at = e.position();
        for (int v : toc) e.writeFixedInt(v);
        byte[] data = e.toByteArray();
        putInt(data, 16, at);
        CRC32C crc = new CRC32C();
        crc.update(data, HEADER, data.length - HEADER);
        putInt(data, 12, (int) crc.getValue());
        return data;
    }

    /** Checks the frame; returns the {@code entries} u32s of the table of contents. */
    static int[] open(byte[] data, byte[] magic, int entries) {
        if (data.length < HEADER + 4 * entries || !Arrays.equals(data, 0, 8, magic, 0, 8) || getInt(data, 8) != VERSION) {
            throw new DecodeException("not a Ferrite cache file of this version");
        }
        CRC32C crc = new CRC32C();
        crc.update(data, HEADER, data.length - HEADER);
        if ((int) crc.getValue() != getInt(data, 12)) throw new DecodeException("cache file checksum mismatch");
        int toc = getInt(data, 16);
        if (toc < HEADER || toc + 4 * entries > data.length) throw new DecodeException("bad table of contents");
        int[] t = new int[entries];
        for (int i = 0; i < entries; i++) t[i] = getInt(data, toc + 4 * i);
        return t;
    }

    static void putInt(byte[] data, int at, int v) {
        data[at] = (byte) (v >>> 24);
        data[at + 1] = (byte) (v >>> 16);
        data[at + 2] = (byte) (v >>> 8);
        data[at + 3] = (byte) v;
    }

    static int getInt(byte[] data, int at) {
        return ((data[at] & 0xFF) << 24) | ((data[at + 1] & 0xFF) << 16) | ((data[at + 2] & 0xFF) << 8) | (data[at + 3] & 0xFF);
    }
}
