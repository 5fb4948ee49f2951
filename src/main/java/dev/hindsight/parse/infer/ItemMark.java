package dev.hindsight.parse.infer;

import dev.hindsight.model.ActionStatus;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mark before an item that says where it stands, in no language: ballot boxes from word
 * processors (☐ ☑ ☒), the emoji teams use for status (✅ ⏳ 🔲 ❌), and the shortcodes chat tools
 * write for those emoji when a summary is pasted as text (":black_square_button:").
 */
final class ItemMark {

    private static final Map<String, ActionStatus> MARKS = Map.ofEntries(
            Map.entry("✅", ActionStatus.DONE), Map.entry("✔", ActionStatus.DONE), Map.entry("✓", ActionStatus.DONE),
            Map.entry("☑", ActionStatus.DONE), Map.entry("☒", ActionStatus.DONE),
            Map.entry("⏳", ActionStatus.IN_PROGRESS), Map.entry("🔄", ActionStatus.IN_PROGRESS),
            Map.entry("🚧", ActionStatus.IN_PROGRESS),
            Map.entry("☐", ActionStatus.OPEN), Map.entry("🔲", ActionStatus.OPEN), Map.entry("⬜", ActionStatus.OPEN),
            Map.entry("✗", ActionStatus.OPEN), Map.entry("✘", ActionStatus.OPEN),
            Map.entry("❌", ActionStatus.NOT_DOING), Map.entry("✖", ActionStatus.NOT_DOING),
            Map.entry(":white_check_mark:", ActionStatus.DONE), Map.entry(":heavy_check_mark:", ActionStatus.DONE),
            Map.entry(":ballot_box_with_check:", ActionStatus.DONE),
            Map.entry(":hourglass_flowing_sand:", ActionStatus.IN_PROGRESS),
            Map.entry(":black_square_button:", ActionStatus.OPEN), Map.entry(":white_large_square:", ActionStatus.OPEN),
            Map.entry(":x:", ActionStatus.NOT_DOING));

    /** Any of the marks, as a regular expression. */
    static final String ANY = String.join("|", MARKS.keySet().stream().sorted().map(Pattern::quote).toList());

    private static final Pattern LEADING = Pattern.compile("^\\s*(" + ANY + ")\\uFE0F?\\s*");
    /** The marks that are boxes to tick, as a word processor draws a checklist. */
    private static final Pattern BOX = Pattern.compile("^\\s*[☐☑☒]");
    private static final Pattern TICKED = Pattern.compile("^\\s*☑");
    private static final Pattern CROSSED = Pattern.compile("^\\s*☒");

    /** @param rest the item's text after its mark */
    record Marked(ActionStatus status, String rest) {
    }

    private ItemMark() {
    }

    /**
     * Whether a checklist's crossed box (☒) means cancelled, not done: where its done items have a
     * ticked box (☑) of their own, as Zim's checklists do; a word processor's checklist, which knows
     * only ☐ and ☒, ticks with ☒.
     */
    static boolean crossedIsCancelled(List<String> items) {
        return items.stream().anyMatch(item -> TICKED.matcher(item).find()) && items.stream().anyMatch(ItemMark::isCrossed);
    }

    static boolean isCrossed(String item) {
        return CROSSED.matcher(item).find();
    }

    /** Whether a line opens with a box to tick: "☐ Ask the bank ...", "☑ Put the config ...". */
    static boolean isBox(String line) {
        return BOX.matcher(line).find();
    }

    static Optional<Marked> read(String item) {
        Matcher mark = LEADING.matcher(item);
        return mark.find() ? Optional.of(new Marked(MARKS.get(mark.group(1)), item.substring(mark.end())))
                : Optional.empty();
    }
}
