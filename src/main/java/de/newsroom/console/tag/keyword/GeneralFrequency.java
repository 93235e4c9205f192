package de.newsroom.console.tag.keyword;

import java.io.IOException;
import java.net.URL;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How common a German word is in general language: the frequency class (0-25, 0 for words it lacks) stored in
 * LanguageTool's German speller dictionary ({@code org.languagetool:language-de}, {@code hunspell/de_DE.dict}, word
 * counts from Mozilla's keyboard word lists; decision record 0030). Read once, off the request threads; when the
 * resource is absent every word counts as unknown, so the keyword ranking simply does without the prior.
 */
final class GeneralFrequency {

    private static final Logger log = LoggerFactory.getLogger(GeneralFrequency.class);
    private static final String RESOURCE = "/org/languagetool/resource/de/hunspell/de_DE.dict";

    private GeneralFrequency() {
    }

    private static final class Holder {
        static final Dictionary DICTIONARY = load();

        private static Dictionary load() {
            URL url = GeneralFrequency.class.getResource(RESOURCE);
            if (url == null) {
                log.info("No general-language word frequencies on the class path; keyword ranking goes without");
                return null;
            }
            try {
                return Dictionary.read(url);
            } catch (IOException e) {
                log.warn("General-language word frequencies not readable; keyword ranking goes without", e);
                return null;
            }
        }
    }

    /** Reads the dictionary now (at startup, off the request threads) so that the first suggestion does not wait. */
    static void warmUp() {
        lookup().frequency("Haus");
    }

    static Lookup lookup() {
        return new Lookup(Holder.DICTIONARY);
    }

    /** For one suggestion call: a {@link Speller} is not thread-safe. */
    static final class Lookup {
        private final Speller speller;

        private Lookup(Dictionary dictionary) {
            this.speller = dictionary == null ? null : new Speller(dictionary);
        }

        /** The frequency class of exactly this written form, 0 when unknown (or no data). */
        int frequency(String word) {
            return speller == null || word == null || word.isEmpty() ? 0 : speller.getFrequency(word);
        }
    }
}
