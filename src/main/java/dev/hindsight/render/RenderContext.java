package dev.hindsight.render;

import dev.hindsight.model.Library;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.model.SitePage;
import dev.hindsight.render.page.Pager;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What every output renders from: the assembled library and the site around it.
 *
 * @param today the day that decides which action items are overdue
 */
public record RenderContext(SiteConfig site, List<SitePage> pages, Library library, LocalDate today) {

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    public RenderContext {
        Objects.requireNonNull(site);
        pages = List.copyOf(pages);
        Objects.requireNonNull(library);
        Objects.requireNonNull(today);
    }

    /** The frame of a page at a fixed place in the site. */
    public Chrome chrome(String path, Chrome.Section section, String title, String description) {
        return Chrome.at(site, pages, path, section, title, description, today);
    }

    /** The frame of one page of a long list: its place, and its number in the title after the first. */
    public Chrome chrome(Pager pager, Chrome.Section section, String title, String description) {
        return chrome(pager.path(), section, title + pager.titleSuffix(), description);
    }

    /** A page made from one template and its one typed record, rendered only when it is written. */
    public static OutputFile page(String path, String template, Object page) {
        return page(path, template, () -> page);
    }

    /**
     * As {@link #page(String, String, Object)}, with the record too made only when the page is
     * written: listing a library's thousands of pages then costs next to nothing, which the preview
     * server, serving one of them right after a save, needs.
     */
    public static OutputFile page(String path, String template, Supplier<?> page) {
        return new OutputFile(path, () -> {
            // The templates' fixed text is kept as UTF-8 bytes (binaryStaticContent in pom.xml), so a
            // page is encoded once as it is made, not copied to a String and encoded after.
            Utf8ByteOutput output = new Utf8ByteOutput();
            TEMPLATES.render(template, page.get(), output);
            return output.toByteArray();
        });
    }
}
