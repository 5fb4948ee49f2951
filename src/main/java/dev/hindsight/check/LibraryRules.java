package dev.hindsight.check;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Postmortem;
import dev.hindsight.parse.FrontMatter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Rules that look across postmortems: ids must be unique, references must lead somewhere. */
public final class LibraryRules {

    private LibraryRules() {
    }

    /** @param all every postmortem read without errors, in file order */
    public static List<Diagnostic> check(List<FrontMatter> all) {
        List<Diagnostic> found = new ArrayList<>();
        Map<String, FrontMatter> byId = new HashMap<>();
        for (FrontMatter current : all) {
            String key = current.postmortem().id().toLowerCase(Locale.ROOT);
            FrontMatter first = byId.putIfAbsent(key, current);
            if (first != null) {
                found.add(Diagnostic.error(current.postmortem().sourcePath(), current.positionOf("id"), "duplicate-id",
                        "id [" + current.postmortem().id() + "] is already used by " + first.postmortem().sourcePath()
                                + "; ids become URLs, so give one of them another id (\"id: ...\") or file name"));
            }
        }
        for (FrontMatter current : all) {
            Postmortem p = current.postmortem();
            for (int i = 0; i < p.related().size(); i++) {
                String id = p.related().get(i);
                if (!byId.containsKey(id.toLowerCase(Locale.ROOT))) {
                    found.add(Diagnostic.error(p.sourcePath(), current.positionOf("related[" + i + "]"), "related",
                            "related postmortem [" + id + "] does not exist; use the id of another postmortem "
                                    + "(its file name without .md)"));
                }
            }
        }
        found.addAll(sharedTickets(all));
        return found;
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
                        found.add(Diagnostic.warning(p.sourcePath(), current.positionOf("action_items[" + index + "].ticket"),
                                "duplicate-ticket", "ticket [" + ticket + "] is also an action item of " + other
                                        + "; if it is the same work, link the postmortems with related: instead"));
                    }
                });
            }
        }
        return found;
    }
}
