package dev.hindsight.cli;

import dev.hindsight.build.FileFailure;
import dev.hindsight.check.InputException;
import dev.hindsight.diagnostic.Printable;
import dev.hindsight.publish.PublishException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** {@code java -jar hindsight.jar COMMAND}: the entry point. */
@Command(name = "hindsight", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns a folder of postmortems into a browsable static site.",
        subcommands = {BuildCommand.class, CheckCommand.class, ActionsCommand.class, NewCommand.class, MigrateCommand.class, ServeCommand.class, SchemaCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show the full trace of internal errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs one command and returns its exit code; output goes to the given writers. A writer that
     * failed (a full disk, a closed pipe) makes it an I/O failure, as the output a script relies on is
     * incomplete: {@link PrintWriter} only records such failures, so they are looked for here, once for
     * every command.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(LocalDate.class, new DayConverter())
                .setParameterExceptionHandler(Main::usageError)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> fail(e, commandLine, main.debug));
        int code = cli.execute(args);
        boolean errFailed = err.checkError();
        if (out.checkError()) {
            say(err, "could not write to standard output, so the output is incomplete; check where it goes "
                    + "(a full disk, a closed pipe)");
            err.flush();
            return ExitCode.IO_FAILURE;
        }
        return errFailed ? ExitCode.IO_FAILURE : code;
    }

    @Override
    public void run() {
        List<String> commands = spec.subcommands().keySet().stream().filter(name -> !name.equals("help")).toList();
        throw new CommandLine.ParameterException(spec.commandLine(), "missing a command: "
                + String.join(", ", commands.subList(0, commands.size() - 1)) + " or " + commands.get(commands.size() - 1));
    }

    /** A mistake on the command line: one line saying what, and where help is; not the whole help. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        say(err, describe(e) + " (see \"" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help\")");
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.flush();
        return ExitCode.USAGE;
    }

    /** Picocli says "Invalid value for option '--today': ..."; a day is named the way front matter names it. */
    private static String describe(CommandLine.ParameterException e) {
        if (e.getCause() instanceof DayConverter.NoSuchDay noSuchDay
                && e.getArgSpec() instanceof CommandLine.Model.OptionSpec option) {
            return "invalid " + option.longestName() + " [" + e.getValue() + "]; " + noSuchDay.getMessage();
        }
        return e.getMessage();
    }

    static int fail(Exception e, CommandLine commandLine, boolean debug) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof PublishException || e instanceof InputException) {
            say(err, e.getMessage());
            err.flush();
            return ExitCode.USAGE;
        }
        if (e instanceof UncheckedIOException io) {
            say(err, io.getMessage() + ": " + describe(io.getCause()));
        } else {
            String where = e instanceof FileFailure failure ? " while reading " + failure.file() : "";
            Throwable cause = e instanceof FileFailure ? e.getCause() : e;
            say(err, "internal error" + where + " (" + describe(cause) + "); this is a bug in Hindsight"
                    + (debug ? "" : ", run again with --debug to see where"));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.IO_FAILURE;
    }

    /**
     * One line of Hindsight's own, as every command writes them; what it quotes (paths, arguments) is
     * escaped so it stays one line.
     */
    static void say(PrintWriter err, String message) {
        err.println("hindsight: " + Printable.escape(message));
        err.flush();
    }

    private static String describe(Throwable e) {
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }

    /** The version from the jar's manifest, so it is stated once, in the pom. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"Hindsight " + (version == null ? "(development build)" : version)};
        }
    }
}
