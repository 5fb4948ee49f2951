package dev.hindsight.build;

/** How a build ended: published, or refused because of the problems it found. */
public sealed interface BuildOutcome permits BuildOutcome.Published, BuildOutcome.Refused {

    CheckResult checked();

    /** The site was written; {@code files} is how many files it has. */
    record Published(CheckResult checked, int files) implements BuildOutcome {
    }

    /** Nothing was written: the library has errors (or warnings, in a strict build). */
    record Refused(CheckResult checked) implements BuildOutcome {
    }
}
