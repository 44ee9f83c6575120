package dev.ferrite.driver;

import java.io.PrintStream;
import java.util.List;

/** {@code ferrite parse FILE...}: parses many files, names each failing one, prints a summary. */
final class ParseCommand {
    private ParseCommand() {
    }

    static int run(Cli.Options opts, List<String> inputs, PrintStream out, PrintStream err) {
        throw new UnsupportedOperationException("`ferrite parse` is not implemented yet");
    }
}
