package de.newsroom.console.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Puts the browser-side protections on every response, whichever filter chain or servlet (Spring MVC, Vaadin,
 * static files, error pages) produces it. Vaadin's client needs inline and eval'd scripts and inline styles; all else
 * is locked to this origin, plugins are off and no other site may frame the console.
 */
class SecurityHeadersFilter implements Filter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http && request instanceof HttpServletRequest req) {
            // Pages and UIDL answers may show personal data: no cache keeps them. Static files set their own caching.
            if (!isStaticFile(req.getRequestURI())) {
                http.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
                http.setHeader("Pragma", "no-cache");
            }
            http.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            http.setHeader("X-Frame-Options", "DENY");
        }
        chain.doFilter(request, response);
    }

    /**
     * Files that set their own caching. A {@code Pragma: no-cache} beside a year's {@code Cache-Control} makes
     * Chromium fetch the file again on every page (it honours either), which cost the media library its thumbnails
     * and every page the Lumo stylesheet's revalidation: picture renditions (one segment under {@code /media/}; the
     * controller answers every such path with its own caching, a 404 with {@code no-store}) and Lumo's files.
     */
    private static boolean isStaticFile(String uri) {
        return uri != null && (uri.startsWith("/styles/") || uri.startsWith("/icons/") || uri.startsWith("/VAADIN/build/")
                || uri.startsWith("/VAADIN/static/") || uri.startsWith("/read/assets/") || uri.startsWith("/lumo/")
                || uri.startsWith("/media/") && uri.indexOf('/', "/media/".length()) < 0);
    }
}
