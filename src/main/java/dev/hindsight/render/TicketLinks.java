package dev.hindsight.render;

import dev.hindsight.model.Trackers;
import dev.hindsight.parse.SafeUrls;

import java.util.Optional;

/** Where an action item's ticket leads: a web address as written, a tracker key through site.yml's trackers. */
public final class TicketLinks {

    private TicketLinks() {
    }

    public static Optional<String> of(String ticket, Trackers trackers) {
        String text = ticket.strip();
        return SafeUrls.isWebLink(text) ? Optional.of(text) : trackers.linkForKey(text);
    }

    /** The link's text: a key as written, an address without its scheme and shortened to fit a table cell. */
    public static String label(String ticket) {
        return SafeUrls.isWebLink(ticket.strip()) ? Format.ticket(ticket.strip()) : ticket;
    }
}
