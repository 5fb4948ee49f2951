package dev.hindsight.cli;

import dev.hindsight.testing.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What {@code serve} says when it cannot start; serving itself is tested in {@code serve.ServeEndToEndTest}. */
class ServeCommandTest {

    @TempDir
    Path temp;

    private ProjectFolder.Run serve(String... options) {
        ProjectFolder project = new ProjectFolder(temp).postmortem("a");
        String[] args = new String[options.length + 5];
        args[0] = "serve";
        args[1] = "--source";
        args[2] = project.source().toString();
        args[3] = "--config";
        args[4] = project.config().toString();
        System.arraycopy(options, 0, args, 5, options.length);
        return ProjectFolder.run(args);
    }

    @Test
    void saysWhichPortIsInUseAndSuggestsAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            ProjectFolder.Run run = serve("--port", String.valueOf(port));

            assertEquals(new ProjectFolder.Run(ExitCode.USAGE, "", "hindsight: cannot serve on 127.0.0.1:" + port
                    + ", which another program is using; stop it, or pass another port, such as --port " + (port + 1)
                    + "\n"), run);
        }
    }

    @Test
    void refusesAPortThatIsNoPort() {
        assertEquals(new ProjectFolder.Run(ExitCode.USAGE, "", "hindsight: --port 70000 is not a port; pass one from 1 "
                + "to 65535, or 0 for any free one (see \"hindsight serve --help\")\n"), serve("--port", "70000"));
    }

    @Test
    void refusesAHostThatIsNotKnown() {
        assertEquals(new ProjectFolder.Run(ExitCode.USAGE, "", "hindsight: unknown --host 'no-such-host.invalid'; pass "
                + "an address of this machine, such as 127.0.0.1 (see \"hindsight serve --help\")\n"),
                serve("--host", "no-such-host.invalid"));
    }

    /** {@code --drafts} is accepted, as build takes it, and the command goes on to check the rest. */
    @Test
    void acceptsDraftsAsBuildTakesIt() {
        assertEquals(new ProjectFolder.Run(ExitCode.USAGE, "", "hindsight: --port 70000 is not a port; pass one from 1 "
                + "to 65535, or 0 for any free one (see \"hindsight serve --help\")\n"),
                serve("--drafts", "--port", "70000"));
    }
}
