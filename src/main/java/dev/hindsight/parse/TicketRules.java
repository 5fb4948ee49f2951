package dev.hindsight.parse;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.Position;

/** A ticket is a tracker key ({@code PLAT-123}) or a web link; anything else would be an unsafe link. */
final class TicketRules {

    private TicketRules() {
    }

    static void check(String ticket, Position at, Diagnostics diagnostics) {
        if (SafeUrls.hasScheme(ticket) && !SafeUrls.isWebLink(ticket)) {
            diagnostics.error(at, "action-item-ticket", "ticket [" + ticket + "] is not a web link; use an http(s) URL "
                    + "or a tracker key such as PLAT-123");
        }
    }
}
