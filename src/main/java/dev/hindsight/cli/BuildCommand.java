package dev.hindsight.cli;

import dev.hindsight.build.BuildOptions;
import dev.hindsight.build.BuildOutcome;
import dev.hindsight.build.CheckResult;
import dev.hindsight.build.Engine;
import dev.hindsight.parse.BasePaths;
import dev.hindsight.parse.BaseUrls;
import dev.hindsight.publish.PublishException;
import dev.hindsight.render.Format;
import dev.hindsight.diagnostic.DisplayPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
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

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The site's absolute address, such as https://org.github.io/repo/, for feeds, the sitemap "
                    + "and canonical links (default, or when empty: base_url in the site config, else none).")
    String baseUrl;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Mixin
    TodayOption today;

    @Override
    public Integer call() throws PublishException {
        long start = System.nanoTime();
        inputs.requireSource(spec);
        requireValidAddresses();
        Optional<LocalDate> day = today.resolve(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildOutcome outcome = Engine.forOneRun().build(inputs.project(),
                new BuildOptions(outputFolder, Optional.ofNullable(basePath), Optional.ofNullable(baseUrl), strict,
                        day),
                notice -> Main.say(err, notice));
        CheckResult result = outcome.checked();
        if (!result.diagnostics().isEmpty()) {
            DiagnosticPrinter.printText(result, err);
        }
        if (outcome instanceof BuildOutcome.Refused) {
            err.println("Nothing was published; fix the problems above and build again.");
            err.flush();
            return ExitCode.CONTENT_ERRORS;
        }
        int count = result.library().postmortems().size();
        out.printf(Locale.ROOT, "Built %s into %s in %.1f s%n", Format.count(count, "postmortem", "postmortems"),
                DisplayPaths.of(outputFolder), (System.nanoTime() - start) / 1e9);
        out.flush();
        return ExitCode.OK;
    }

    /** A base path or URL that could lead to another host or page is a usage error; empty means not given. */
    private void requireValidAddresses() {
        if (basePath != null && !BasePaths.isValid(basePath)) {
            throw new ParameterException(spec.commandLine(), "invalid --base-path '" + basePath
                    + "'; write a path such as / or /repo/");
        }
        Optional<String> urlProblem = baseUrl == null || baseUrl.isEmpty() ? Optional.empty()
                : BaseUrls.problem(baseUrl);
        if (urlProblem.isPresent()) {
            throw new ParameterException(spec.commandLine(), "invalid --base-url '" + baseUrl + "': "
                    + urlProblem.get());
        }
    }
}
