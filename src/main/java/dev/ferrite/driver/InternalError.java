package dev.ferrite.driver;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Formats an internal compiler error the way rustc does; any such report is a bug in Ferrite. */
final class InternalError {
    private InternalError() {
    }

    static String report(Throwable e) {
        StringBuilder sb = new StringBuilder();
        sb.append("error: internal compiler error: ").append(e).append("\n\n");
        sb.append("note: the compiler unexpectedly panicked. this is a bug.\n\n");
        if (System.getenv("FERRITE_BACKTRACE") != null) {
            StringWriter sw = new StringWriter();
            e.printStackTrace(new PrintWriter(sw));
            sb.append(sw).append('\n');
        } else {
            StackTraceElement[] st = e.getStackTrace();
            if (st.length > 0) sb.append("note: thrown at ").append(st[0]).append("\n\n");
            sb.append("note: run with `FERRITE_BACKTRACE=1` environment variable to display a backtrace\n\n");
        }
        return sb.toString();
    }
}
