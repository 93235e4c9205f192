package de.newsroom.console.reader;

import java.util.Map;

/**
 * The JSON body of a refused query of the public API: the {@link ApiError} fields plus one text per refused query
 * parameter ({@code fieldErrors}, keyed by the parameter's name, as the comment intake names its fields).
 */
public record ApiBadRequest(int status, String error, String message, Map<String, String> fieldErrors) {
}
