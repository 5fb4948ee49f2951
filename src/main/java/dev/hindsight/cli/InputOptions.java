package dev.hindsight.cli;

import dev.hindsight.build.Project;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** What a build reads: shared by the commands that check or build the library. */
final class InputOptions {

    @Mixin
    SourceOptions where;

    @Option(names = "--drafts", description = "Include postmortems whose status is a draft status.")
    boolean drafts;

    Project project() {
        return new Project(where.source, where.config, drafts);
    }

    void requireSource(CommandSpec spec) {
        where.requireSource(spec);
    }
}
