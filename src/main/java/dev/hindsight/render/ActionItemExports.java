package dev.hindsight.render;

import dev.hindsight.model.TrackedAction;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code action-items.csv} and {@code action-items.json}: every action item of the library, whatever its status. */
final class ActionItemExports implements Output {

    static final String CSV = "action-items.csv";
    static final String JSON = "action-items.json";

    @Override
    public List<OutputFile> files(RenderContext context) {
        ActionItemColumns columns = new ActionItemColumns(context.site(), context.today());
        List<TrackedAction> all = context.library().actions().all();
        return List.of(
                new OutputFile(CSV, () -> ActionItemsCsv.write(columns, all).getBytes(StandardCharsets.UTF_8)),
                new OutputFile(JSON, () -> ActionItemsJson.write(columns, all, context.today())
                        .getBytes(StandardCharsets.UTF_8)));
    }
}
