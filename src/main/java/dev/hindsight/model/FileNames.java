package dev.hindsight.model;

import java.util.regex.Pattern;

/** What a folder or file of the site may be called, so that the site can be cloned and served anywhere. */
public final class FileNames {

    /** Windows refuses these as file or folder names, in any case and with any extension ({@code con.html}). */
    private static final Pattern RESERVED_ON_WINDOWS = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private FileNames() {
    }

    public static boolean isReservedOnWindows(String name) {
        return RESERVED_ON_WINDOWS.matcher(name).matches();
    }
}
