package dev.hindsight.parse;

import java.util.regex.Pattern;

/** A DNS host name such as {@code postmortems.example.org}, as GitHub Pages reads it from {@code CNAME}. */
public final class HostNames {

    /** Two or more labels of letters, digits and inner hyphens, each at most 63 characters. */
    private static final Pattern VALID = Pattern.compile(
            "(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private HostNames() {
    }

    public static boolean isValid(String host) {
        return VALID.matcher(host).matches();
    }
}
