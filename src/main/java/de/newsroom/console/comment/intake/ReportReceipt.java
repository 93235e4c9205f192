package de.newsroom.console.comment.intake;

/** The answer to a report: the same for a first report and a repeated one, so a retry is harmless. */
public record ReportReceipt(String status, String message) {
}
