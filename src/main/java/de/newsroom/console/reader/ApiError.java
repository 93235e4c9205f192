package de.newsroom.console.reader;

/** The JSON body of every error of the public API. */
public record ApiError(int status, String error, String message) {
}
