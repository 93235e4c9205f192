package de.newsroom.console.comment.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Raises the automatic flags of a new comment, each with the reason in words ("blocked-word: idiot (in
 * 'Vollidiot')"). A flag is {@code code: explanation}; the code names the badge, the explanation its tooltip.
 * Works from the rules snapshot alone; the one flag that needs the stored comments ({@link #FIRST_COMMENT}) is
 * raised by the intake's insert statement with {@link #FIRST_COMMENT_FLAG}.
 */
@Component
public class CommentFlagger {

    static final String BLOCKED_WORD = "blocked-word";
    static final String LINKS = "links";
    public static final String FIRST_COMMENT = "first-comment";
    static final String BLOCKED_AUTHOR = "blocked-author";
    static final int MAX_LINKS = 2;
    public static final String FIRST_COMMENT_FLAG = FIRST_COMMENT + ": no earlier comment by this e-mail or client";

    private static final Pattern URL = Pattern.compile("(?i)(?:\\bhttps?://|\\bwww\\.)[^\\s<>\"]+");

    private final CommentRules rules;

    CommentFlagger(CommentRules rules) {
        this.rules = rules;
    }

    /**
     * The verdict: flags in display order and whether the author is blocked (auto-reject). The first-comment flag
     * is not among them: it follows last, raised by the insert.
     */
    public record Verdict(List<String> flags, boolean blocked) {
    }

    public Verdict assess(String authorName, String email, String body, String clientHash) {
        CommentRules.Snapshot snapshot = rules.snapshot();
        Set<String> flags = new LinkedHashSet<>();
        Optional<BlockedAuthor> blocked = snapshot.blockedAuthor(authorName, email, clientHash);
        blocked.ifPresent(b -> flags.add(BLOCKED_AUTHOR + ": " + switch (b.kind()) {
            case NAME -> "name '" + b.value() + "' is on the block list";
            case EMAIL -> "e-mail '" + b.value() + "' is on the block list";
            case CLIENT_HASH -> "client is on the block list";
        }));
        flags.addAll(blockedWords(snapshot.matcher(), body));
        flags.addAll(blockedWords(snapshot.matcher(), authorName));
        int links = countLinks(body);
        if (links > MAX_LINKS) {
            flags.add(LINKS + ": " + links + " links (more than " + MAX_LINKS + ")");
        }
        return new Verdict(List.copyOf(flags), blocked.isPresent());
    }

    private static List<String> blockedWords(BlockedWordMatcher matcher, String text) {
        List<String> flags = new ArrayList<>();
        String normalized = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        for (BlockedWordMatcher.Match match : matcher.find(normalized)) {
            flags.add(BLOCKED_WORD + ": " + match.rule().word() + " (in '"
                    + enclosingWord(normalized, match.start(), match.end()) + "')");
        }
        return flags;
    }

    static int countLinks(String body) {
        Matcher m = URL.matcher(body);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    private static String enclosingWord(String text, int start, int end) {
        int from = start;
        while (from > 0 && Character.isLetterOrDigit(text.codePointBefore(from))) {
            from -= Character.charCount(text.codePointBefore(from));
        }
        int to = end;
        while (to < text.length() && Character.isLetterOrDigit(text.codePointAt(to))) {
            to += Character.charCount(text.codePointAt(to));
        }
        String word = text.substring(from, to);
        return word.codePointCount(0, word.length()) > 60 ? text.substring(start, end) : word;
    }
}
