package dev.hindsight.cli;

import dev.hindsight.author.Migration;
import dev.hindsight.check.ConfigFile;
import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.DisplayPaths;
import dev.hindsight.model.SiteConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Write a copy of every postmortem to another folder with its metadata as front matter, "
                + "inferred from the text where the file has none, the body unchanged; print what was inferred "
                + "for each file and what was not. The originals are never modified.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written (files that could not be read are named, and not copied)",
                "1:the site config has errors (nothing written)",
                "2:usage error, --out inside the source folder, or files in the way (nothing written)",
                "3:I/O failure"})
final class MigrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write the copies to; outside the source folder. Files in it are never overwritten.")
    Path out;

    @Override
    public Integer call() {
        inputs.requireSource(spec);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Diagnostics configProblems = new Diagnostics(DisplayPaths.of(inputs.config));
        Optional<SiteConfig> site = ConfigFile.read(inputs.config, configProblems);
        if (site.isEmpty()) {
            return DiagnosticPrinter.refuse(configProblems, err, "fix the site config and run migrate again");
        }
        Migration.Outcome outcome;
        try {
            outcome = new Migration(site.get()).migrate(inputs.source, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to write the copies into " + DisplayPaths.of(out)
                    + ", so none of the copies were kept", e);
        }
        if (outcome instanceof Migration.Refused refused) {
            Main.say(err, refused.reason());
            return ExitCode.USAGE;
        }
        Migration.Migrated migrated = (Migration.Migrated) outcome;
        migrated.scanProblems().stream().sorted(Diagnostic.ORDER).forEach(d -> stdout.println(d.format()));
        migrated.files().forEach(f -> stdout.println(f.file() + ": " + f.outcome()));
        long written = migrated.files().stream().filter(Migration.FileReport::migrated).count();
        stdout.println("Wrote " + written + " of " + migrated.files().size() + " postmortems into " + DisplayPaths.of(out));
        stdout.flush();
        return ExitCode.OK;
    }
}
