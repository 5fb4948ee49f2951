package dev.hindsight.model;

import java.util.List;
import java.util.Objects;

/**
 * How Hindsight reads a folder that was not written for it: which files are postmortems, and the
 * status of a postmortem whose text names none.
 *
 * @param defaultStatus the status of a postmortem whose front matter and text give none
 * @param include       globs of further files to read as postmortems, such as files without an extension
 * @param exclude       globs of files under the source folder that are not postmortems
 */
public record Adoption(Term defaultStatus, List<String> include, List<String> exclude) {

    /** The status of postmortems that say none, when site.yml names no {@code default_status}. */
    public static final Term UNKNOWN = Term.of("unknown", "Unknown");

    /** Files named like a template or a README are no postmortems, unless site.yml says otherwise. */
    public static final List<String> DEFAULT_EXCLUDE = List.of("**/README*", "README*", "**/*template*", "*template*",
            "**/*TEMPLATE*", "*TEMPLATE*");

    public static final Adoption DEFAULTS = new Adoption(UNKNOWN, List.of(), DEFAULT_EXCLUDE);

    public Adoption {
        Objects.requireNonNull(defaultStatus);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }
}
