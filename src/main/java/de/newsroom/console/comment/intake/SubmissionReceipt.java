package de.newsroom.console.comment.intake;

/** The answer to an accepted submission, also the answer replayed for a retried Idempotency-Key. */
public record SubmissionReceipt(long id, String status, String message) {
}
