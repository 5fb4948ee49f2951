package dev.hindsight.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Says why a symbolic link cannot be followed, in the user's terms: it leads to nothing, or it is one
 * of links that lead round in a loop. The operating system says only "too many levels of symbolic
 * links" for a loop, so the links are followed one by one to tell.
 */
final class BrokenLink {

    /** Linux follows no more than 40 links either, so a longer chain cannot be opened any more than a loop. */
    private static final int MAX_LINKS = 40;

    private BrokenLink() {
    }

    /** @param failure why the link could not be followed to a real path */
    static String describe(Path link, IOException failure) {
        List<String> written = new ArrayList<>();
        Set<Path> visited = new HashSet<>();
        Path current = link.toAbsolutePath().normalize();
        while (Files.isSymbolicLink(current)) {
            if (!visited.add(current) || written.size() == MAX_LINKS) {
                return "the symbolic links form a loop (" + chain(written) + ", then round again) and lead to no "
                        + "file; point one of them at a postmortem, or remove them";
            }
            Path target = readLink(current);
            written.add(target.toString());
            current = current.resolveSibling(target).normalize();
        }
        String leadsTo = "symbolic link leads to " + chain(written);
        if (failure instanceof NoSuchFileException || !Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
            return leadsTo + ", which does not exist; fix or remove the link";
        }
        return leadsTo + ", which cannot be opened (" + Unreadable.reason(failure) + "); fix or remove the link";
    }

    /** The targets as written in each link, so that the user recognises them. */
    private static String chain(List<String> written) {
        return written.stream().map(target -> "[" + target + "]").collect(Collectors.joining(", then "));
    }

    private static Path readLink(Path link) {
        try {
            return Files.readSymbolicLink(link);
        } catch (IOException | UnsupportedOperationException e) {
            return Path.of("?");
        }
    }
}
