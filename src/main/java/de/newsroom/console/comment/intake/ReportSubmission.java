package de.newsroom.console.comment.intake;

/** A reader's report as posted: a reason code ({@code spam}, {@code insult}, ...) and optional text. */
public record ReportSubmission(String reason, String text) {
}
