package dev.hindsight.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in one file, pointing at the offending value.
 *
 * @param file   path as shown to the user (relative to the working directory), control characters escaped
 * @param line   1-based line
 * @param column 1-based column
 * @param code   a stable rule code such as {@code severity} or {@code front-matter-missing}
 */
public record Diagnostic(String file, int line, int column, Severity severity, String code, String message) {

    public enum Severity {
        ERROR, WARNING;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    /** The file and message are escaped here, once for text and JSON alike: they quote the user's input. */
    public Diagnostic {
        file = Printable.escape(Objects.requireNonNull(file));
        Objects.requireNonNull(severity);
        Objects.requireNonNull(code);
        message = Printable.escape(Objects.requireNonNull(message));
        line = Math.max(1, line);
        column = Math.max(1, column);
    }

    public static Diagnostic error(String file, Position at, String code, String message) {
        return new Diagnostic(file, at.line(), at.column(), Severity.ERROR, code, message);
    }

    public static Diagnostic warning(String file, Position at, String code, String message) {
        return new Diagnostic(file, at.line(), at.column(), Severity.WARNING, code, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** GCC style, as editors and CI annotators expect: {@code file:line:col: error: message (code)}. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message + " (" + code + ")";
    }
}
