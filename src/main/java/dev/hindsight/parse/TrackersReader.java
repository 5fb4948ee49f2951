package dev.hindsight.parse;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.model.Trackers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code trackers} and {@code github_repo} from site.yml: how tickets of action items become links. */
final class TrackersReader {

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private TrackersReader() {
    }

    static Trackers read(FieldReader fields, Diagnostics diagnostics) {
        return new Trackers(keyed(fields, diagnostics),
                fields.text("github_repo", false).filter(repo -> validRepo(repo, fields, diagnostics)));
    }

    private static boolean validRepo(String repo, FieldReader fields, Diagnostics diagnostics) {
        if (!Trackers.GITHUB_REPO.matcher(repo).matches()) {
            diagnostics.error(fields.positionOf("github_repo"), "config", "invalid github_repo [" + repo
                    + "]; write the repository as owner/repo, such as example-org/platform");
            return false;
        }
        return true;
    }

    private static List<Trackers.Tracker> keyed(FieldReader fields, Diagnostics diagnostics) {
        List<Trackers.Tracker> trackers = new ArrayList<>();
        SiteConfigReader.nonEmptyList(fields, "trackers", diagnostics).ifPresent(nodes -> {
            for (YamlNode node : nodes) {
                if (node instanceof YamlNode.Mapping mapping) {
                    tracker(new FieldReader(mapping, diagnostics, mapping.position(), "trackers."), diagnostics,
                            trackers).ifPresent(trackers::add);
                } else {
                    diagnostics.error(node.position(), "config", "trackers entries are {prefix, url}, such as "
                            + "{prefix: PLAT, url: \"https://jira.example.com/browse/{key}\"}, found " + node.kind());
                }
            }
        });
        return trackers;
    }

    private static Optional<Trackers.Tracker> tracker(FieldReader tracker, Diagnostics diagnostics,
                                                      List<Trackers.Tracker> earlier) {
        tracker.warnUnknownKeys(List.of("prefix", "url"));
        Optional<String> prefix = tracker.text("prefix", true).filter(p -> {
            if (!PREFIX.matcher(p).matches()) {
                diagnostics.error(tracker.positionOf("prefix"), "config", "invalid trackers prefix [" + p + "]; write "
                        + "the letters before the hyphen of a key, such as PLAT for PLAT-123");
                return false;
            }
            if (earlier.stream().anyMatch(t -> t.prefix().equalsIgnoreCase(p))) {
                diagnostics.error(tracker.positionOf("prefix"), "config", "trackers prefix [" + p + "] is listed twice; "
                        + "keep one entry per prefix");
                return false;
            }
            return true;
        });
        Optional<String> url = tracker.text("url", true).filter(u -> {
            if (!SafeUrls.isWebLink(u) || !u.contains(Trackers.KEY)) {
                diagnostics.error(tracker.positionOf("url"), "config", "invalid trackers url [" + u + "]; write an "
                        + "http(s) address with " + Trackers.KEY + " where the ticket key goes, such as "
                        + "https://jira.example.com/browse/" + Trackers.KEY);
                return false;
            }
            return true;
        });
        return prefix.flatMap(p -> url.map(u -> new Trackers.Tracker(p, u)));
    }
}
