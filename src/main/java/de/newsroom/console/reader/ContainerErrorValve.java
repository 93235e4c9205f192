package de.newsroom.console.reader;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.ResponseEntity;

/**
 * Tomcat's error report for the host, with the reader side's own answers for requests Tomcat refuses before any
 * filter or servlet sees them: an encoded slash, backslash or NUL in the path ({@code %2F}, {@code %5C}, {@code %00}),
 * a broken or non-UTF-8 percent escape, a raw backslash, a {@code ..} above the root, a missing or malformed
 * {@code Host} header. Under {@code /api/public/} that is the API's JSON error, under {@code /read} the reader's page
 * (both from {@link ReaderBadRequests}); every other address keeps Tomcat's report, without the server's version
 * and without a stack trace, as Spring Boot configures it for {@code server.error.include-stacktrace=never}.
 * <p>
 * Tomcat's own extension point: the host runs one {@code ErrorReportValve}, and {@link #report} writes the body of
 * an error nothing else has written ({@link ContainerErrorPages} puts this one in the place of Spring Boot's).
 */
final class ContainerErrorValve extends ErrorReportValve {

    private static final Pattern ABSOLUTE_FORM = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://[^/]*");

    private final ReaderBadRequests answers;
    private final String contextPath;

    ContainerErrorValve(ReaderBadRequests answers, String contextPath) {
        this.answers = answers;
        this.contextPath = contextPath;
        setShowReport(false);
        setShowServerInfo(false);
    }

    /**
     * A request Tomcat refused while it mapped it to the application ({@code TRACE}, a 405; too many cookies) would
     * go on to the application's error page, {@code /error}, which only the console's chain covers: a reader or an
     * API client got a {@code 302} to the console's login page. Under the reader side it is answered here instead.
     */
    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (response.isError() && answer(request, response) != null) {
            response.setSuspended(false); // as sendError left it; Tomcat's invoke does the same before its report
            report(request, response, null);
            return;
        }
        super.invoke(request, response);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        ResponseEntity<String> answer = answer(request, response);
        if (answer == null) {
            super.report(request, response, throwable);
            return;
        }
        // The same guards as Tomcat's report: nothing written yet, reported once, the connection still writable.
        if (response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            answer.getHeaders().forEach((name, values) -> {
                response.setHeader(name, values.getFirst());
                values.stream().skip(1).forEach(value -> response.addHeader(name, value));
            });
            // JSON carries no charset in its type, and Tomcat's writer would default to ISO-8859-1 ("ungültig"
            // went out with a single Latin-1 byte for the ü): UTF-8, named in the type, as Spring writes it.
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) { // null: the response was committed meanwhile
                writer.write(answer.getBody());
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is out already: nothing left to answer.
        }
    }

    /** The reader side's answer to this error, null for other addresses and for a status below 400. */
    private ResponseEntity<String> answer(Request request, Response response) {
        int status = response.getStatus();
        // The path as sent, before decoding: null when Tomcat could not even read the request line.
        String uri = request.getRequestURI();
        if (uri != null && ABSOLUTE_FORM.matcher(uri).find()) { // GET http://host/read/a%2Fb HTTP/1.1
            uri = ABSOLUTE_FORM.matcher(uri).replaceFirst("");
        }
        if (status < 400 || uri == null || !uri.startsWith(contextPath)) {
            return null;
        }
        return answers.containerError(uri.substring(contextPath.length()), request.getMethod(), status,
                locale(request));
    }

    /** The caller's language for the API's message; a request too broken to say gets English. */
    private static Locale locale(Request request) {
        try {
            return request.getLocale();
        } catch (RuntimeException e) {
            return Locale.ENGLISH;
        }
    }
}
