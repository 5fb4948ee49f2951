package dev.hindsight.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One postmortem, as its author wrote it.
 *
 * @param id         stable id used in its URL
 * @param sourcePath  path of its file as messages show it, relative to the working directory
 * @param libraryPath path of its file in the library ({@code postmortems/2016/x.md}), as pages show it
 * @param date       the day the incident started; empty for an undated postmortem, listed after the dated ones
 * @param body       the Markdown body, rendered
 */
public record Postmortem(String id, String sourcePath, String libraryPath, String title, Optional<LocalDate> date, List<String> authors,
                         Term status, Optional<Term> severity, List<String> services, Optional<String> team,
                         List<String> tags, String summary, Optional<String> impact, Timestamps timestamps,
                         List<String> related, List<ActionItem> actionItems, Body body) {

    public Postmortem {
        Objects.requireNonNull(id);
        Objects.requireNonNull(sourcePath);
        Objects.requireNonNull(libraryPath);
        Objects.requireNonNull(title);
        Objects.requireNonNull(date);
        Objects.requireNonNull(status);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(team);
        Objects.requireNonNull(summary);
        Objects.requireNonNull(impact);
        Objects.requireNonNull(timestamps);
        Objects.requireNonNull(body);
        authors = List.copyOf(authors);
        services = List.copyOf(services);
        tags = List.copyOf(tags);
        related = List.copyOf(related);
        actionItems = List.copyOf(actionItems);
    }

    public Postmortem withBody(Body rendered) {
        return new Postmortem(id, sourcePath, libraryPath, title, date, authors, status, severity, services, team, tags,
                summary, impact, timestamps, related, actionItems, rendered);
    }
}
