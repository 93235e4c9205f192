package de.newsroom.console.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every visible text comes from here. Each feature keeps its own bundle under {@code i18n/} ({@code name.properties}
 * in English, {@code name_de.properties} in German); keys are looked up across all of them. Texts with arguments are
 * ICU message formats, so counts take real plural forms ({@code {0, plural, one {# Schlagwort} other {# Schlagwörter}}})
 * and numbers are grouped the German way ({@code 1.000}).
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale GERMAN = Locale.GERMAN;

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> baseNames;
    /**
     * Parsed formats by locale and text; an ICU format is not thread-safe, so each is used under its own lock. Keys
     * are the bundles' own texts (two languages), so the map is bounded without eviction: no cache library needed.
     */
    private final ConcurrentMap<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public TranslationProvider() {
        this.baseNames = discoverBundles();
    }

    /** Base names such as {@code i18n/messages}: every English file under {@code i18n/} (no locale suffix). */
    public static List<String> discoverBundles() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            var names = new TreeSet<String>();
            for (Resource r : resources) {
                String file = r.getFilename();
                if (file != null && !file.contains("_")) {
                    names.add("i18n/" + file.substring(0, file.length() - ".properties".length()));
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new IllegalStateException("cannot list translation bundles", e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, GERMAN);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale effective = GERMAN.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? GERMAN : Locale.ROOT;
        for (String base : baseNames) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(base, effective, NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    String value = bundle.getString(key);
                    return params.length == 0 ? value : format(value, effective, params);
                }
            } catch (MissingResourceException ignored) {
                // this bundle has no file for the locale; try the next one
            }
        }
        log.warn("Missing translation for key '{}'", key);
        return key;
    }

    private String format(String pattern, Locale locale, Object[] params) {
        MessageFormat format = formats.computeIfAbsent(locale.getLanguage() + '\u0000' + pattern,
                k -> new MessageFormat(pattern, ULocale.forLocale(locale == Locale.ROOT ? ENGLISH : locale)));
        synchronized (format) {
            return format.format(params);
        }
    }
}
