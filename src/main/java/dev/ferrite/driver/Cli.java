package dev.ferrite.driver;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the command line: {@code ferrite <command> [options] FILE [-- program args]}. Flags follow
 * rustc's spelling and wording so that error messages read the same.
 */
final class Cli {
    private Cli() {
    }

    static final String USAGE = """
            Usage: ferrite <COMMAND> [OPTIONS] INPUT [-- ARGS...]

            Commands:
                run       Compile and run a program
                build     Compile a program into an executable (`-o NAME`; by default named after the file)
                miri      Run a program in the interpreter that checks for undefined behaviour
                check     Check a program for errors without running it
                parse     Parse files and report syntax errors
                mir       Print the MIR of a program

            Options:
                -h, --help          Display this message
                    --edition <2015|2018|2021|2024>
                                    Specify which edition of the compiler to use
                    --error-format <human|json>
                                    How errors and other messages are produced
                -V, --version       Print version info and exit
            """;

    static int dispatch(String[] args, java.io.InputStream in, PrintStream out, PrintStream err, java.nio.file.Path cwd) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            out.print(USAGE);
            out.flush();
            return 0;
        }
        if (args[0].equals("-V") || args[0].equals("--version")) {
            out.println("ferrite 0.1.0");
            out.flush();
            return 0;
        }
        String command = args[0];
        Options opts = new Options();
        List<String> inputs = new ArrayList<>();
        int i = 1;
        for (; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                i++;
                break;
            }
            if (a.startsWith("-") && !a.equals("-")) {
                String error = opts.parse(args, i);
                if (error != null) {
                    Session.printError(err, error);
                    return 1;
                }
                i += opts.consumed - 1;
            } else {
                inputs.add(a);
            }
        }
        for (; i < args.length; i++) opts.programArgs.add(args[i]);
        return switch (command) {
            case "run", "miri", "check", "mir", "build" -> {
                if (inputs.isEmpty()) {
                    Session.printError(err, "no input filename given");
                    yield 1;
                }
                if (inputs.size() > 1) {
                    Session.printError(err, "multiple input filenames provided (first two filenames are `"
                            + inputs.get(0) + "` and `" + inputs.get(1) + "`)");
                    yield 1;
                }
                yield new Session(opts, in, out, err, cwd).compile(command, inputs.get(0));
            }
            case "parse" -> ParseCommand.run(opts, inputs, out, err);
            case "daemon" -> inputs.size() == 1 ? Daemon.main(java.nio.file.Path.of(inputs.get(0)), err) : 1;
            default -> {
                Session.printError(err, "unknown command `" + command + "`; expected one of `run`, `miri`, `check`, `parse`, `mir`");
                yield 1;
            }
        };
    }

    /** Options shared by all commands. */
    static final class Options {
        String edition = "2021";
        String errorFormat = "human";
        boolean pretty;
        /** {@code mir --borrowck-facts}: print each body's borrow-checking facts (Polonius's relations) after its MIR. */
        boolean borrowckFacts;
        /** {@code -Zunpretty=expanded}: print the user's crate after macro expansion (as rustc does). */
        boolean unprettyExpanded;
        /** {@code -Ztime-passes}: print each phase's wall time and memory to stderr (as rustc does). */
        boolean timePasses;
        /**
         * Whether `run` compiles the program to JVM bytecode (the default); {@code -Zengine=interp}
         * (or {@code FERRITE_ENGINE=interp}) runs it in the interpreter instead, as `miri` does.
         */
        boolean jvmEngine = !"interp".equals(System.getenv("FERRITE_ENGINE"));
        /** {@code -Zthreads=N}: threads for checking bodies (rustc's parallel front end); 0 means one per core. */
        int threads;
        final List<String> programArgs = new ArrayList<>();
        /** {@code -o FILENAME}: where {@code build} writes the executable. */
        String output;
        /**
         * {@code -Zrun-dir=DIR} (the daemon's, for the launcher's {@code run}): {@code build} writes
         * the program's jar alone ({@code DIR/program.jar}, run with Ferrite's jar on the class
         * path) and its command line ({@code DIR/argv}: the program's name and arguments, each
         * ended by a NUL byte), for the launcher to start.
         */
        String runDir;
        int consumed;

        /** Sets the {@code -Z} option {@code z}; false if Ferrite has no such option. */
        boolean zflag(String z) {
            switch (z) {
                case "unpretty=expanded" -> unprettyExpanded = true;
                case "time-passes" -> timePasses = true;
                case "engine=jvm" -> jvmEngine = true;
                case "engine=interp" -> jvmEngine = false;
                default -> {
                    if (z.startsWith("run-dir=") && z.length() > "run-dir=".length()) {
                        runDir = z.substring("run-dir=".length());
                        return true;
                    }
                    if (z.matches("threads=[0-9]{1,4}")) {
                        threads = Integer.parseInt(z.substring("threads=".length()));
                        return true;
                    }
                    return false;
                }
            }
            return true;
        }

        /** Parses the flag at {@code args[i]}; returns an error message or null. Sets {@link #consumed}. */
        String parse(String[] args, int i) {
            String a = args[i];
            consumed = 1;
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (a.startsWith("-Z") && a.length() > 2) {
                return zflag(a.substring(2)) ? null : "unknown unstable option: `" + a.substring(2) + "`";
            }
            switch (name) {
                case "--edition", "--error-format" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) return "Argument to option '" + name.substring(2) + "' missing";
                        value = args[i + 1];
                        consumed = 2;
                    }
                    if (name.equals("--edition")) {
                        if (!List.of("2015", "2018", "2021", "2024").contains(value)) {
                            return "argument for `--edition` must be one of: 2015|2018|2021|2024|future. (instead was `" + value + "`)";
                        }
                        edition = value;
                    } else {
                        if (!List.of("human", "json", "short").contains(value)) {
                            return "argument for `--error-format` must be `human`, `json` or `short` (instead was `" + value + "`)";
                        }
                        errorFormat = value;
                    }
                    return null;
                }
                case "-o" -> {
                    if (i + 1 >= args.length) return "Argument to option 'o' missing";
                    output = args[i + 1];
                    consumed = 2;
                    return null;
                }
                case "--pretty" -> {
                    pretty = true;
                    return null;
                }
                case "--borrowck-facts" -> {
                    borrowckFacts = true;
                    return null;
                }
                case "-Z" -> {
                    if (i + 1 < args.length && zflag(args[i + 1])) {
                        consumed = 2;
                        return null;
                    }
                    return i + 1 < args.length ? "unknown unstable option: `" + args[i + 1] + "`" : "Argument to option 'Z' missing";
                }
                default -> {
                    String shown = a.startsWith("--") ? a.substring(2) : a.substring(1);
                    return "Unrecognized option: '" + shown + "'";
                }
            }
        }
    }
}
