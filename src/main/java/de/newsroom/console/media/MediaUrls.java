package de.newsroom.console.media;

import java.util.regex.Pattern;

/** The public address of renditions: {@code /media/<key>-<width>[sq].<ext>}, content-named, cached for a year. */
public final class MediaUrls {

    public static final String PREFIX = "/media/";
    static final Pattern FILE = Pattern.compile("[0-9a-f]{16}-[0-9]{1,4}(sq)?\\.(jpg|webp|png)");

    private MediaUrls() {
    }
}
