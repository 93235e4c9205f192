package de.newsroom.console.reader;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * The JSON body of a refused query of the public API: the {@link ApiError} fields plus one text per refused query
 * parameter ({@code fieldErrors}, keyed by the parameter's name, as the comment intake names its fields). Left out
 * when no parameter can be named, as in every other error of the public API (docs/features/reader.md, "Errors of the
 * whole public API").
 */
public record ApiBadRequest(int status, String error, String message,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> fieldErrors) {

    /** A refused field or query parameter: the code of the whole public API for refused input. */
    static ApiBadRequest invalidInput(String message, Map<String, String> fieldErrors) {
        return new ApiBadRequest(400, fieldErrors.isEmpty() ? "bad_request" : "invalid_input", message, fieldErrors);
    }
}
