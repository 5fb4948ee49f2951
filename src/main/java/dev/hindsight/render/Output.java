package dev.hindsight.render;

import java.util.List;

/**
 * One kind of output of the site: a family of pages, the assets, the schema. Adding an output is one
 * class and one line in {@link SiteOutputs#ALL}.
 */
public interface Output {

    /** The files of this output; their content is made only when they are written. */
    List<OutputFile> files(RenderContext context);
}
