package dev.hindsight.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hindsight.build.CheckResult;
import dev.hindsight.diagnostic.Diagnostic;

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
