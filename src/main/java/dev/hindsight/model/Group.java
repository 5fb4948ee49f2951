package dev.hindsight.model;

import java.util.List;

/** Postmortems that share one value of a grouping (a status, a service, a tag …), newest first. */
public record Group(String label, String slug, List<Postmortem> postmortems) {

    public Group {
        postmortems = List.copyOf(postmortems);
    }

    public int size() {
        return postmortems.size();
    }
}
