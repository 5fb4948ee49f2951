package dev.hindsight.model;

/**
 * The backlog at a glance on one day.
 *
 * @param outstanding  open and in-progress items
 * @param overdue      outstanding items whose due day has passed
 * @param doneRecently done items closed in the last {@link ActionBacklog#RECENT_DAYS} days
 * @param notDoing     items the team decided not to do
 */
public record ActionCounts(long outstanding, long overdue, long doneRecently, long notDoing) {
}
