package dev.hindsight.cli;

import dev.hindsight.check.CheckResult;
import dev.hindsight.check.ProjectChecker;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.parse.BasePaths;
import dev.hindsight.publish.PublishException;
import dev.hindsight.publish.SitePublisher;
import dev.hindsight.render.Format;
import dev.hindsight.render.OutputFile;
import dev.hindsight.render.SiteRenderer;
import dev.hindsight.diagnostic.DisplayPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Check the postmortems and render the site; nothing is written when there are errors.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:built", "1:the postmortems have errors (nothing written)", "2:usage error",
                "3:I/O failure"})
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/site",
            description = "Folder to write the site to; replaced as a whole (default: ${DEFAULT-VALUE}).")
    Path outputFolder;

    @Option(names = "--base-path", paramLabel = "PATH",
            description = "Path the site is served under, such as /repo/ for a GitHub Pages project site "
                    + "(default, or when empty: base_path in the site config, else /).")
    String basePath;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The day overdue action items are judged against (default: today in the site's time zone).")
    LocalDate today;

    @Override
    public Integer call() throws PublishException {
        long start = System.nanoTime();
        inputs.requireSource(spec);
        if (basePath != null && !BasePaths.isValid(basePath)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "invalid --base-path '" + basePath
                    + "'; write a path such as / or /repo/");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SitePublisher publisher = new SitePublisher(outputFolder);
        List<Path> protectedInputs = List.of(inputs.source, inputs.config);
        publisher.verifyTarget(protectedInputs);

        CheckResult result = new ProjectChecker().check(inputs.source, inputs.config, inputs.drafts);
        if (!result.diagnostics().isEmpty()) {
            DiagnosticPrinter.printText(result, err);
        }
        if (!result.passes(strict)) {
            err.println("Nothing was published; fix the problems above and build again.");
            err.flush();
            return ExitCode.CONTENT_ERRORS;
        }
        SiteConfig site = basePath == null || basePath.isBlank() ? result.config()
                : result.config().withBasePath(BasePaths.normalize(basePath));
        LocalDate day = today != null ? today : LocalDate.now(site.timezone());
        List<OutputFile> files = new SiteRenderer(site, result.pages(), day).render(result.library());
        publisher.publish(files, protectedInputs, notice -> {
            err.println("hindsight: " + notice);
            err.flush();
        });

        int count = result.library().postmortems().size();
        out.printf(Locale.ROOT, "Built %s into %s in %.1f s%n", Format.count(count, "postmortem", "postmortems"),
                DisplayPaths.of(outputFolder), (System.nanoTime() - start) / 1e9);
        out.flush();
        return ExitCode.OK;
    }
}
