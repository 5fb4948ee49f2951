package dev.hindsight.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the postmortems and the site config are: shared by every command that reads or adds to them. */
final class SourceOptions {

    @Option(names = "--source", paramLabel = "DIR", defaultValue = "postmortems",
            description = "Folder of postmortems (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "site-src/site.yml",
            description = "Site config; built-in defaults when it does not exist (default: ${DEFAULT-VALUE}).")
    Path config;

    /** A missing source folder is a mistake on the command line, not an I/O failure. */
    void requireSource(CommandSpec spec) {
        if (!Files.isDirectory(source)) {
            throw new ParameterException(spec.commandLine(), "the source folder " + source + " does not exist; "
                    + "pass the folder of your postmortems with --source DIR");
        }
    }
}
