package dev.hindsight.cli;

import dev.hindsight.build.CheckResult;
import dev.hindsight.build.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Read and validate every postmortem and the site config; write nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (and no warnings with --strict)", "1:errors found", "2:usage error",
                "3:I/O failure"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DiagnosticPrinter.Format format;

    @Override
    public Integer call() {
        inputs.requireSource(spec);
        CheckResult result = Engine.forOneRun().check(inputs.project());
        var out = spec.commandLine().getOut();
        if (format == DiagnosticPrinter.Format.json) {
            DiagnosticPrinter.printJson(result.diagnostics(), out);
        } else {
            DiagnosticPrinter.printText(result, out);
        }
        return result.passes(strict) ? ExitCode.OK : ExitCode.CONTENT_ERRORS;
    }
}
