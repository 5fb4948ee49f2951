package dev.hindsight.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MissingCommandTest {

    @Test
    void namesEveryCommandThereIs() {
        StringWriter err = new StringWriter();

        int code = Main.run(new String[0], new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertEquals(ExitCode.USAGE, code);
        assertTrue(err.toString().startsWith("hindsight: missing a command: build, check, actions, new, migrate, serve or schema"),
                err.toString());
    }
}
