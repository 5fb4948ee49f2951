package dev.hindsight.security;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds everything in a parsed page that could run script, as a browser would read it. */
final class SafeHtml {

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "iframe", "object", "embed", "frame",
            "frameset", "form", "base", "applet");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster",
            "background", "cite", "data", "xlink:href", "srcset", "lowsrc", "dynsrc");
    private static final Set<String> FORBIDDEN_SCHEMES = Set.of("javascript", "vbscript", "data");
    /** The theme's scripts, linked relatively ({@code ../../assets/site.js}) or from the base path (404 page). */
    private static final Pattern THEME_SCRIPT =
            Pattern.compile("(\\.\\./)*assets/(site|search)\\.js|/([^/]+/)*assets/(site|search)\\.js");
    /** The theme's search forms, which send their words to the site's own search page and nowhere else. */
    private static final Pattern SEARCH_PAGE = Pattern.compile("(\\.\\./)*search/index\\.html|/([^/]+/)*search/index\\.html|index\\.html");

    private SafeHtml() {
    }

    /** @return one line per problem, naming the element; empty when the page is safe */
    static List<String> problems(Document page) {
        List<String> problems = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            if (FORBIDDEN_ELEMENTS.contains(element.normalName()) && !isThemeScript(element) && !isThemeSearch(element, page)) {
                problems.add("<" + element.normalName() + "> element: " + element.outerHtml());
            }
            if (element.normalName().equals("meta") && element.hasAttr("http-equiv")) {
                problems.add("meta http-equiv: " + element.outerHtml());
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    problems.add("event handler " + name + " on <" + element.normalName() + ">");
                }
                if (name.equals("style") && attribute.getValue().toLowerCase(Locale.ROOT).contains("url(")) {
                    problems.add("style with url() on <" + element.normalName() + ">");
                }
                if (URL_ATTRIBUTES.contains(name) && FORBIDDEN_SCHEMES.contains(scheme(attribute.getValue()))) {
                    problems.add(name + "=\"" + attribute.getValue() + "\" on <" + element.normalName() + ">");
                }
            }
        }
        return problems;
    }

    /** The one script the site may have: the theme's own file, deferred, in the head, with nothing inline. */
    private static boolean isThemeScript(Element element) {
        return element.normalName().equals("script") && element.parent() != null
                && element.parent().normalName().equals("head") && element.attributes().size() == 2
                && element.hasAttr("defer") && THEME_SCRIPT.matcher(element.attr("src")).matches()
                && element.data().isEmpty();
    }

    /** A search form of the theme: {@code role="search"}, GET, to the search page (itself, on the search page). */
    private static boolean isThemeSearch(Element element, Document page) {
        String action = element.attr("action");
        return element.normalName().equals("form") && element.attr("role").equals("search")
                && element.attr("method").equals("get") && SEARCH_PAGE.matcher(action).matches()
                && (!action.equals("index.html") || page.selectFirst("[data-search-page]") != null);
    }

    /** The scheme the way browsers read it: control characters and whitespace removed, any case. */
    static String scheme(String url) {
        String compact = url.replaceAll("[\\x00-\\x20\\x7f]+", "").toLowerCase(Locale.ROOT);
        int colon = compact.indexOf(':');
        return colon < 0 ? "" : compact.substring(0, colon);
    }
}
