package de.newsroom.console.tag.keyword;

import de.newsroom.console.base.markdown.MarkdownRenderer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's text as word occurrences in chains (words not separated by punctuation), each occurrence knowing its
 * weight (headline, lead, sub-heading, body) and whether it opened a sentence or a headline.
 */
final class KeywordText {

    static final double TITLE_WEIGHT = 3.0;
    // Sub-headings as strong as the lead, no longer above it: at ×2 a word from one sub-heading ("Umleitung über
    // Wohnstraßen") outranked the topic that the headline and body name ("Sperrung").
    static final double HEADING_WEIGHT = 1.5;
    static final double LEAD_WEIGHT = 1.5;

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+(.+?)[ \\t#]*$");
    // A number joined by a hyphen to words is one token, a number ("der 61-Jährige", "eine 2-Zimmer-Wohnung", the
    // "4-Heimniederlage" of "0:4-Heimniederlage"): the word after the number names no topic ("Jährigen" was a chip).
    // "Städte- und Gemeindebund", "Lenk- und Ruhezeiten": a capitalised word whose hyphen stands for the head of the
    // noun after "und"/"oder" makes one compound pair with it, one token (round 16; "Hessische Städte" was a chip).
    // "Bahnstrecke Wendmark–Ollenbrück", "die Linie Hamburg–Lübeck": an en dash written without spaces between two
    // capitalised words joins a route or pair, one token like a hyphenated name (round 18; "Bahnstrecke Wendmark" was a
    // chip); with spaces around it ("Wendmark – die Stadt …") it is a dash of the sentence and ends the chain.
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{Lu}\\p{L}*[-‐‑][ \\t]+(?:und|oder)[ \\t]+\\p{Lu}[\\p{L}\\p{N}]*(?:[-‐‑][\\p{L}\\p{N}]+)*|\\p{N}+(?:[.,]\\p{N}+)*(?:[-‐‑][\\p{L}\\p{N}]+)*|[\\p{L}\\p{N}]+(?:(?:[-‐‑'’]|(?<=\\p{Lu}\\p{L}{0,40})–(?=\\p{Lu}))[\\p{L}\\p{N}]+)*"
                    + "|&|[.!?:;•\\n]|[,„“”\"»«()\\[\\]–—/|]");
    private static final String SENTENCE_END = ".!?:;•\n";
    private static final Set<String> OPENING_QUOTES = Set.of("„", "»", "\"");
    private static final Set<String> CLOSING_QUOTES = Set.of("“", "«", "\"");
    // Titles before a name that must not end the sentence or join the name.
    private static final Set<String> TITLES = Set.of("Dr", "Prof");

    /** One word as written; {@code amp} marks the "&" inside a firm's name. */
    static final class Occ {
        final String surface;
        final String lower;
        final double weight;
        final boolean sentenceStart;
        final boolean strongStart;
        final boolean amp;
        final boolean connector;
        final boolean number;
        String stem;
        List<String> partStems = List.of();
        boolean inName;
        /** The word opens a quotation mid-sentence: „Die Nachtschicht“. */
        boolean afterQuote;
        /** A closing quotation mark follows the word. */
        boolean quoteEnds;
        /** An opening quotation mark follows the word: "Friedrich Schillers „Die Räuber“". */
        boolean quoteFollows;
        /** The word before this one in its chain, lower-cased; null at the start of a chain. */
        String before;
        /** The word before this one in its chain; null at the start of a chain. */
        Occ previous;

        Occ(String surface, double weight, boolean sentenceStart, boolean strongStart) {
            this.surface = surface;
            this.lower = surface.toLowerCase(Locale.GERMAN);
            this.weight = weight;
            this.sentenceStart = sentenceStart;
            this.strongStart = strongStart;
            this.amp = surface.equals("&");
            this.connector = KeywordLexicon.CONNECTORS.contains(surface);
            this.number = Character.isDigit(surface.codePointAt(0));
        }

        boolean capital() {
            return !amp && !number && Character.isUpperCase(surface.codePointAt(0));
        }

        /** A compound pair with its head elided in the first word: "Städte- und Gemeindebund". */
        boolean elided() {
            return surface.indexOf(' ') > 0;
        }

        boolean hyphenated() {
            return !elided() && (surface.indexOf('-') > 0 || surface.indexOf('‐') > 0 || surface.indexOf('‑') > 0
                    || surface.indexOf('–') > 0);
        }
    }

    final List<List<Occ>> chains = new ArrayList<>();
    final Set<String> lowerCaseWords = new HashSet<>();
    final GermanDictionary.Lookup dictionary = GermanDictionary.lookup();

    static KeywordText of(String title, String lead, String body) {
        KeywordText text = new KeywordText();
        text.add(title, TITLE_WEIGHT, true);
        text.add(lead, LEAD_WEIGHT, true);
        if (body != null && !body.isBlank()) {
            Matcher m = HEADING.matcher(body);
            while (m.find()) {
                text.add(MARKDOWN.toPlainText(m.group(1)), HEADING_WEIGHT, true);
            }
            text.add(MARKDOWN.toPlainText(HEADING.matcher(body).replaceAll("")), 1.0, false);
        }
        return text;
    }

    private Set<String> alone;

    /**
     * The word is written capitalised somewhere without a capitalised neighbour: "Irvine sprach ...", "Die
     * Glashütte, die ...": an article or other stop word capitalised only for opening the sentence is none. Call it
     * once the stems are known.
     */
    boolean standsAlone(String lower) {
        if (alone == null) {
            alone = new HashSet<>();
            for (List<Occ> chain : chains) {
                for (int i = 0; i < chain.size(); i++) {
                    Occ before = i > 0 ? chain.get(i - 1) : null;
                    boolean prev = before != null && before.capital()
                            && !(before.sentenceStart && before.stem == null);
                    boolean next = i + 1 < chain.size() && chain.get(i + 1).capital();
                    if (chain.get(i).capital() && !prev && !next) {
                        alone.add(chain.get(i).lower);
                    }
                }
            }
        }
        return alone.contains(lower);
    }

    private Set<String> words;

    /** The text writes this word (lower-cased) as a word of its own somewhere, not only as a part of a compound. */
    boolean writtenAlone(String lower) {
        if (words == null) {
            words = new HashSet<>();
            chains.forEach(chain -> chain.forEach(o -> words.add(o.lower)));
        }
        return words.contains(lower);
    }

    private Set<String> places;

    /**
     * The text writes the word as a place: capitalised right after "in" or "aus", with no capitalised word after it
     * ("die Lahnbrücke in Weilstetten", "aus Öhringen"). German puts no article before a town's name; a common noun
     * after "in" ("in Führung", "in Kraft") is the caller's to exclude by the dictionary.
     */
    boolean writtenAsPlace(String lower) {
        if (places == null) {
            places = new HashSet<>();
            for (List<Occ> chain : chains) {
                for (int i = 1; i < chain.size(); i++) {
                    Occ o = chain.get(i);
                    String before = chain.get(i - 1).surface;
                    boolean next = i + 1 < chain.size() && chain.get(i + 1).capital();
                    if (o.capital() && !next && (before.equals("in") || before.equals("aus"))) {
                        places.add(o.lower);
                    }
                }
            }
        }
        return places.contains(lower);
    }

    boolean isEmpty() {
        return chains.isEmpty();
    }

    /** Every word lower-cased, with the parts of hyphenated words, for one stemming round trip. */
    Set<String> lowerForms() {
        Set<String> out = new HashSet<>(lowerCaseWords);
        for (List<Occ> chain : chains) {
            for (Occ o : chain) {
                if (!o.amp && !o.number) {
                    out.add(stemmable(o.lower));
                    if (o.hyphenated()) {
                        for (String part : parts(o.lower)) {
                            out.add(part);
                        }
                    }
                }
            }
        }
        return out;
    }

    static String stemmable(String lower) {
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    static String[] parts(String word) {
        return word.split("[-‐‑–]");
    }

    // Headlines, leads and sub-headings open with their topic: their first word is no mere sentence start.
    private void add(String segment, double weight, boolean strongOpening) {
        if (segment == null || segment.isBlank()) {
            return;
        }
        Matcher m = TOKEN.matcher(segment);
        boolean sentenceStart = true;
        boolean strong = strongOpening;
        List<Occ> chain = new ArrayList<>();
        boolean quote = false;
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            tokens.add(m.group());
        }
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean dotFollows = i + 1 < tokens.size() && tokens.get(i + 1).equals(".");
            if (TITLES.contains(token) && dotFollows) {
                i++;
                continue;
            }
            boolean colonFollows = i + 1 < tokens.size() && tokens.get(i + 1).equals(":");
            if (i == 0 && strongOpening && colonFollows && KeywordLexicon.rubric(token)) {
                continue;
            }
            // "1. FC Köln", "am 3. Oktober": the dot after a one- or two-digit number before a word makes an
            // ordinal, it ends no sentence.
            if (dotFollows && token.length() <= 2
                    && token.chars().allMatch(Character::isDigit) && i + 2 < tokens.size()
                    && Character.isLetter(tokens.get(i + 2).codePointAt(0))) {
                token = token + ".";
                i++;
            }
            // "St. Pauli", "GmbH & Co. KG": abbreviations inside a name, their dot ends no sentence.
            if ((token.equals("St") || token.equals("Co")) && dotFollows) {
                token = token + ".";
                i++;
            }
            if (token.length() == 1 && SENTENCE_END.contains(token)) {
                chain = close(chain);
                sentenceStart = true;
                strong = token.equals(":");
                continue;
            }
            if (token.length() == 1 && !Character.isLetterOrDigit(token.charAt(0)) && !token.equals("&")) {
                if (!chain.isEmpty() && CLOSING_QUOTES.contains(token)) {
                    chain.getLast().quoteEnds = true;
                }
                if (!chain.isEmpty() && OPENING_QUOTES.contains(token) && !CLOSING_QUOTES.contains(token)) {
                    chain.getLast().quoteFollows = true;
                }
                chain = close(chain);
                quote = OPENING_QUOTES.contains(token);
                continue;
            }
            Occ occ = new Occ(token, weight, sentenceStart, sentenceStart && strong);
            occ.afterQuote = quote && !sentenceStart;
            quote = false;
            occ.before = chain.isEmpty() ? null : chain.getLast().lower;
            occ.previous = chain.isEmpty() ? null : chain.getLast();
            if (!occ.amp && !occ.number && Character.isLowerCase(token.codePointAt(0))) {
                lowerCaseWords.add(occ.lower);
            }
            chain.add(occ);
            if (!occ.amp) {
                sentenceStart = false;
                strong = false;
            }
        }
        close(chain);
    }

    private List<Occ> close(List<Occ> chain) {
        if (!chain.isEmpty()) {
            chains.add(chain);
        }
        return new ArrayList<>();
    }
}
