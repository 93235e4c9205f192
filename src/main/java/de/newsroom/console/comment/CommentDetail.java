package de.newsroom.console.comment;

import java.time.Instant;
import java.util.List;

/**
 * Everything a moderator needs to decide one comment: its full text, the article, the comment it answers and what
 * the same author (by e-mail or client hash) wrote before and how that was decided. {@code decidedBy} is the display
 * name of the moderator who decided it (null when undecided or decided automatically); {@code version} is what a
 * decision taken on this detail must expect. {@code openReports} counts reader reports no decision has seen yet;
 * {@code reports} lists the latest reports, newest first. {@code articleSlug} places the comment on the reader page.
 * {@code editedByNewsroom}: the public text is the newsroom's edit (the original is for admins only, see
 * {@link CommentEditService#original}); {@code fromNewsroom}: a staff reply; {@code automatic}: which automation
 * decided it when no person did.
 */
public record CommentDetail(long id, String authorName, String email, String body, CommentStatus status,
                            RejectReason rejectReason, String rejectNote, List<String> flags, Instant createdAt,
                            String decidedBy, Instant decidedAt, long version, long articleId, String articleTitle,
                            String articleLead, Parent parent, List<HistoryEntry> history, String articleSlug,
                            int openReports, List<Report> reports, boolean editedByNewsroom,
                            boolean fromNewsroom, AutomaticDecision automatic) {

    /** The comment this one replies to. */
    public record Parent(long id, String authorName, String body, CommentStatus status) {
    }

    /** A reader's report: the reason, the reader's optional text and when. */
    public record Report(ReportReason reason, String text, Instant createdAt) {
    }

    /** An earlier comment of the same author and its decision. */
    public record HistoryEntry(long id, String articleTitle, String excerpt, Instant createdAt,
                               CommentStatus status, RejectReason rejectReason) {
    }
}
