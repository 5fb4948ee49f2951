package dev.hindsight.cli;

import dev.hindsight.build.CheckResult;
import dev.hindsight.build.Project;
import dev.hindsight.diagnostic.DisplayPaths;
import dev.hindsight.render.Format;
import dev.hindsight.serve.DevServer;
import dev.hindsight.serve.ServeOptions;
import dev.hindsight.serve.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site with drafts, serve it on this machine, and rebuild and reload open pages "
                + "whenever a postmortem, the site config or a page changes; Ctrl-C stops.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "2:usage error, such as a port in use", "3:I/O failure"})
final class ServeCommand implements Callable<Integer> {

    /** Shows a page to the user; tests pass one that only records what it was asked to open. */
    interface Opener {
        /** @param notices told, in one line, when no browser could be opened */
        void open(URI page, Consumer<String> notices);
    }

    private final Opener opener;

    ServeCommand() {
        this(Browser::open);
    }

    ServeCommand(Opener opener) {
        this.opener = opener;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions inputs;

    /** Accepted as build takes it, so that a habit does not fail; the preview always shows drafts. */
    @Option(names = "--drafts", description = "Changes nothing: the preview always includes drafts, badged as such.")
    boolean drafts;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
            description = "Port to serve on; 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to serve on; the default serves this machine only (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--open", description = "Open the site in the default browser.")
    boolean open;

    @Override
    public Integer call() throws IOException, InterruptedException {
        inputs.requireSource(spec);
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port " + port + " is not a port; pass one from 1 "
                    + "to 65535, or 0 for any free one");
        }
        if (new InetSocketAddress(host, 0).isUnresolved()) {
            throw new ParameterException(spec.commandLine(), "unknown --host '" + host + "'; pass an address of "
                    + "this machine, such as 127.0.0.1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Project project = new Project(inputs.source, inputs.config, true);
        DevServer server;
        try {
            server = DevServer.start(new ServeOptions(project, host, port), new Printed(out, err));
        } catch (BindException e) {
            // The JDK says "Address already in use" for a taken port; anything else is the address itself:
            // one that is not this machine's, or a port below 1024 without the right to it.
            boolean taken = String.valueOf(e.getMessage()).contains("in use");
            Main.say(err, "cannot serve on " + host + ":" + port + (taken
                    ? ", which another program is using; stop it, or pass another port, such as --port "
                            + (port == 65535 ? 8001 : port + 1)
                    : " (" + e.getMessage() + "); pass --host with an address of this machine, such as 127.0.0.1, "
                            + "and a port from 1024 up"));
            return ExitCode.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stop = new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                Main.say(err, "could not stop serving cleanly: " + e.getMessage());
            }
            out.println("Stopped.");
            out.flush();
            stopped.countDown();
        }, "hindsight-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        out.println("Serving at " + server.address() + " with drafts; watching " + DisplayPaths.of(inputs.source)
                + " and " + DisplayPaths.of(inputs.config.toAbsolutePath().getParent()) + ". Press Ctrl-C to stop.");
        out.flush();
        if (open) {
            opener.open(server.address(), notice -> Main.say(err, notice));
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // Stopped from inside the JVM (a test, an embedding program) rather than by Ctrl-C: the same clean stop.
            Runtime.getRuntime().removeShutdownHook(stop);
            stop.run();
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }

    /** Each build as one line on standard output, and its problems as {@code check} prints them. */
    private record Printed(PrintWriter out, PrintWriter err) implements Terminal {

        @Override
        public void built(CheckResult result, long millis) {
            if (!result.diagnostics().isEmpty()) {
                DiagnosticPrinter.printText(result, err);
            }
            if (result.errorCount() > 0) {
                err.println("The last good site stays served; fix the problems above and save.");
                err.flush();
                return;
            }
            out.println("Built " + Format.count(result.library().postmortems().size(), "postmortem", "postmortems")
                    + " in " + millis + " ms (" + result.loadedAgain() + " loaded again)");
            out.flush();
        }

        @Override
        public void failed(RuntimeException e) {
            Main.say(err, "the build failed (" + e.getMessage() + "); the last good site stays served");
        }
    }
}
