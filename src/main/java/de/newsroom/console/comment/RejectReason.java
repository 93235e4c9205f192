package de.newsroom.console.comment;

/** Why a comment was rejected; {@code OTHER} wants the free-text note. */
public enum RejectReason {
    SPAM, INSULT, OFF_TOPIC, PERSONAL_DATA, DUPLICATE, OTHER
}
