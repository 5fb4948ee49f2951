package dev.hindsight.publish;

/** The site cannot be published where asked, for a reason the user can fix; nothing was changed. */
public final class PublishException extends Exception {

    private static final long serialVersionUID = 1L;

    public PublishException(String message) {
        super(message);
    }
}
