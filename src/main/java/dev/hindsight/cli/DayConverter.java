package dev.hindsight.cli;

import dev.hindsight.parse.DateValues;
import picocli.CommandLine;

import java.time.LocalDate;

/** Reads a day given on the command line by the rules, and with the words, of a date in front matter. */
final class DayConverter implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String text) {
        return DateValues.date(text).orElseThrow(() -> new NoSuchDay(DateValues.dateProblem(text)));
    }

    /** Says why the value is no day; {@link Main} puts the option's name and value in front of it. */
    static final class NoSuchDay extends CommandLine.TypeConversionException {
        NoSuchDay(String problem) {
            super(problem);
        }
    }
}
