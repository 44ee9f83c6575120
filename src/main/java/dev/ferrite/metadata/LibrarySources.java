package dev.ferrite.driver;

import java.io.IOException;
import java.io.InputStream;

/**
 * The sources of Ferrite's standard library ({@code library/} in the repository), packaged in the
 * jar under {@code ferrite-library/}. Files are named in diagnostics as {@code library/core/src/...}.
 */
final class LibrarySources {
    static final String PREFIX = "library/";

    private LibrarySources() {
    }

    /** The bytes of {@code library/<path>}, or null if there is no such file. */
    static byte[] read(String path) {
        String rel = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
        try (InputStream in = LibrarySources.class.getResourceAsStream("/ferrite-library/" + rel)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
