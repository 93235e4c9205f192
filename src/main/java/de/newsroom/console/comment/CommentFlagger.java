package de.newsroom.console.comment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Raises the automatic flags of a new comment, each with the reason in words ("blocked-word: idiot (in
 * 'Vollidiot')"). A flag is {@code code: explanation}; the code names the badge, the explanation its tooltip.
 */
@Component
class CommentFlagger {

    static final String BLOCKED_WORD = "blocked-word";
    static final String LINKS = "links";
    static final String FIRST_COMMENT = "first-comment";
    static final String BLOCKED_AUTHOR = "blocked-author";
    static final int MAX_LINKS = 2;

    private static final Pattern URL = Pattern.compile("(?i)(?:\\bhttps?://|\\bwww\\.)[^\\s<>\"]+");

    private final CommentRules rules;
    private final JdbcTemplate jdbc;

    CommentFlagger(CommentRules rules, JdbcTemplate jdbc) {
        this.rules = rules;
        this.jdbc = jdbc;
    }

    /** The verdict: flags in display order and whether the author is blocked (auto-reject). */
    record Verdict(List<String> flags, boolean blocked) {
    }

    Verdict assess(String authorName, String email, String body, String clientHash) {
        Set<String> flags = new LinkedHashSet<>();
        Optional<BlockedAuthor> blocked = rules.blockedAuthor(authorName, email, clientHash);
        blocked.ifPresent(b -> flags.add(BLOCKED_AUTHOR + ": " + switch (b.kind()) {
            case NAME -> "name '" + b.value() + "' is on the block list";
            case EMAIL -> "e-mail '" + b.value() + "' is on the block list";
            case CLIENT_HASH -> "client is on the block list";
        }));
        flags.addAll(blockedWords(body));
        flags.addAll(blockedWords(authorName));
        int links = countLinks(body);
        if (links > MAX_LINKS) {
            flags.add(LINKS + ": " + links + " links (more than " + MAX_LINKS + ")");
        }
        if (isFirstComment(email, clientHash)) {
            flags.add(FIRST_COMMENT + ": no earlier comment by this e-mail or client");
        }
        return new Verdict(List.copyOf(flags), blocked.isPresent());
    }

    List<String> blockedWords(String text) {
        List<BlockedWordRule> ruleList = rules.blockedWords().stream().map(BlockedWord::toRule).toList();
        List<String> flags = new ArrayList<>();
        String normalized = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        for (BlockedWordMatcher.Match match : new BlockedWordMatcher(ruleList).find(normalized)) {
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

    private boolean isFirstComment(String email, String clientHash) {
        Boolean seen = jdbc.queryForObject("""
                select exists (select 1 from comment where client_hash = ?)
                    or exists (select 1 from comment where email is not null and lower(email) = lower(?))""",
                Boolean.class, clientHash, email);
        return !Boolean.TRUE.equals(seen);
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
