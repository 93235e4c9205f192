package de.newsroom.console.base.web;

import java.io.CharConversionException;
import java.nio.charset.CharacterCodingException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.InvalidParameterException;

/**
 * A query string or form body that is not valid UTF-8 ({@code ?page=%C3%28}) or has a broken escape ({@code %zz}): Tomcat refuses to decode the parameters
 * the first time any is read and throws an {@link IllegalStateException}. Unhandled, that is a 500, which on the
 * public chains reaches the client as a redirect to the console's login. The reader side's handlers answer it as a
 * 400 instead, naming the parameter where Tomcat did.
 */
public final class UndecodableParameters {

    private static final Pattern NAMED = Pattern.compile("Parameter \\[([A-Za-z-]+)\\]");

    private UndecodableParameters() {
    }

    /**
     * Whether {@code e} is Tomcat's refusal to decode the request's parameters: bytes that are not UTF-8, and any
     * other query string or form Tomcat cannot read (a broken percent escape, {@code ?seite=%zz}, which used to be a
     * 500 on the pages and a {@code 302} to the console's login on the content API).
     */
    public static boolean is(Throwable e) {
        return e instanceof InvalidParameterException
                || e instanceof IllegalStateException && e.getCause() instanceof CharacterCodingException;
    }

    /** Whether Tomcat refused a broken percent escape ({@code %zz}, {@code %7}) rather than bytes that are not UTF-8. */
    public static boolean brokenEscape(Throwable e) {
        return e.getCause() instanceof CharConversionException;
    }

    /**
     * Whether Tomcat refused the query string as a whole, not a parameter's bytes: more than its 1,000 parameters
     * ({@code maxParameterCount}), a chunk it cannot split.
     */
    public static boolean wholeQuery(Throwable e) {
        return !(e.getCause() instanceof CharacterCodingException) && !brokenEscape(e);
    }

    /** The parameter Tomcat named, if it is one of {@code known} (never echo an arbitrary name back). */
    public static Optional<String> parameter(Throwable e, Set<String> known) {
        var named = NAMED.matcher(String.valueOf(e.getMessage()));
        return named.find() && known.contains(named.group(1)) ? Optional.of(named.group(1)) : Optional.empty();
    }
}
