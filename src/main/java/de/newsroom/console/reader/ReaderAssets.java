package de.newsroom.console.reader;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The reader page's stylesheet and script ({@code src/main/resources/static/reader/}), served at
 * {@code /read/assets/<name>-<content hash>.<ext>}: under the reader's public, stateless security chain, cacheable for
 * a year because a changed file gets a new name. Mapped ahead of the controllers, whose {@code /read/**} fallback
 * would otherwise answer 404.
 */
@Configuration(proxyBeanMethods = false)
class ReaderAssets {

    static final String URL_PREFIX = "/read/assets/";

    /** The versioned addresses of the two files, as the templates link them. */
    record Urls(String css, String js) {
    }

    @Bean
    ResourceHttpRequestHandler readerAssetHandler() {
        var handler = new ResourceHttpRequestHandler();
        handler.setLocations(List.of(new ClassPathResource("static/reader/")));
        handler.setResourceResolvers(List.of(new VersionResourceResolver().addContentVersionStrategy("/**"),
                new PathResourceResolver()));
        handler.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        return handler;
    }

    @Bean
    SimpleUrlHandlerMapping readerAssetMapping(ResourceHttpRequestHandler readerAssetHandler) {
        return new SimpleUrlHandlerMapping(Map.of(URL_PREFIX + "**", readerAssetHandler), Ordered.HIGHEST_PRECEDENCE);
    }

    @Bean
    Urls readerAssetUrls(ResourceHttpRequestHandler readerAssetHandler) {
        var provider = new ResourceUrlProvider();
        provider.setHandlerMap(Map.of(URL_PREFIX + "**", readerAssetHandler));
        return new Urls(versioned(provider, "reader.css"), versioned(provider, "reader.js"));
    }

    private static String versioned(ResourceUrlProvider provider, String file) {
        String url = provider.getForLookupPath(URL_PREFIX + file);
        if (url == null) {
            throw new IllegalStateException("static/reader/" + file + " is missing from the class path");
        }
        return url;
    }
}
