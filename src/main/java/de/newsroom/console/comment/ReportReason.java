package de.newsroom.console.comment;

import java.util.Locale;
import java.util.Optional;

/** Why a reader reported a comment. The API takes the code in lower case ({@code personal_data}). */
public enum ReportReason {
    SPAM, INSULT, PERSONAL_DATA, OFF_TOPIC, OTHER;

    /** The API's code of this reason. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason with this API code (any case), if there is one. */
    public static Optional<ReportReason> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (ReportReason reason : values()) {
            if (reason.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
