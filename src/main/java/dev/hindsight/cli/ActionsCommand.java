package dev.hindsight.cli;

import dev.hindsight.build.CheckResult;
import dev.hindsight.build.Engine;
import dev.hindsight.build.Project;
import dev.hindsight.model.ActionFilter;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.TrackedAction;
import dev.hindsight.render.ActionItemColumns;
import dev.hindsight.render.ActionItemsCsv;
import dev.hindsight.render.ActionItemsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "actions", mixinStandardHelpOptions = true,
        description = "List the action items of the library, as the site's action items page does; render nothing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed", "1:the postmortems have errors, or --fail-on-overdue and an item listed is overdue",
                "2:usage error", "3:I/O failure"})
final class ActionsCommand implements Callable<Integer> {

    private static final String ALL = "all";

    /** Output formats; the names are what --format takes. */
    enum Format { table, csv, json }

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions where;

    @Option(names = "--status", paramLabel = "open|in-progress|done|not-doing|all",
            description = "List items of this status, or of every status (default: open and in-progress).")
    String status;

    @Option(names = "--owner", paramLabel = "NAME", description = "List only this owner's items (any case).")
    String owner;

    @Option(names = "--service", paramLabel = "NAME",
            description = "List only items from postmortems that involve this service (any case).")
    String service;

    @Option(names = "--overdue", description = "List only overdue items.")
    boolean overdue;

    @Mixin
    TodayOption today;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); csv and json are "
                    + "the columns of the site's action-items.csv and action-items.json.")
    Format format;

    @Option(names = "--fail-on-overdue", description = "Exit with 1 when any item listed is overdue.")
    boolean failOnOverdue;

    @Override
    public Integer call() {
        where.requireSource(spec);
        Set<ActionStatus> statuses = statuses();
        Optional<LocalDate> day = today.resolve(spec);
        CheckResult result = Engine.forOneRun().check(new Project(where.source, where.config, false));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!result.diagnostics().isEmpty()) {
            DiagnosticPrinter.printText(result, err);
        }
        if (!result.passes(false)) {
            err.flush();
            return ExitCode.CONTENT_ERRORS;
        }
        LocalDate on = day.orElseGet(() -> LocalDate.now(result.config().timezone()));
        List<TrackedAction> items = result.library().actions().select(new ActionFilter(statuses,
                Optional.ofNullable(owner), Optional.ofNullable(service), overdue), on);
        ActionItemColumns columns = new ActionItemColumns(result.config(), on);
        switch (format) {
            case csv -> out.print(ActionItemsCsv.write(columns, items));
            case json -> out.print(ActionItemsJson.write(columns, items, on));
            case table -> out.print(ActionTable.write(columns, items, on));
        }
        out.flush();
        boolean anyOverdue = items.stream().anyMatch(a -> a.item().isOverdue(on));
        return failOnOverdue && anyOverdue ? ExitCode.OVERDUE_ACTIONS : ExitCode.OK;
    }

    private Set<ActionStatus> statuses() {
        if (status == null) {
            return ActionFilter.OUTSTANDING;
        }
        if (status.equalsIgnoreCase(ALL)) {
            return EnumSet.allOf(ActionStatus.class);
        }
        return ActionStatus.find(status).map(Set::of).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "invalid --status [" + status + "]; expected one of " + String.join(", ", ActionStatus.keys())
                        + " or " + ALL));
    }
}
