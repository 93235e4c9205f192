package de.newsroom.console.base.web;

import java.nio.charset.CharacterCodingException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A query string or form body that is not valid UTF-8 ({@code ?page=%C3%28}): Tomcat refuses to decode the parameters
 * the first time any is read and throws an {@link IllegalStateException}. Unhandled, that is a 500, which on the
 * public chains reaches the client as a redirect to the console's login. The reader side's handlers answer it as a
 * 400 instead, naming the parameter where Tomcat did.
 */
public final class UndecodableParameters {

    private static final Pattern NAMED = Pattern.compile("Parameter \\[([A-Za-z-]+)\\]");

    private UndecodableParameters() {
    }

    /** Whether {@code e} is Tomcat's refusal to decode the request's parameters. */
    public static boolean is(Throwable e) {
        return e instanceof IllegalStateException && e.getCause() instanceof CharacterCodingException;
    }

    /** The parameter Tomcat named, if it is one of {@code known} (never echo an arbitrary name back). */
    public static Optional<String> parameter(Throwable e, Set<String> known) {
        var named = NAMED.matcher(String.valueOf(e.getMessage()));
        return named.find() && known.contains(named.group(1)) ? Optional.of(named.group(1)) : Optional.empty();
    }
}
