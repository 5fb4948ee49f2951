package dev.hindsight.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hindsight.build.CheckResult;
import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.diagnostic.Diagnostics;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints diagnostics as GCC-style lines for people, or as JSON for editors and CI annotations. */
final class DiagnosticPrinter {

    enum Format { text, json }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiagnosticPrinter() {
    }

    static void printText(CheckResult result, PrintWriter out) {
        result.diagnostics().forEach(d -> out.println(d.format()));
        out.println(result.summary());
        out.flush();
    }

    /** Prints problems that stop a command before it writes anything, and what to do; the exit code to return. */
    static int refuse(Diagnostics problems, PrintWriter err, String then) {
        problems.toList().stream().sorted(Diagnostic.ORDER).forEach(d -> err.println(d.format()));
        err.println("Nothing was written; " + then + ".");
        err.flush();
        return ExitCode.CONTENT_ERRORS;
    }

    static void printJson(List<Diagnostic> diagnostics, PrintWriter out) {
        List<Map<String, Object>> rows = diagnostics.stream().map(DiagnosticPrinter::row).toList();
        try {
            out.println(JSON.writeValueAsString(rows));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    private static Map<String, Object> row(Diagnostic d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", d.file());
        row.put("line", d.line());
        row.put("column", d.column());
        row.put("severity", d.severity().label());
        row.put("code", d.code());
        row.put("message", d.message());
        return row;
    }
}
