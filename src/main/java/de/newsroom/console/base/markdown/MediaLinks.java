package de.newsroom.console.base.markdown;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pictures of the library named in a Markdown body as {@code ![alt](media:42)}. One pattern for usage counting, the
 * alt-text check before publishing and rendering, so a picture is shown exactly where it is counted.
 */
public final class MediaLinks {

    /** A picture in the Markdown body: {@code ![alt](media:42)}; group 1 is the id. */
    public static final Pattern BODY_IMAGE = Pattern.compile("!\\[[^\\]]*]\\(media:(\\d{1,18})\\)");

    private MediaLinks() {
    }

    /** The ids of the pictures a Markdown body names, in order of appearance. */
    public static Set<Long> ids(String markdown) {
        Set<Long> ids = new LinkedHashSet<>();
        if (markdown != null) {
            Matcher m = BODY_IMAGE.matcher(markdown);
            while (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
        }
        return ids;
    }

    /**
     * The Markdown for a picture, {@code label} being the editor's reminder in the source text (brackets and line
     * breaks removed, so the link stays one link the pattern recognises).
     */
    public static String markdown(long id, String label) {
        String clean = label == null ? "" : label.replaceAll("[\\[\\]\\\\\\s]+", " ").strip();
        return "![" + clean + "](media:" + id + ")";
    }
}
