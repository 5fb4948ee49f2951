package dev.hindsight.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What GitHub Pages reads from the site's root: {@code .nojekyll}, so that it serves the files as
 * they are rather than through Jekyll, and {@code CNAME} with the custom domain, when site.yml names one.
 */
final class HostingFiles implements Output {

    @Override
    public List<OutputFile> files(RenderContext context) {
        List<OutputFile> files = new ArrayList<>(List.of(new OutputFile(".nojekyll", new byte[0])));
        context.site().publishing().cname().ifPresent(host ->
                files.add(new OutputFile("CNAME", (host + "\n").getBytes(StandardCharsets.UTF_8))));
        return files;
    }
}
