package dev.hindsight.model;

/** An action item with the postmortem it came from, as the trackers list it. */
public record TrackedAction(ActionItem item, Postmortem source) {
}
