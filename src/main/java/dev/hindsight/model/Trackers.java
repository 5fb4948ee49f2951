package dev.hindsight.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How tickets of action items become links: {@code trackers} and {@code github_repo} in site.yml. A
 * key of a configured tracker ({@code PLAT-123}) links to that tracker's address; {@code owner/repo#123}
 * to the GitHub issue, and {@code #123} to one of the default repository. Anything else stays text.
 *
 * @param keyed      trackers whose tickets are written as a prefix, a hyphen and a number
 * @param githubRepo {@code owner/repo} that a bare {@code #123} belongs to
 */
public record Trackers(List<Tracker> keyed, Optional<String> githubRepo) {

    public static final Trackers NONE = new Trackers(List.of(), Optional.empty());

    /** The {@code {key}} in a tracker's address, replaced by the whole ticket key. */
    public static final String KEY = "{key}";

    /** {@code owner/repo}, as GitHub allows them. */
    public static final Pattern GITHUB_REPO = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}");

    private static final Pattern GITHUB_ISSUE = Pattern.compile("(" + GITHUB_REPO.pattern() + ")?#([0-9]{1,10})");
    private static final Pattern KEY_TICKET = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)-[0-9]{1,12}");

    public Trackers {
        keyed = List.copyOf(keyed);
        Objects.requireNonNull(githubRepo);
    }

    /**
     * One tracker such as Jira: tickets {@code PLAT-123} of the prefix {@code PLAT}, at {@code url} with
     * {@link #KEY} in it.
     */
    public record Tracker(String prefix, String url) {
    }

    /** Where a tracker key ({@code PLAT-123}, {@code owner/repo#123}, {@code #123}) links to, if anywhere. */
    public Optional<String> linkForKey(String key) {
        Matcher issue = GITHUB_ISSUE.matcher(key);
        if (issue.matches()) {
            Optional<String> repo = Optional.ofNullable(issue.group(1)).or(() -> githubRepo);
            return repo.map(r -> "https://github.com/" + r + "/issues/" + issue.group(2));
        }
        Matcher keyed = KEY_TICKET.matcher(key);
        if (keyed.matches()) {
            return this.keyed.stream().filter(t -> t.prefix().equalsIgnoreCase(keyed.group(1))).findFirst()
                    .map(t -> t.url().replace(KEY, key));
        }
        return Optional.empty();
    }
}
