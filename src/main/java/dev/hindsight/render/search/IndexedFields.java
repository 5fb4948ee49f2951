package dev.hindsight.render.search;

import dev.hindsight.model.Body;
import dev.hindsight.model.Postmortem;
import dev.hindsight.model.Term;

import java.util.ArrayList;
import java.util.List;

/** What of a postmortem is searched, and in which field: the ranking weighs title above summary above details above body. */
final class IndexedFields {

    static final int TITLE = 1;
    static final int SUMMARY = 2;
    static final int DETAILS = 4;
    static final int BODY = 8;

    /**
     * One piece of a postmortem's text.
     *
     * @param section the body section it belongs to, from 1; 0 outside the body
     */
    record Text(String text, int field, int section) {
    }

    private IndexedFields() {
    }

    /** The postmortem's text in the order its words are numbered: title, summary, details, then the body's sections. */
    static List<Text> of(Postmortem p) {
        List<Text> texts = new ArrayList<>();
        texts.add(new Text(p.title(), TITLE, 0));
        texts.add(new Text(p.summary(), SUMMARY, 0));
        p.impact().ifPresent(impact -> texts.add(new Text(impact, DETAILS, 0)));
        List<String> details = new ArrayList<>();
        details.addAll(p.services());
        details.addAll(p.tags());
        p.team().ifPresent(details::add);
        details.addAll(p.authors());
        details.add(p.status().label());
        p.severity().map(Term::label).ifPresent(details::add);
        p.actionItems().forEach(item -> {
            details.add(item.title());
            item.ticket().ifPresent(details::add);
        });
        details.forEach(detail -> texts.add(new Text(detail, DETAILS, 0)));
        List<Body.Section> sections = p.body().sections();
        for (int i = 0; i < sections.size(); i++) {
            texts.add(new Text(sections.get(i).heading(), BODY, i + 1));
            texts.add(new Text(sections.get(i).text(), BODY, i + 1));
        }
        return texts;
    }
}
