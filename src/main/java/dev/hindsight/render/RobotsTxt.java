package dev.hindsight.render;

import dev.hindsight.model.Publishing;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code robots.txt}: keeps crawlers out, unless site.yml says {@code robots: allow}, and names the
 * sitemap when there is one. Crawlers read it only at a host's root, so on a project site under a
 * path it has no effect.
 */
final class RobotsTxt implements Output {

    @Override
    public List<OutputFile> files(RenderContext context) {
        Publishing publishing = context.site().publishing();
        String text = "User-agent: *\n"
                + (publishing.robots() == Publishing.Robots.ALLOW ? "Allow: /\n" : "Disallow: /\n")
                + publishing.absolute(Sitemap.PATH).map(url -> "Sitemap: " + url + "\n").orElse("");
        return List.of(new OutputFile("robots.txt", text.getBytes(StandardCharsets.UTF_8)));
    }
}
