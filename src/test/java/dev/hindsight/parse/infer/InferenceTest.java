package dev.hindsight.parse.infer;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Values other tools wrote, read as a day. */
class InferenceTest {

    @Test
    void readsADayWithItsTimeAndZone() {
        assertEquals(Optional.of(LocalDate.of(2024, 3, 9)), Inference.dayOf("2024/03/09 10:20:00 UTC"));
    }

    @Test
    void aValueWithLongSpacesAfterItsDayIsRefusedQuickly() {
        String value = "\"2024-03-09" + " ".repeat(20_000) + "x\"";
        // The month names are loaded and the patterns compiled once, outside the time measured: run
        // alone, that took 250 ms of the 300 here.
        Inference.dayOf("2024-03-09");
        assertTimeoutPreemptively(Duration.ofMillis(300), () -> assertEquals(Optional.empty(),
                Inference.dayOf(value.substring(1))));
    }
}
