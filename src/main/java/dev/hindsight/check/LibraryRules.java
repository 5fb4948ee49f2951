package dev.hindsight.check;

import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.diagnostic.Suggestions;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Postmortem;
import dev.hindsight.parse.FrontMatter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rules that look across postmortems: ids must be unique, references must lead somewhere, and
 * different names should not share a page.
 */
public final class LibraryRules {

    private LibraryRules() {
    }

    /**
     * @param all       every postmortem whose front matter could be read (possibly with errors), in file order
     * @param unreadIds the file-name ids of files whose front matter could not be read: they exist, so a
     *                  reference to them is not reported as well
     */
    public static List<Diagnostic> check(List<FrontMatter> all, Set<String> unreadIds) {
        List<Diagnostic> found = new ArrayList<>();
        Map<String, FrontMatter> byUrl = new HashMap<>();
        for (FrontMatter current : all) {
            FrontMatter first = byUrl.putIfAbsent(urlOf(current.postmortem().id()), current);
            if (first != null) {
                found.add(duplicate(current, first));
            }
        }
        Set<String> known = new TreeSet<>(unreadIds);
        all.forEach(f -> known.add(f.postmortem().id()));
        for (FrontMatter current : all) {
            Postmortem p = current.postmortem();
            for (int i = 0; i < p.related().size(); i++) {
                String id = p.related().get(i);
                if (!byUrl.containsKey(urlOf(id)) && !unreadIds.contains(urlOf(id))) {
                    String hint = Suggestions.closest(id, known).map(k -> "did you mean " + k + "?")
                            .orElse("use the id of another postmortem (its file name without .md)");
                    found.add(Diagnostic.error(p.sourcePath(), current.positionOf(new FrontMatter.Related(i)), "related",
                            "related postmortem [" + id + "] does not exist; " + hint));
                }
            }
        }
        found.addAll(sharedTickets(all));
        found.addAll(SharedPageRules.check(all));
        return found;
    }

    /** The id as its page's folder: URLs are compared ignoring case, as many file systems do. */
    private static String urlOf(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

    private static Diagnostic duplicate(FrontMatter current, FrontMatter first) {
        Postmortem p = current.postmortem();
        String other = first.postmortem().id();
        String fix = "; give one of them another id (\"id: ...\") or file name";
        if (p.id().equals(other)) {
            return Diagnostic.error(p.sourcePath(), current.positionOf(new FrontMatter.Id()), "duplicate-id", "id [" + p.id()
                    + "] is already used by " + first.postmortem().sourcePath() + fix);
        }
        return Diagnostic.error(p.sourcePath(), current.positionOf(new FrontMatter.Id()), "duplicate-url", "id [" + p.id()
                + "] gives the same page as [" + other + "] of " + first.postmortem().sourcePath()
                + ", as URLs ignore case on many systems" + fix);
    }

    private static List<Diagnostic> sharedTickets(List<FrontMatter> all) {
        List<Diagnostic> found = new ArrayList<>();
        Map<String, String> firstUse = new HashMap<>();
        for (FrontMatter current : all) {
            Postmortem p = current.postmortem();
            List<ActionItem> items = p.actionItems();
            for (int i = 0; i < items.size(); i++) {
                int index = i;
                items.get(i).ticket().ifPresent(ticket -> {
                    String other = firstUse.putIfAbsent(ticket, p.sourcePath());
                    if (other != null && !other.equals(p.sourcePath())) {
                        found.add(Diagnostic.warning(p.sourcePath(), current.positionOf(new FrontMatter.Ticket(index)),
                                "duplicate-ticket", "ticket [" + ticket + "] is also the ticket of an action item in " + other
                                        + "; if it is the same work, link the postmortems with related: instead"));
                    }
                });
            }
        }
        return found;
    }
}
