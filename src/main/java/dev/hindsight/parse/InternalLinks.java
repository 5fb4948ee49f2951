package dev.hindsight.parse;

/** Resolves a body's relative links to other postmortem files ({@code ../2016/x.md}) to their pages. */
@FunctionalInterface
public interface InternalLinks {

    /**
     * @param path the link's path as written, without its {@code #fragment}
     */
    Target resolve(String path);

    /** What a link to a postmortem file leads to. */
    sealed interface Target permits Page, Unpublished, Missing {
    }

    /** @param id the id of the linked postmortem, whose page will exist */
    record Page(String id) implements Target {
    }

    /** The file exists but has no page in this build (a draft, or a file with errors). */
    record Unpublished() implements Target {
    }

    record Missing() implements Target {
    }
}
