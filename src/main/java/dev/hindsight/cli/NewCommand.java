package dev.hindsight.cli;

import dev.hindsight.author.NewPostmortem;
import dev.hindsight.author.Template;
import dev.hindsight.check.ConfigFile;
import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.DisplayPaths;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.model.Term;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Start a postmortem: write <source>/<year>/<date>-<slug>.md from the template beside the "
                + "site config (site-src/postmortem-template.md), as a draft, and print its path.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:the site config or the template has errors", "2:usage error, or the file "
                + "exists already (nothing written)", "3:I/O failure"})
final class NewCommand implements Callable<Integer> {

    static final String TEMPLATE = "postmortem-template.md";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TITLE", description = "What broke, in a few words; the file name is "
            + "made from it.")
    String title;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The day the incident started (default: today in the site's time zone).")
    LocalDate date;

    @Option(names = "--service", paramLabel = "NAME", description = "A service involved; repeat for several.")
    List<String> services = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "SEV", description = "One of the site's severities, such as SEV2.")
    String severity;

    @Option(names = "--author", paramLabel = "NAME",
            description = "An author; repeat for several (default: git config user.name).")
    List<String> authors = new ArrayList<>();

    /** The template is {@value TEMPLATE} beside the config. */
    @Mixin
    SourceOptions inputs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (title.isBlank()) {
            throw new ParameterException(spec.commandLine(), "the title is empty; say what broke in a few words, "
                    + "such as \"Deployer API outage\"");
        }
        inputs.requireSource(spec);
        Diagnostics configProblems = new Diagnostics(DisplayPaths.of(inputs.config));
        Optional<SiteConfig> site = ConfigFile.read(inputs.config, configProblems);
        if (site.isEmpty()) {
            return DiagnosticPrinter.refuse(configProblems, err, "fix the problems above and run new again");
        }
        Path templateFile = inputs.config.toAbsolutePath().getParent().resolve(TEMPLATE);
        NewPostmortem postmortem = new NewPostmortem(title.strip(),
                date != null ? date : LocalDate.now(site.get().timezone()),
                authors.isEmpty() ? GitUser.name().map(List::of).orElse(List.of()) : authors, services,
                Optional.ofNullable(severity).map(s -> configuredSeverity(site.get(), s)),
                site.get().timezone());
        Diagnostics templateProblems = new Diagnostics(DisplayPaths.of(templateFile));
        Optional<String> text = Template.fill(readTemplate(templateFile), postmortem, templateProblems);
        if (text.isEmpty()) {
            return DiagnosticPrinter.refuse(templateProblems, err, "fix the problems above and run new again");
        }
        Path file = inputs.source.resolve(postmortem.relativePath());
        if (!write(file, text.get())) {
            Main.say(err, DisplayPaths.of(file) + " exists already, and is left as it is; edit it, "
                    + "or pass another title or --date");
            return ExitCode.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(DisplayPaths.of(file));
        out.flush();
        return ExitCode.OK;
    }

    /** Written as configured ({@code sev2} → {@code SEV2}), so that the new file reads as the others do. */
    private String configuredSeverity(SiteConfig site, String given) {
        return site.severities().find(given).map(Term::key).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "unknown --severity '" + given + "'; expected one of "
                + String.join(", ", site.severities().keys())));
    }

    private String readTemplate(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "there is no template " + DisplayPaths.of(file)
                    + " to start from; restore it, or pass the site config it sits beside with --config FILE");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read " + DisplayPaths.of(file), e);
        }
    }

    /** @return false when the file exists: a postmortem someone started is never overwritten */
    private static boolean write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to write " + DisplayPaths.of(file), e);
        }
    }

}
