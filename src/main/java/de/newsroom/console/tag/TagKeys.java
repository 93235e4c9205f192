package de.newsroom.console.tag;

import de.newsroom.console.base.domain.Texts;
import java.util.regex.Pattern;

/**
 * Builds the de-duplication key of a tag name, so that "USA", "U.S.A." and " u s a " are one tag and
 * "Geschäft" equals "Geschaeft".
 */
public final class TagKeys {

    // Only separators people vary when typing the same tag; "C++" and "C#" must keep their symbols.
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}\\p{Pd}._]+");

    private TagKeys() {
    }

    /**
     * Folds case, umlauts (ä and ae both become "ae", ß becomes "ss") and accents, and removes all
     * whitespace, hyphens, dots and underscores. Returns "" for {@code null} or separators only.
     */
    public static String key(String displayName) {
        if (displayName == null) {
            return "";
        }
        return SEPARATORS.matcher(Texts.fold(displayName)).replaceAll("");
    }
}
