package dev.hindsight.publish;

import dev.hindsight.diagnostic.DisplayPaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a site goes, and the checks that keep publishing from destroying anything a person wrote.
 * Publishing replaces the output folder as a whole, so the folder must be Hindsight's own (or
 * empty), and must not hold the project's inputs, the working folder, or the user's home.
 *
 * @param out     the output folder, absolute and with links resolved
 * @param staging the sibling folder the new site is written to
 * @param retired the sibling folder the old site is moved to during the swap
 * @param lock    the sibling file a build locks while it publishes, so that builds take turns
 * @param home    the user's home folder, which is never an output
 */
record PublishTarget(Path out, Path staging, Path retired, Path lock, Path home) {

    static PublishTarget of(Path out, Path home) {
        Path real = FileTrees.real(out);
        Path parent = real.getParent();
        if (parent == null) {
            return new PublishTarget(real, real, real, real, FileTrees.real(home));
        }
        String name = real.getFileName().toString();
        return new PublishTarget(real, parent.resolve("." + name + ".hindsight-new"),
                parent.resolve("." + name + ".hindsight-old"), parent.resolve("." + name + ".hindsight-lock"),
                FileTrees.real(home));
    }

    /**
     * @param inputs   folders and files the output must not contain: the postmortems, the config, the
     *                 working folder
     * @param siblings whether the staging and retired folders are checked too, which only a build
     *                 holding the lock can do without racing another build's use of them
     * @throws PublishException saying, in one line, why this output is refused; nothing was changed
     */
    void verify(List<Path> inputs, boolean siblings) throws PublishException {
        String shown = DisplayPaths.of(out);
        if (out.getParent() == null) {
            throw new PublishException("the output folder " + shown + " is the root of the file system; choose another --out");
        }
        if (home.startsWith(out)) {
            throw new PublishException("the output folder " + shown + (home.equals(out) ? " is" : " contains")
                    + " your home folder, which would be deleted on publishing; choose another --out");
        }
        for (Path input : inputs) {
            Path in = FileTrees.real(input);
            if (in.startsWith(out)) {
                throw new PublishException("the output folder " + shown + (in.equals(out) ? " is " : " contains ")
                        + named(in) + ", which would be deleted on publishing; choose another --out");
            }
        }
        if (Files.isSymbolicLink(out)) {
            // Links are resolved as far as they lead, so a link still standing here leads nowhere.
            throw new PublishException("the output " + shown + " is a symbolic link to " + linkTarget(out)
                    + ", which does not exist; create that folder, remove the link, or choose another --out");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new PublishException("the output " + shown + " is a file, not a folder; choose another --out");
        }
        if (!isReplaceable(out)) {
            throw new PublishException("the output folder " + shown + " is not empty and was not written by Hindsight, "
                    + "so it will not be replaced; empty it or choose another --out");
        }
        for (Path sibling : siblings ? List.of(staging, retired) : List.<Path>of()) {
            if (!isReplaceable(sibling)) {
                throw new PublishException("the folder " + DisplayPaths.of(sibling) + " is in the way of publishing and "
                        + "was not written by Hindsight; move it away and build again");
            }
        }
    }

    private static String named(Path input) {
        return input.equals(FileTrees.real(Path.of(""))) ? "the working folder" : DisplayPaths.of(input);
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a path that cannot be read";
        }
    }

    /** Missing, empty, or carrying Hindsight's marker: only such a folder may be deleted. */
    static boolean isReplaceable(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try {
            return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                    && (FileTrees.isHindsightFolder(dir) || FileTrees.isEmptyFolder(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to list " + DisplayPaths.of(dir), e);
        }
    }
}
