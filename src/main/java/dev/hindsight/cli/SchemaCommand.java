package dev.hindsight.cli;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.check.ConfigFile;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.render.SchemaFile;
import dev.hindsight.diagnostic.DisplayPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of postmortem front matter, for editors; "
                + "the build also writes it to schema/postmortem.schema.json.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "1:the site config has errors", "2:usage error", "3:I/O failure"})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "site-src/site.yml",
            description = "Site config whose statuses and severities the schema lists; built-in defaults when it "
                    + "does not exist (default: ${DEFAULT-VALUE}).")
    Path config;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Diagnostics diagnostics = new Diagnostics(DisplayPaths.of(config));
        Optional<SiteConfig> site = ConfigFile.read(config, diagnostics);
        if (site.isEmpty()) {
            diagnostics.toList().forEach(d -> err.println(d.format()));
            err.flush();
            return ExitCode.CONTENT_ERRORS;
        }
        out.print(SchemaFile.text(site.get()));
        out.flush();
        return ExitCode.OK;
    }
}
