package dev.hindsight.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Which day a build judges overdue items against: --today, else SOURCE_DATE_EPOCH, else the clock. */
class TodayOptionTest {

    private static final CommandSpec SPEC = new CommandLine(new BuildCommand()).getCommandSpec();

    @Test
    void todayWinsOverSourceDateEpoch() {
        assertEquals(Optional.of(LocalDate.of(2026, 11, 25)),
                TodayOption.resolve(Optional.of(LocalDate.of(2026, 11, 25)), Optional.of("0"), SPEC));
    }

    @Test
    void sourceDateEpochIsReadAsTheUtcDay() {
        // 1764633599 is 2025-12-01T23:59:59Z; one second later it is the 2nd in UTC.
        assertEquals(Optional.of(LocalDate.of(2025, 12, 1)),
                TodayOption.resolve(Optional.empty(), Optional.of("1764633599"), SPEC));
        assertEquals(Optional.of(LocalDate.of(2025, 12, 2)),
                TodayOption.resolve(Optional.empty(), Optional.of("1764633600"), SPEC));
    }

    @Test
    void neitherLeavesTheDayToTheClock() {
        assertEquals(Optional.empty(), TodayOption.resolve(Optional.empty(), Optional.empty(), SPEC));
    }

    @Test
    void anInvalidSourceDateEpochIsAUsageErrorThatSaysHowToFixIt() {
        CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
                () -> TodayOption.resolve(Optional.empty(), Optional.of("2026-11-25"), SPEC));

        assertEquals("invalid SOURCE_DATE_EPOCH [2026-11-25]; set it to whole seconds since 1970-01-01 UTC, as "
                + "\"date +%s\" prints them, or pass --today YYYY-MM-DD", e.getMessage());
    }
}
