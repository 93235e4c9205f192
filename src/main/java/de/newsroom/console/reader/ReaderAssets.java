package de.newsroom.console.reader;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;
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
    ResourceHttpRequestHandler readerAssetHandler(ObjectProvider<ReaderPages> pages) {
        var handler = new ReaderAssetHandler(pages);
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

    /**
     * Spring's handler, with the reader side's answers for an address it has no file for (an old hash, a typo: a
     * {@code 404} page) and a method it does not answer (a {@code 405} with {@code Allow: GET, HEAD}). Left to Spring,
     * both went through the error dispatch to {@code /error}, which only the console's chain covers: a {@code 302} to
     * the console's login page, which a CDN could even keep for the asset's address. The pages are looked up when
     * needed: they link the assets' addresses, which come from this handler.
     */
    static final class ReaderAssetHandler extends ResourceHttpRequestHandler {

        private final ObjectProvider<ReaderPages> pages;

        ReaderAssetHandler(ObjectProvider<ReaderPages> pages) {
            this.pages = pages;
        }

        @Override
        public void handleRequest(HttpServletRequest request, HttpServletResponse response)
                throws ServletException, IOException {
            try {
                super.handleRequest(request, response);
            } catch (NoResourceFoundException e) {
                answer(response, 404, pages.getObject().notFound());
            } catch (HttpRequestMethodNotSupportedException e) {
                response.setHeader(HttpHeaders.ALLOW, "GET, HEAD");
                answer(response, 405, pages.getObject().methodNotAllowed());
            }
        }

        private static void answer(HttpServletResponse response, int status, String page) throws IOException {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            response.setStatus(status);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader("Content-Security-Policy", ReaderPages.CONTENT_SECURITY_POLICY);
            response.setContentType(ReaderPageController.HTML.toString());
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private static String versioned(ResourceUrlProvider provider, String file) {
        String url = provider.getForLookupPath(URL_PREFIX + file);
        if (url == null) {
            throw new IllegalStateException("static/reader/" + file + " is missing from the class path");
        }
        return url;
    }
}
