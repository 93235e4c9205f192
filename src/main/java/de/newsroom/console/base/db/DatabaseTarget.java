package de.newsroom.console.base.db;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.util.StringUtils;

/**
 * Where a PostgreSQL JDBC URL points (host, port, database, user), for messages an operator reads. A password, in
 * the URL's query or anywhere else, is never kept: {@link #toString()} and {@link #redact} are safe to log.
 */
record DatabaseTarget(String host, int port, String database, String user) {

    static final int DEFAULT_PORT = 5432;
    private static final String PREFIX = "jdbc:postgresql:";
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password|sslpassword)=[^&;\\s'\"]*");

    /**
     * Reads {@code jdbc:postgresql://host:port/database?user=...}; {@code username} (the separate property) wins
     * over a {@code user} in the query. Unparseable URLs give {@code ?} parts instead of failing.
     */
    static DatabaseTarget parse(String jdbcUrl, String username) {
        String host = "?";
        int port = DEFAULT_PORT;
        String database = "?";
        String user = StringUtils.hasText(username) ? username : null;
        if (jdbcUrl == null || !jdbcUrl.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return new DatabaseTarget(host, port, database, user == null ? "?" : user);
        }
        String rest = jdbcUrl.substring(PREFIX.length());
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
            int slash = rest.indexOf('/');
            String authority = slash >= 0 ? rest.substring(0, slash) : rest;
            String path = slash >= 0 ? rest.substring(slash + 1) : "";
            // user:password@host is not pgjdbc syntax, but a hand-written URL may carry it: drop it unread.
            int at = authority.lastIndexOf('@');
            if (at >= 0) {
                authority = authority.substring(at + 1);
            }
            // Several hosts (failover) are listed with commas; name the first, the one tried first.
            String first = authority.split(",", 2)[0];
            host = "localhost";
            if (first.startsWith("[")) {
                int close = first.indexOf(']');
                host = close > 0 ? first.substring(1, close) : first;
                first = close > 0 ? first.substring(close + 1) : "";
                port = parsePort(first.startsWith(":") ? first.substring(1) : "", port);
            } else if (!first.isEmpty()) {
                int colon = first.lastIndexOf(':');
                host = colon >= 0 ? first.substring(0, colon) : first;
                port = colon >= 0 ? parsePort(first.substring(colon + 1), port) : port;
                if (host.isEmpty()) {
                    host = "localhost";
                }
            }
            database = decode(path);
        } else {
            host = "localhost";
            database = decode(rest);
        }
        for (String parameter : query.split("&")) {
            int eq = parameter.indexOf('=');
            if (eq > 0 && user == null && parameter.substring(0, eq).equalsIgnoreCase("user")) {
                user = decode(parameter.substring(eq + 1));
            }
        }
        if (user == null) {
            user = "?";
        }
        if (database.isEmpty()) {
            // pgjdbc then connects to the database named like the user.
            database = user;
        }
        return new DatabaseTarget(host, port, database, user);
    }

    private static int parsePort(String text, int fallback) {
        try {
            return text.isEmpty() ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** {@code host:port/database}, as in the log lines. */
    String address() {
        return host + ":" + port + "/" + database;
    }

    /** Host and port only, where the network is the question. */
    String hostAndPort() {
        return host + ":" + port;
    }

    @Override
    public String toString() {
        return address() + " as user '" + user + "'";
    }

    /**
     * One line of {@code text} with every {@code password=...} parameter and the given password itself masked, for
     * driver messages that might quote the URL.
     */
    static String redact(String text, String password) {
        if (text == null) {
            return "";
        }
        String redacted = PASSWORD_PARAMETER.matcher(text).replaceAll("$1=***");
        // A very short password would mask ordinary letters; the parameter rule above still covers the URL.
        if (password != null && password.length() >= 4) {
            redacted = redacted.replace(password, "***");
        }
        return redacted.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
