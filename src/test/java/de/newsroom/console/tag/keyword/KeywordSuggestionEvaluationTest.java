package de.newsroom.console.tag.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.StatementCounter;
import de.newsroom.console.TaxonomyTestArticles;
import de.newsroom.console.TaxonomyTestSecurity;
import de.newsroom.console.tag.TagKeys;
import de.newsroom.console.tag.TagService;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Measures the keyword suggestions on German articles written for this test ({@code src/test/resources/keywords}),
 * against the keywords an editor would keep: precision of the first five chips and the share of bad chips (verbs,
 * function words, numbers, fragments of a multi-word name). The demo articles are the published corpus.
 *
 * <p>The test runs in a context and database of its own (the property only makes the context's key differ), closed
 * after it: in the shared database the articles and tags the whole suite's other tests leave moved up to six chips
 * of 530 in either direction (2026-12-03, after round 11), so a figure depended on which tests ran before. On its own
 * database the suite gives the figures this test gives alone.
 */
@IntegrationTest
@TestPropertySource(properties = "newsroom.test.database=keyword-evaluation")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@WithMockUser(username = "editor", roles = "EDITOR")
class KeywordSuggestionEvaluationTest {

    /**
     * Over the first eighteen articles (dev, held-out, held-out-new); measured 0.867 (78 of 90) in rounds 6-8 with the
     * hand-set multipliers tuned on them, 0.833 (75 of 90) with round 9's fitted score, whose leave-one-split-out
     * figure on these splits is 0.833 too (dev 0.767, held-out 0.833, held-out-new 0.900) and which wins on the
     * held-out splits r3-r8 (0.834 out of sample against their clean 0.719; docs/features/taxonomy.md, round 9).
     * One chip below 0.833.
     */
    static final double PRECISION_FLOOR = 0.82;

    /**
     * Over the first twenty-six articles; measured 0.885 (115 of 130 chips) in rounds 6 and 7 (round 5: 0.869); 0.862
     * (112 of 130) with round 9's fitted score (its leave-one-split-out figure: 0.862, 112 of 130; see
     * {@link #PRECISION_FLOOR}). One chip below 0.862.
     */
    static final double PRECISION_FLOOR_ALL = 0.85;

    /**
     * Over the ten held-out-r4 articles: 0.740 (37 of 50 chips) in their one clean measurement after round 4; 0.860
     * (43 of 50) in rounds 5 and 6, which tuned on them (development data since then), 0.880 (44 of 50) in round 7;
     * 0.840 (42 of 50) with round 9's fitted score, whose leave-one-split-out figure here is 0.800 (40 of 50; the
     * fitted score wins on r5-r8 what it loses here, see {@link #PRECISION_FLOOR}). One chip below 0.840.
     */
    static final double PRECISION_FLOOR_R4 = 0.82;

    /**
     * Over the first thirty-six articles; measured 0.883 (159 of 180 chips) in round 7 (round 6: 0.878), 0.856 (154
     * of 180) with round 9's fitted score (leave-one-split-out 0.844, 152 of 180). One chip below 0.856.
     */
    static final double PRECISION_FLOOR_36 = 0.85;

    /**
     * Over the first forty-six articles; measured 0.887 (204 of 230 chips) in round 7 (round 6: 0.883), 0.865 (199
     * of 230) with round 9's fitted score (leave-one-split-out 0.857, 197 of 230). One chip below 0.865.
     */
    static final double PRECISION_FLOOR_46 = 0.86;

    /**
     * Over all fifty-six articles (held-out-r7 aside); measured 0.882 (247 of 280 chips) in round 7, 0.868 (243 of
     * 280) with round 9's fitted score (leave-one-split-out 0.857, 240 of 280). One chip below 0.868.
     */
    static final double PRECISION_FLOOR_56 = 0.86;

    /**
     * The third round's held-out articles (19-26), written and committed before that round changed the algorithm and
     * first measured once it was finished (see docs/features/taxonomy.md).
     */
    static final String HELD_OUT_R3 = "held-out-r3";

    /**
     * The fourth round's held-out articles (27-36), written and committed before that round changed the engine; until
     * it was final they were only part of the published corpus, never suggested for (see docs/features/taxonomy.md).
     */
    static final String HELD_OUT_R4 = "held-out-r4";

    /**
     * The fifth round's held-out articles (37-46), written and committed before that round changed the engine, by an
     * author who had not read the engine or its documentation. Until the lead's one clean measurement after round 5
     * was final (0.800, 40 of 50 chips, three fragments) they were only part of the published corpus; since then they
     * are measured with the rest.
     */
    static final String HELD_OUT_R5 = "held-out-r5";

    /**
     * Over the ten held-out-r5 articles: 0.800 (40 of 50 chips) in their one clean measurement after round 5; 0.900
     * (45 of 50) in rounds 6 and 7, which tuned on them (development data since then); 0.880 (44 of 50) once the ten
     * held-out-r7 articles joined the corpus (document frequencies move), so the floor lies one chip below that.
     */
    static final double PRECISION_FLOOR_R5 = 0.86;

    /**
     * The sixth round's held-out articles (47-56), written and committed before that round changed the engine, by an
     * author who had read neither the engine nor its documentation. Until the lead's one clean measurement after round
     * 6 was final they were only part of the published corpus; since then they are measured with the rest.
     */
    static final String HELD_OUT_R6 = "held-out-r6";

    /**
     * Over the ten held-out-r6 articles: 0.760 (38 of 50 chips, three fragments: "Max Ophül", "Rotenburg", "Landtag")
     * in their one clean measurement after round 6 (2026-12-03, 11:09 UTC); 0.860 (43 of 50, no fragment) in round 7,
     * which tuned on them (development data since then); 0.840 (42 of 50) once the ten held-out-r8 articles joined the
     * corpus (document frequencies move); 0.860 (43 of 50) in round 9 ("Bayerischer Wald" beside the national park's
     * name in article 52), so the floor lies one chip below that. Round 26: 0.880 (44 of 50, no fragment: "Autobahn
     * GmbH des Bundes" in 54); the floor is unchanged.
     */
    static final double PRECISION_FLOOR_R6 = 0.84;

    /**
     * The seventh round's held-out articles (57-66), written and committed before that round changed the engine, by an
     * author who had read neither the engine nor its documentation. Until the lead's one clean measurement after round
     * 7 was final they were only part of the published corpus; since then they are measured with the rest.
     */
    static final String HELD_OUT_R7 = "held-out-r7";

    /**
     * Over the ten held-out-r7 articles: 0.520 (26 of 50 chips, seven fragments, among them "Kunsthalle" and "Hafen"
     * of "Kunsthalle am Hafen", "Republik" of "Platz der Republik", "Borussia" of "Borussia Ludwigsfelde") in their one
     * clean measurement after round 7 (2026-12-03, 11:44 UTC); 0.660 (33 of 50, two fragments: "Borussia",
     * "Nationalpark") in round 8, which tuned on them (development data since then); 0.680 (34 of 50, no fragment) in
     * round 9 ("Borussia Ludwigsfelde", "Nationalpark Sächsische Schweiz"), so the floor lies one chip below.
     */
    static final double PRECISION_FLOOR_R7 = 0.66;

    /**
     * Over all 66 articles of rounds 1-7: 0.845 (279 of 330 chips) in round 8; 0.852 (281 of 330) in round 9, 0.848
     * (280 of 330) run with KeywordSuggestionServiceTest; the floor lies one chip below the lower figure.
     */
    static final double PRECISION_FLOOR_66 = 0.845;

    /**
     * The eighth round's held-out articles (67-76), written and committed before that round changed the engine, by an
     * author who had read neither the engine nor its documentation. Until the lead's one clean measurement after round
     * 8 was final they were only part of the published corpus; since then they are measured with the rest.
     */
    static final String HELD_OUT_R8 = "held-out-r8";

    /**
     * The ninth round's held-out articles (77-86), written and committed before that round changed the engine, by an
     * author who had read neither the engine nor its documentation. Until the lead's one clean measurement after round
     * 9 was final they were only part of the published corpus; since then they are measured with the rest.
     */
    static final String HELD_OUT_R9 = "held-out-r9";

    /**
     * Over the ten held-out-r9 articles: 0.800 (40 of 50 chips, one fragment: "Wendland" of "Wendland Möbelhandel
     * GmbH") in their one clean measurement after round 9 (2026-12-03, 14:33 UTC, this test alone, the fitted score
     * refitted on the merged name rules); a second editor who saw only the text scored 0.980 against the same keys.
     * The floor lies three chips below: the tags the whole suite's other tests leave in the database cost held-out-r8
     * two chips in round 8.
     */
    static final double PRECISION_FLOOR_R9 = 0.74;

    /**
     * Over all 86 articles after round 9: 0.856 (368 of 430); the floor lay three chips below, as for held-out-r9.
     * Round 23's refit (fitted on all 206 articles, chosen by a forward validation on the sets after round 11):
     * 0.844 (363 of 430), the floor two chips below that.
     */
    static final double PRECISION_FLOOR_86 = 0.84;

    /**
     * The tenth round's held-out articles (87-96), written and committed before that round changed the engine, by an
     * author who had read neither the engine nor its documentation. Until the lead's one clean measurement after round
     * 10 was final they were only part of the published corpus; since then they are measured with the rest.
     */
    static final String HELD_OUT_R10 = "held-out-r10";

    /**
     * Over the ten held-out-r10 articles: 0.760 (38 of 50 chips, two fragments: "Lindenau" of "Glashütte Lindenau",
     * "Haselünne" of "FC Eintracht Haselünne") in their one clean measurement after round 10 (2026-12-03, 15:17 UTC,
     * this test alone); a second editor who saw only the text scored 0.980 against the same keys. The floor lies three
     * chips below, allowing for the tags the whole suite's other tests leave in the database.
     */
    static final double PRECISION_FLOOR_R10 = 0.70;

    /** Over all 96 articles after round 10: 0.844 (405 of 480); the floor lies three chips below. */
    static final double PRECISION_FLOOR_96 = 0.835;

    /**
     * The eleventh round's held-out articles (97-106), written and committed before that round changed the engine, by
     * an author who had read neither the engine nor its documentation. Until the lead's one clean measurement after
     * round 11 was final they were only part of the published corpus; since then they are measured with the rest.
     */
    static final String HELD_OUT_R11 = "held-out-r11";

    /**
     * Over the ten held-out-r11 articles: 0.840 (42 of 50 chips, two fragments: "Lahnbrücke" of "Lahnbrücke
     * Weilstetten", "Bundesliga" of "2. Bundesliga") in their one clean measurement after round 11 (2026-12-03, 17:48
     * UTC, this test alone); a second editor who saw only the text scored 0.980 against the same keys. The floor lies
     * three chips below, allowing for the tags the whole suite's other tests leave in the database. Round 12, which
     * read these articles (development data since their clean figure): 0.860 (43 of 50), no fragment ("Lahnbrücke
     * Weilstetten" and "2. Bundesliga" whole); the floor lies three chips below that.
     */
    static final double PRECISION_FLOOR_R11 = 0.80;

    /**
     * Over all 106 articles after round 11: 0.847 (449 of 530); after round 12: 0.853 (452 of 530). The floor lies six
     * chips below, allowing for the tags the whole suite's other tests leave in the database.
     */
    static final double PRECISION_FLOOR_106 = 0.84;

    /**
     * The twelfth round's held-out articles (107-116), written and committed before that round changed the engine, by
     * an author who had read neither the engine nor its documentation, and tagged a second time by a blind second
     * editor. Until the lead's one clean measurement after round 12 was final they were only part of the published
     * corpus; since then they are measured with the rest.
     */
    static final String HELD_OUT_R12 = "held-out-r12";

    /**
     * Over the ten held-out-r12 articles: 0.760 (38 of 50 chips), no fragment and no bad chip, in their one clean
     * measurement after round 12 (2026-12-04, 17:34 UTC, this test alone); a second editor who saw only the text
     * scored 0.960 against the same keys. The floor lies three chips below. Round 13, which read these articles
     * (development data since their clean figure): 0.800 (40 of 50, "Vogtmann Wärmetechnik" whole); round 16: 0.840
     * (42 of 50; a hyphenated compound whole, a part of it alone no chip). The floor lies three chips below that.
     */
    static final double PRECISION_FLOOR_R12 = 0.78;

    /**
     * Over all 116 articles after round 12, held-out-r12 in the corpus and measured: 0.843 (489 of 580); after round
     * 13: 0.848 (492 of 580). The floor lies five chips below, allowing for the tags the whole suite's other tests
     * leave in the database.
     */
    static final double PRECISION_FLOOR_116 = 0.838;

    /**
     * The thirteenth round's held-out articles (117-126), written and committed before that round changed the engine,
     * by an author who had read neither the engine nor its documentation, and tagged a second time by a blind second
     * editor. Until the lead's one clean measurement after round 13 was final they were only part of the published
     * corpus; since then they are measured with the rest.
     */
    static final String HELD_OUT_R13 = "held-out-r13";

    /**
     * The fourteenth round's held-out articles (127-136), written and committed before that round (which changed
     * nothing in the engine) by an author who had read neither the engine nor its documentation, and tagged a second
     * time by a blind second editor. Until the lead's one clean measurement after round 14 they were only part of the
     * published corpus; since then they are measured with the rest.
     */
    static final String HELD_OUT_R14 = "held-out-r14";

    /**
     * The fifteenth round's held-out articles (137-146), written and committed before that round changed the engine,
     * by an author who had read neither the engine nor its documentation, and tagged a second time by a blind second
     * editor. Until the lead's one clean measurement after round 15 they were only part of the published corpus; since
     * then they are measured with the rest.
     */
    static final String HELD_OUT_R15 = "held-out-r15";

    /**
     * The sixteenth round's held-out articles (147-156), written and committed before that round changed the engine,
     * by an author who had read neither the engine nor its documentation, and tagged a second time by a blind second
     * editor. Until the lead's one clean measurement after round 16 they were only part of the published corpus; since
     * then they are measured with the rest.
     */
    static final String HELD_OUT_R16 = "held-out-r16";

    /**
     * Over the ten held-out-r16 articles: 0.740 (37 of 50 chips), three fragments ("Lichtspiele" and "Capitol" of
     * "Capitol-Lichtspiele", "Nordsky" of "Nordsky Airlines"), in their one clean measurement after round 16
     * (2026-12-04, 23:47 UTC, this test alone); a second editor who saw only the text scored 0.960 against the same
     * keys. Round 17, which read these articles (development data since their clean figure): 0.840 (42 of 50, no
     * fragment: "Capitol-Lichtspiele", "Nordsky Airlines" whole). The floor lay one chip below that. Once held-out-r20
     * and held-out-r21 joined the corpus (their document frequencies): 0.800 (40 of 50); the floor lies one chip below.
     */
    static final double PRECISION_FLOOR_R16 = 0.78;

    /**
     * Over all 156 articles after round 16, held-out-r16 in the corpus and measured: 0.841 (656 of 780, five
     * fragments) in the clean run's corpus; the floor lies five chips below, allowing for the tags the whole suite's
     * other tests leave in the database. Round 17: 0.849 (662 of 780, two fragments, this test alone), 0.851 (664) once
     * held-out-r17 joined the corpus; the floor lies five chips below.
     * Articles 207-226 (held-out-r22 and held-out-r23, hidden) and the archive articles of the tags of 187-226 joined
     * the corpus before round 22 changed anything (2026-12-05, 07:55 UTC): 0.840 (655 of 780; the new existing tag
     * "Winter" enters the first five of articles 112 and 122, a season their keys do not keep); the floor lies five
     * chips below.
     */
    static final double PRECISION_FLOOR_156 = 0.833;

    /**
     * The seventeenth round's held-out articles (157-166), written and committed before that round changed the engine,
     * by an author who had read neither the engine nor its documentation, and tagged a second time by a blind second
     * editor. Until the lead's one clean measurement after round 17 they were only part of the published corpus; since
     * then they are measured with the rest.
     */
    static final String HELD_OUT_R17 = "held-out-r17";

    /**
     * Over the ten held-out-r17 articles: 0.780 (39 of 50 chips), one fragment ("Wählergemeinschaft Brakenfeld" of
     * "Freie Wählergemeinschaft Brakenfeld"), in their one clean measurement after round 17 (2026-12-05, 00:23 UTC,
     * this test alone); a second editor who saw only the text scored 0.860 against the same keys. Since round 18 the
     * fragment check splits names at an en dash too, which counts "Bahnstrecke Rautenberg" of "Bahnstrecke
     * Rautenberg–Kaltenbrunn" as well: two fragments in that measurement. Round 18, which read these articles
     * (development data since their clean figure): 0.840 (42 of 50, no fragment: the route, "Freie Wählergemeinschaft
     * Brakenfeld" whole, "Handy" one chip with "Handys"); 0.820 (41 of 50) once held-out-r18 and held-out-r19 joined
     * the corpus (their document frequencies). The floor lay one chip below that. Round 23's refit (forward-validated,
     * see KeywordRanking.FITTED): 0.780 (39 of 50, one fragment, "Isartaler Getränke" of "Isartaler Getränke AG");
     * the floor one chip below.
     */
    static final double PRECISION_FLOOR_R17 = 0.76;

    /**
     * Over all 166 articles after round 17, held-out-r17 in the corpus and measured: 0.847 (703 of 830, three
     * fragments) in the clean run's corpus; the floor lies five chips below, allowing for the tags the whole suite's
     * other tests leave in the database. Round 18: 0.851 (706 of 830, two fragments, this test alone); 0.845 (701 of
     * 830) once held-out-r18 and held-out-r19 joined the corpus; the floor lies five chips below. Round 19: 0.846
     * (702 of 830); the floor lies five chips below that.
     * Articles 207-226 (held-out-r22 and held-out-r23, hidden) and the archive articles of the tags of 187-226 joined
     * the corpus before round 22 changed anything (2026-12-05, 07:55 UTC): 0.839 (696 of 830); the floor lies five
     * chips below.
     */
    static final double PRECISION_FLOOR_166 = 0.832;

    /**
     * The eighteenth round's held-out articles (167-176), written and committed before that round changed the engine,
     * by an author who had read neither the engine nor its documentation, and tagged a second time by a blind second
     * editor. Until the lead's one clean measurement after round 18 they were only part of the published corpus; since
     * then they are measured with the rest.
     */
    static final String HELD_OUT_R18 = "held-out-r18";

    /**
     * Over the ten held-out-r18 articles: 0.640 (32 of 50 chips), two fragments ("Strumpffabrik" of "Strumpffabrik
     * Lohkamp", "Großer Preis" of "Großer Preis von Hirschfelden"), in their one clean measurement after round 18
     * (2026-12-05, 02:05 UTC, this test alone, held-out-r19 hidden); a second editor who saw only the text scored 0.960
     * against the same keys. Round 19, which read these articles (development data since): 0.720 (36 of 50, one
     * fragment: "Großer Preis von Hirschfelden" whole, no "Marco K", "Stadthalle Norderhusen" and "Johanna Leuthold"
     * without the words too many). The floor lies one chip below that.
     */
    static final double PRECISION_FLOOR_R18 = 0.70;

    /**
     * Over all 176 articles after round 18, held-out-r18 in the corpus and measured: 0.833 (733 of 880, four
     * fragments); the floor lies five chips below. Round 19: 0.839 (738 of 880, three fragments); round 19b's tagged
     * archive in the corpus (its 128 articles' document frequencies, without round 19's rules): 0.835 (735 of 880, five
     * fragments). Both together, held-out-r19 in the corpus: 0.841 (740 of 880, four fragments); the floor lies five
     * chips below.
     * Articles 207-226 (held-out-r22 and held-out-r23, hidden) and the archive articles of the tags of 187-226 joined
     * the corpus before round 22 changed anything (2026-12-05, 07:55 UTC): 0.832 (732 of 880); the floor lies five
     * chips below.
     */
    static final double PRECISION_FLOOR_176 = 0.826;

    /**
     * The nineteenth round's held-out articles (177-186), written and committed before that round changed the engine,
     * by an author who had read neither the engine nor its documentation, and tagged a second time by a blind second
     * editor. Until the lead's one clean measurement after round 19 they were only part of the published corpus; since
     * then they are measured with the rest.
     */
    static final String HELD_OUT_R19 = "held-out-r19";

    /**
     * Over the ten held-out-r19 articles: 0.760 (38 of 50 chips), one fragment ("Landesverband" of "Landesverband
     * Unterweser-Bergland"), in their one clean measurement after round 19 (2026-12-05, 03:15 UTC, this test alone,
     * round 19's rules and round 19b's tagged archive); a second editor who saw only the text scored 0.900 against the
     * same keys. The floor lies one chip below. Round 20 (a "für" after a place's name, a district under its short
     * word, an institution's word before a hyphenated region): 0.820 (41 of 50), no fragment, and 0.800 (40 of 50, one
     * fragment) once held-out-r20 and held-out-r21 joined the corpus; the floor lies one chip below.
     */
    static final double PRECISION_FLOOR_R19 = 0.78;

    /**
     * Over all 186 articles after round 19, held-out-r19 in the corpus and measured: 0.837 (778 of 930, five
     * fragments); the floor lies five chips below. Round 20: 0.839 (780 of 930, four fragments); the floor lies five
     * chips below.
     * Articles 207-226 (held-out-r22 and held-out-r23, hidden) and the archive articles of the tags of 187-226 joined
     * the corpus before round 22 changed anything (2026-12-05, 07:55 UTC): 0.831 (773 of 930); the floor lies five
     * chips below.
     */
    static final double PRECISION_FLOOR_186 = 0.825;

    /**
     * The twentieth round's held-out articles (187-196), written and committed before that round changed the engine,
     * by an author who had read neither the engine nor its documentation, and tagged a second time by a blind second
     * editor. Until the lead's one clean measurement after round 20 they were only part of the published corpus; since
     * then they are measured with the rest.
     */
    static final String HELD_OUT_R20 = "held-out-r20";

    /**
     * Over the ten held-out-r20 articles: 0.840 (42 of 50 chips), no fragment, in their one clean measurement after
     * round 20 (2026-12-05, 05:35 UTC, this test alone, held-out-r21 hidden); a second editor who saw only the text
     * scored 0.900 against the same keys. 0.880 (44 of 50) after round 22 ("Niederdeutsche Bühne Harsbeck" without
     * the object "Theater", "Theater am Wall" in fifth place). The floor lies one chip below.
     */
    static final double PRECISION_FLOOR_R20 = 0.86;

    /**
     * Over all 196 articles after round 20, held-out-r20 in the corpus and measured: 0.837 (820 of 980, six
     * fragments); the floor lies five chips below.
     */
    static final double PRECISION_FLOOR_196 = 0.831;

    /**
     * The twenty-first round's held-out articles (197-206), written and committed before that round changed the
     * engine, by an author who had read neither the engine nor its documentation, and tagged a second time by a blind
     * second editor. Until the lead's one clean measurement after round 21 they were only part of the published
     * corpus; since then they are measured with the rest.
     */
    static final String HELD_OUT_R21 = "held-out-r21";

    /**
     * Over the ten held-out-r21 articles: 0.820 (41 of 50 chips), two fragments ("Hanseatia Bredenau" of "Ruderclub
     * Hanseatia Bredenau", "Warnecke" of "Gesine Warnecke"), in their one clean measurement after round 21 (2026-12-05,
     * 05:54 UTC, this test alone; round 21 changed no ranking, so this is round 20's engine); a second editor who saw
     * only the text scored 0.920 against the same keys. 0.860 (43 of 50), no fragment, after round 22 ("Ruderclub
     * Hanseatia Bredenau", "Gesine Warnecke"); the limit of two fragments stays as an allowance. The floor lies one
     * chip below.
     */
    static final double PRECISION_FLOOR_R21 = 0.84;

    /**
     * Over all 206 articles after round 21, held-out-r21 in the corpus and measured: 0.836 (861 of 1030, eight
     * fragments); 0.841 (866 of 1030, seven fragments) after round 22's name rules, 0.842 (867) with its dative
     * plural. The floor lies five chips below the lower figure. Rounds 22 and 23 merged, articles 207-226 in the
     * corpus: 0.847 (872 of 1030, six fragments).
     */
    static final double PRECISION_FLOOR_206 = 0.835;

    /**
     * The twenty-second round's held-out articles (207-216), written and committed before that round changed the
     * engine, by an author who had read neither the engine nor its documentation, and tagged a second time by a blind
     * second editor. Until the lead's one clean measurement after rounds 22 and 23 they were only part of the
     * published corpus; since then they are measured with the rest.
     */
    static final String HELD_OUT_R22 = "held-out-r22";

    /**
     * Over the ten held-out-r22 articles: 0.840 (42 of 50 chips), no fragment, in their one clean measurement after
     * rounds 22 and 23 (2026-12-05, 08:50 UTC, this test alone, both rounds merged); a second editor who saw only the
     * text scored 0.960 against the same keys. The floor lies one chip below. Round 24 (name boundaries): 0.860 (43 of
     * 50; the headline's route "Hollwede–Brenkenfeld" counts for its two towns).
     */
    static final double PRECISION_FLOOR_R22 = 0.82;

    /**
     * Over all 216 articles, held-out-r22 in the corpus and measured: 0.846 (914 of 1080, six fragments); the floor
     * lies five chips below. Round 25 (an existing tag's word profile, decision 0037): 0.856 (924 of 1080, six
     * fragments); the floor stays.
     */
    static final double PRECISION_FLOOR_216 = 0.841;

    /**
     * The twenty-third round's held-out articles (217-226), written and committed before that round changed the
     * engine, by an author who had read neither the engine nor its documentation, and tagged a second time by a blind
     * second editor. Until the lead's one clean measurement after rounds 22 and 23 they were only part of the
     * published corpus; since then they are measured with the rest.
     */
    static final String HELD_OUT_R23 = "held-out-r23";

    /**
     * Over the ten held-out-r23 articles: 0.900 (45 of 50 chips), two fragments ("FC Tannwerder" of "FC Tannwerder
     * 09", "Obsthof" of "Obsthof Rademacher"), in their one clean measurement after rounds 22 and 23 (2026-12-05, 08:50
     * UTC, this test alone, both rounds merged); a second editor who saw only the text scored 0.960 against the same
     * keys. The floor lies one chip below. Round 24 (name boundaries): 0.940 (47 of 50), no fragment ("FC Tannwerder
     * 09", "Obsthof Rademacher").
     */
    static final double PRECISION_FLOOR_R23 = 0.88;

    /**
     * Over all 226 articles, held-out-r23 in the corpus and measured: 0.849 (959 of 1130, eight fragments); the floor
     * lies five chips below. Round 25 (an existing tag's word profile, decision 0037): 0.858 (969 of 1130, eight
     * fragments; held-out 0.867 -> 0.833, "Strom" in 04, nine splits one or two chips up); the floor stays, so that
     * round 24's name rules, measured in parallel, merge against the same floor.
     * Round 24 (name boundaries): 0.855 (966 of 1130, one fragment: "Autobahn GmbH" of
     * "Autobahn GmbH des Bundes", 54); floors unchanged.
     */
    static final double PRECISION_FLOOR_226 = 0.844;

    /**
     * The twenty-fourth round's held-out articles (227-236), written and committed before that round changed the
     * engine, by an author who had read neither the engine nor its documentation. Until the lead's one clean
     * measurement after rounds 24 and 25 they were only part of the published corpus; since then they are measured
     * with the rest.
     */
    static final String HELD_OUT_R24 = "held-out-r24";

    /**
     * Over the ten held-out-r24 articles: 0.900 (45 of 50 chips), one fragment ("Orchester Wendelsau" of
     * "Philharmonisches Orchester Wendelsau"), in their one clean measurement after rounds 24 and 25 (2026-12-05,
     * 11:35 UTC, this test alone); the floor lies one chip below. Round 26 (development data): 0.960 (48 of 50), no
     * fragment; the floor is unchanged.
     */
    static final double PRECISION_FLOOR_R24 = 0.88;

    /**
     * The twenty-fifth round's held-out articles (237-246), written and committed before that round changed the
     * engine, by an author who had read neither the engine nor its documentation. Until the lead's one clean
     * measurement after rounds 24 and 25 they were only part of the published corpus; since then they are measured
     * with the rest.
     */
    static final String HELD_OUT_R25 = "held-out-r25";

    /**
     * Over the ten held-out-r25 articles: 0.860 (43 of 50 chips), no fragment, in their one clean measurement after
     * rounds 24 and 25 (2026-12-05, 11:35 UTC, this test alone); the floor lies one chip below.
     */
    static final double PRECISION_FLOOR_R25 = 0.84;

    /**
     * Over all 246 articles, held-out-r24 and held-out-r25 in the corpus and measured: 0.865 (1064 of 1230, two
     * fragments), all 236 0.865 (1021 of 1180); the floors lie five chips below. Round 26: all 246 0.868 (1068 of
     * 1230, no fragment), all 236 0.869 (1025 of 1180); the floors are unchanged.
     */
    static final double PRECISION_FLOOR_236 = 0.861;

    /** See {@link #PRECISION_FLOOR_236}. */
    static final double PRECISION_FLOOR_246 = 0.861;

    /**
     * The twenty-sixth round's held-out articles (247-256), written and committed before that round changed the
     * engine, by an author who had read neither the engine nor its documentation. Until the lead's one clean
     * measurement after round 26 they were only part of the published corpus; since then they are measured with the
     * rest.
     */
    static final String HELD_OUT_R26 = "held-out-r26";

    /**
     * Over the ten held-out-r26 articles: 0.900 (45 of 50 chips), no fragment, no bad chip, in their one clean
     * measurement after round 26 (2026-12-05, 12:18-12:24 UTC, this test alone); the floor lies one chip below.
     */
    static final double PRECISION_FLOOR_R26 = 0.88;

    /**
     * Over all 256 articles, held-out-r26 in the corpus and measured: 0.869 (1112 of 1280), no fragment; the floor
     * lies five chips below.
     */
    static final double PRECISION_FLOOR_256 = 0.864;

    /**
     * Over the ten held-out-r15 articles: 0.800 (40 of 50 chips), one fragment ("Hessische Städte" of "Hessischer
     * Städte- und Gemeindebund"), in their one clean measurement after round 15 (2026-12-04, 21:25 UTC, this test
     * alone); a second editor who saw only the text scored 0.980 against the same keys. Round 16, which read these
     * articles (development data since their clean figure): 0.820 (41 of 50, no fragment: "Hessischer Städte- und
     * Gemeindebund" one word pair). The floor lay one chip below that. Round 23's refit (forward-validated, see
     * KeywordRanking.FITTED): 0.780 (39 of 50); the floor one chip below.
     */
    static final double PRECISION_FLOOR_R15 = 0.76;

    /**
     * Over all 146 articles after round 15, held-out-r15 in the corpus and measured: 0.838 (612 of 730, five fragments) in the clean run's
     * corpus; after round 16: 0.849 (620 of 730, two fragments), 0.848 (619) once held-out-r16 joined the corpus. The
     * floor lies five chips below that, allowing for the tags the whole suite's other tests leave in the database.
     */
    static final double PRECISION_FLOOR_146 = 0.84;

    /**
     * Over the ten held-out-r14 articles: 0.660 (33 of 50 chips), two fragments ("Rabenau" of "Sektkellerei von
     * Rabenau", "Feuerwehr Wusterhagen" of "Freiwillige Feuerwehr Wusterhagen"), in their one clean measurement after
     * round 14 (2026-12-04, 20:34 UTC, this test alone); a second editor who saw only the text scored 0.920 against
     * the same keys; 0.740 (37 of 50, the same two fragments) after round 15, which tuned on them (a description over
     * "im", a role before a name, a genitive before a quoted title); 0.820 (41 of 50, no fragment) after round 16
     * ("Sektkellerei von Rabenau", "Freiwillige Feuerwehr Wusterhagen", "Tempo 30", "DRS-Pokal" and
     * "Diplodia-Triebsterben" whole). The floor lies one chip below that.
     */
    static final double PRECISION_FLOOR_R14 = 0.80;

    /**
     * Over all 136 articles after round 14, held-out-r14 in the corpus and measured: 0.832 (566 of 680) in the clean
     * run's corpus; 0.838 (570 of 680, three fragments) after round 15; 0.851 (579 of 680, two fragments) after round
     * 16. The floor lies five chips below that, allowing for the tags the whole suite's other tests leave in the
     * database.
     */
    static final double PRECISION_FLOOR_136 = 0.84;

    /**
     * Over the ten held-out-r13 articles: 0.820 (41 of 50 chips), no fragment and no bad chip, in their one clean
     * measurement after round 13 (2026-12-04, 18:27 UTC, this test alone); a second editor who saw only the text
     * scored 0.980 against the same keys. The floor lies three chips below.
     */
    static final double PRECISION_FLOOR_R13 = 0.76;

    /**
     * Over all 126 articles after round 13, held-out-r13 in the corpus and measured: 0.848 (534 of 630) in the clean
     * run's corpus; the floor lies five chips below, allowing for the tags the whole suite's other tests leave in the
     * database.
     */
    static final double PRECISION_FLOOR_126 = 0.84;

    /**
     * Over the ten held-out-r8 articles: 0.720 (36 of 50 chips, three fragments: "Bauamt" of "Staatliches Bauamt
     * Regensburg", "Versorgungszentrum" and "Zentrum" of the medical centre's name) in their one clean measurement
     * after round 8 (2026-12-03, 12:09 UTC, this test alone). In the whole suite the tags other tests leave in the
     * database make it 0.680 (34 of 50). Round 9, which tuned on them (development data since then): 0.760 (38 of 50,
     * one fragment, "Greifswald", a town the text also names alone), alone and with KeywordSuggestionServiceTest; the
     * floor lies one chip below 0.720, which allows for the two chips the whole suite's tags cost in round 8.
     */
    static final double PRECISION_FLOOR_R8 = 0.70;

    // Words of a name or chip: split at spaces, hyphens and (round 18) the en dash of a route or pair ("Bahnstrecke
    // Rautenberg–Kaltenbrunn"), so that a chip cut at the dash ("Bahnstrecke Rautenberg") counts as a fragment, as one
    // cut at a hyphen does.
    private static final Pattern WORDS = Pattern.compile("[\\s\\-‐‑–]+");

    record Sample(String file, String split, String title, String lead, String body, Set<String> acceptable,
            List<List<String>> names, List<String> existing) {
    }

    record Score(int chips, int kept, int bad, int fragments) {
        Score plus(Score o) {
            return new Score(chips + o.chips, kept + o.kept, bad + o.bad, fragments + o.fragments);
        }

        double precision() {
            return chips == 0 ? 0 : (double) kept / chips;
        }

        double badShare() {
            return chips == 0 ? 0 : (double) bad / chips;
        }
    }

    @Autowired
    KeywordSuggestionService suggestions;

    @Autowired
    TagService tags;

    @Autowired
    CorpusStatistics statistics;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext ctx;

    @Test
    void the_first_five_chips_are_ones_an_editor_keeps_and_never_fragments_of_a_name() throws Exception {
        TaxonomyTestSecurity.useStrategyOf(ctx);
        publishDemoCorpus();
        List<Sample> samples = samples();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(18);
        samples.stream().flatMap(s -> s.existing().stream()).forEach(tags::findOrCreate);
        // The other evaluation articles are published too (a bigger corpus); the one being tagged is still a draft.
        var articles = new TaxonomyTestArticles(jdbc);
        java.util.Map<Sample, Long> ids = new java.util.HashMap<>();
        samples.forEach(s -> ids.put(s, articles.published(null, s.title(), s.lead(), s.body())));
        tagTheArchive(jdbc, tags, samples, ids);

        statistics.refresh();
        // Warm up once, so that the timing below is the steady state an editor sees, not class loading.
        suggestions.suggest(samples.getFirst().title(), samples.getFirst().lead(), samples.getFirst().body(), 8);
        java.util.Map<String, Score> bySplit = new java.util.TreeMap<>();
        long slowest = 0;
        int statements = 0;
        java.util.Map<Sample, Score> engineBySample = new java.util.HashMap<>();
        List<Sample> measuredSamples = samples;
        for (Sample s : measuredSamples) {
            jdbc.update("update article set status = 'DRAFT' where id = ?", ids.get(s));
            statistics.refresh();
            long start = System.nanoTime();
            var counted = StatementCounter.count(() -> suggestions.suggest(s.title(), s.lead(), s.body(), 8));
            slowest = Math.max(slowest, System.nanoTime() - start);
            statements = Math.max(statements, counted.count());
            jdbc.update("update article set status = 'PUBLISHED' where id = ?", ids.get(s));
            List<String> top = counted.result().stream().map(KeywordSuggestion::name).limit(5).toList();
            Score score = score(s, top);
            System.out.printf("keywords %-12s %-36s %d/%d kept, %d bad, %d fragments: %s%n", s.split(), s.file(),
                    score.kept(), score.chips(), score.bad(), score.fragments(), top);
            if (Boolean.getBoolean("keywords.verbose")) {
                System.out.printf(Locale.ROOT, "keywords   all eight: %s%n", counted.result().stream()
                        .map(k -> String.format(Locale.ROOT, "%s%s %.3f", k.name(),
                                s.acceptable().contains(TagKeys.key(k.name())) ? "+" : "-", k.score()))
                        .toList());
            }
            bySplit.merge(s.split(), score, Score::plus);
            engineBySample.put(s, score);
        }
        secondEditor(samples, measuredSamples, engineBySample);
        Score none = new Score(0, 0, 0, 0);
        Score dev = bySplit.getOrDefault("dev", none);
        Score heldOut = bySplit.getOrDefault("held-out", none);
        Score heldOutNew = bySplit.getOrDefault("held-out-new", none);
        Score firstTwelve = dev.plus(heldOut);
        Score all = firstTwelve.plus(heldOutNew);
        Score heldOutR3 = bySplit.getOrDefault(HELD_OUT_R3, none);
        Score all26 = all.plus(heldOutR3);
        // Steady-state time per suggestion, three rounds over the whole set.
        List<Long> times = new ArrayList<>();
        List<Long> cpuTimes = new ArrayList<>();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3; round++) {
            for (Sample s : measuredSamples) {
                long cpu = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                suggestions.suggest(s.title(), s.lead(), s.body(), 8);
                times.add(System.nanoTime() - start);
                cpuTimes.add(threads.getCurrentThreadCpuTime() - cpu);
            }
        }
        times.sort(null);
        cpuTimes.sort(null);
        double medianMs = times.get(times.size() / 2) / 1e6;
        double medianCpuMs = cpuTimes.get(cpuTimes.size() / 2) / 1e6;
        double loadPerCore = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                / Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "keywords time per suggestion: median %.1f ms (this thread's CPU %.1f ms), "
                + "max %.1f ms; load average per core %.1f%n", medianMs, medianCpuMs, times.getLast() / 1e6,
                loadPerCore);
        System.out.printf(Locale.ROOT, "keywords precision@5: dev %.3f, held-out %.3f (first twelve %.3f), "
                        + "held-out-new %.3f, all %.3f; bad chips: dev %.3f, held-out %.3f, held-out-new %.3f, "
                        + "all %.3f; fragments %d; slowest %.1f ms; at most %d statements%n",
                dev.precision(), heldOut.precision(), firstTwelve.precision(), heldOutNew.precision(),
                all.precision(), dev.badShare(), heldOut.badShare(), heldOutNew.badShare(), all.badShare(),
                all.fragments(), slowest / 1e6, statements);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r3 %.3f (%d/%d), bad %.3f, fragments %d; "
                + "all 26 %.3f%n", heldOutR3.precision(), heldOutR3.kept(), heldOutR3.chips(), heldOutR3.badShare(),
                heldOutR3.fragments(), all26.precision());

        Score heldOutR4 = bySplit.getOrDefault(HELD_OUT_R4, none);
        Score all36 = all26.plus(heldOutR4);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r4 %.3f (%d/%d), bad %.3f, fragments %d; "
                + "first 26 %.3f (%d/%d), bad %.3f, fragments %d; all 36 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR4.precision(), heldOutR4.kept(), heldOutR4.chips(), heldOutR4.badShare(),
                heldOutR4.fragments(), all26.precision(), all26.kept(), all26.chips(), all26.badShare(),
                all26.fragments(), all36.precision(), all36.kept(), all36.chips(), all36.badShare(),
                all36.fragments());

        Score heldOutR5 = bySplit.getOrDefault(HELD_OUT_R5, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r5 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR5.precision(), heldOutR5.kept(), heldOutR5.chips(), heldOutR5.badShare(),
                heldOutR5.fragments());

        Score heldOutR6 = bySplit.getOrDefault(HELD_OUT_R6, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r6 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR6.precision(), heldOutR6.kept(), heldOutR6.chips(), heldOutR6.badShare(),
                heldOutR6.fragments());
        Score heldOutR7 = bySplit.getOrDefault(HELD_OUT_R7, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r7 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR7.precision(), heldOutR7.kept(), heldOutR7.chips(), heldOutR7.badShare(),
                heldOutR7.fragments());
        Score heldOutR8 = bySplit.getOrDefault(HELD_OUT_R8, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r8 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR8.precision(), heldOutR8.kept(), heldOutR8.chips(), heldOutR8.badShare(),
                heldOutR8.fragments());

        Score heldOutR9 = bySplit.getOrDefault(HELD_OUT_R9, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r9 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR9.precision(), heldOutR9.kept(), heldOutR9.chips(), heldOutR9.badShare(),
                heldOutR9.fragments());

        Score heldOutR10 = bySplit.getOrDefault(HELD_OUT_R10, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r10 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR10.precision(), heldOutR10.kept(), heldOutR10.chips(), heldOutR10.badShare(),
                heldOutR10.fragments());

        Score heldOutR11 = bySplit.getOrDefault(HELD_OUT_R11, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r11 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR11.precision(), heldOutR11.kept(), heldOutR11.chips(), heldOutR11.badShare(),
                heldOutR11.fragments());

        Score heldOutR12 = bySplit.getOrDefault(HELD_OUT_R12, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r12 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR12.precision(), heldOutR12.kept(), heldOutR12.chips(), heldOutR12.badShare(),
                heldOutR12.fragments());

        Score heldOutR13 = bySplit.getOrDefault(HELD_OUT_R13, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r13 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR13.precision(), heldOutR13.kept(), heldOutR13.chips(), heldOutR13.badShare(),
                heldOutR13.fragments());

        Score heldOutR14 = bySplit.getOrDefault(HELD_OUT_R14, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r14 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR14.precision(), heldOutR14.kept(), heldOutR14.chips(), heldOutR14.badShare(),
                heldOutR14.fragments());

        Score heldOutR15 = bySplit.getOrDefault(HELD_OUT_R15, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r15 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR15.precision(), heldOutR15.kept(), heldOutR15.chips(), heldOutR15.badShare(),
                heldOutR15.fragments());

        Score heldOutR16 = bySplit.getOrDefault(HELD_OUT_R16, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r16 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR16.precision(), heldOutR16.kept(), heldOutR16.chips(), heldOutR16.badShare(),
                heldOutR16.fragments());

        Score heldOutR17 = bySplit.getOrDefault(HELD_OUT_R17, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r17 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR17.precision(), heldOutR17.kept(), heldOutR17.chips(), heldOutR17.badShare(),
                heldOutR17.fragments());

        Score heldOutR18 = bySplit.getOrDefault(HELD_OUT_R18, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r18 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR18.precision(), heldOutR18.kept(), heldOutR18.chips(), heldOutR18.badShare(),
                heldOutR18.fragments());
        Score heldOutR19 = bySplit.getOrDefault(HELD_OUT_R19, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r19 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR19.precision(), heldOutR19.kept(), heldOutR19.chips(), heldOutR19.badShare(),
                heldOutR19.fragments());
        Score heldOutR20 = bySplit.getOrDefault(HELD_OUT_R20, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r20 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR20.precision(), heldOutR20.kept(), heldOutR20.chips(), heldOutR20.badShare(),
                heldOutR20.fragments());
        Score heldOutR21 = bySplit.getOrDefault(HELD_OUT_R21, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r21 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR21.precision(), heldOutR21.kept(), heldOutR21.chips(), heldOutR21.badShare(),
                heldOutR21.fragments());
        Score heldOutR22 = bySplit.getOrDefault(HELD_OUT_R22, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r22 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR22.precision(), heldOutR22.kept(), heldOutR22.chips(), heldOutR22.badShare(),
                heldOutR22.fragments());
        Score heldOutR23 = bySplit.getOrDefault(HELD_OUT_R23, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r23 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR23.precision(), heldOutR23.kept(), heldOutR23.chips(), heldOutR23.badShare(),
                heldOutR23.fragments());
        Score heldOutR24 = bySplit.getOrDefault(HELD_OUT_R24, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r24 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR24.precision(), heldOutR24.kept(), heldOutR24.chips(), heldOutR24.badShare(),
                heldOutR24.fragments());
        Score heldOutR25 = bySplit.getOrDefault(HELD_OUT_R25, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r25 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR25.precision(), heldOutR25.kept(), heldOutR25.chips(), heldOutR25.badShare(),
                heldOutR25.fragments());
        Score heldOutR26 = bySplit.getOrDefault(HELD_OUT_R26, none);
        System.out.printf(Locale.ROOT, "keywords precision@5: held-out-r26 %.3f (%d/%d), bad %.3f, fragments %d%n",
                heldOutR26.precision(), heldOutR26.kept(), heldOutR26.chips(), heldOutR26.badShare(),
                heldOutR26.fragments());

        assertThat(all36.chips() + heldOutR5.chips() + heldOutR6.chips() + heldOutR7.chips()
                + heldOutR8.chips() + heldOutR9.chips() + heldOutR10.chips() + heldOutR11.chips()
                + heldOutR12.chips() + heldOutR13.chips() + heldOutR14.chips()
                + heldOutR15.chips() + heldOutR16.chips() + heldOutR17.chips() + heldOutR18.chips()
                + heldOutR19.chips() + heldOutR20.chips() + heldOutR21.chips()
                + heldOutR22.chips() + heldOutR23.chips() + heldOutR24.chips() + heldOutR25.chips()
                + heldOutR26.chips())
                .isGreaterThanOrEqualTo(5 * measuredSamples.size() - 2);
        // None until round 11: once held-out-r11's articles joined the corpus (its one clean measurement), their
        // document frequencies put "Museum" ("Das Museum hat ...", the short form of "Museum für Naturkunde") into
        // article 16's first five instead of "Forschung", which was no keeper either. Allowed once until the candidates
        // give the name for its short form, like "Eintracht" in article 29 below. Round 12: the institution's word
        // alone counts for its name ("Museum für Naturkunde" whole), none again.
        assertThat(all26.fragments()).as("fragments of multi-word names among the first five, first 26").isZero();
        // Round 4's one fragment ("VfL" for "VfL Wolfsburg" in article 29) is gone since round 5. Round 10: once
        // held-out-r10's articles joined the corpus (merged from main, never measured), their document frequencies
        // lift "Eintracht" (the club's short form, "Die Eintracht begann ...") of "Eintracht Frankfurt" into article
        // 29's first five, with round 9's coefficients as with the refit ones; before that merge it was not there
        // (all 86 0.856, no fragment). Allowed once until the candidates give the name for its short form. Round 12:
        // a common noun before a town written without its article ("gegen Eintracht Frankfurt") is a name, and the
        // noun alone its short form; none since.
        assertThat(heldOutR4.fragments()).as("fragments among the first five, held-out-r4").isZero();
        // The issue's target is 0.85. Round 7 (tuned on all 56 articles): 0.867 over the first 18, 0.885 over the
        // first 26, 0.880 on held-out-r4, 0.883 over the first 36, 0.900 on held-out-r5, 0.887 over the first 46,
        // 0.860 on held-out-r6, 0.882 over all 56; see docs/features/taxonomy.md. The floors lie one chip below and
        // keep it from slipping. Round 9's fitted score (leave-one-split-out 0.832 over all 76, 0.834 on r3-r8 against
        // their clean 0.719) gives chips back on the early splits and wins them on the late ones; the floors it failed
        // lie one chip below its figures, each with its cross-validated figure in the javadoc.
        assertThat(all.precision()).as("precision of the first five chips").isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(all26.precision()).as("precision of the first five chips, first 26")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_ALL);
        assertThat(heldOutR4.precision()).as("precision of the first five chips, held-out-r4")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R4);
        assertThat(all36.precision()).as("precision of the first five chips, all 36")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_36);
        assertThat(all36.badShare()).as("share of verbs, function words, numbers and fragments")
                .isLessThanOrEqualTo(0.02);
        // held-out-r5's one clean measurement (0.800, fragments "Haie", "Bergmilch", "Lindenhof") was what round 6
        // worked on: 0.900 and no fragment since, one chip below is the floor.
        assertThat(heldOutR5.precision()).as("precision of the first five chips, held-out-r5")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R5);
        assertThat(heldOutR5.fragments()).as("fragments among the first five, held-out-r5").isZero();
        Score all46 = all36.plus(heldOutR5);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 46 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all46.precision(), all46.kept(), all46.chips(), all46.badShare(), all46.fragments());
        assertThat(all46.precision()).as("precision of the first five chips, all 46")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_46);
        // held-out-r6's one clean measurement after round 6: 0.760 with three fragments; round 7 worked on what it
        // showed: 0.860 and no fragment since, one chip below is the floor. Round 12: once held-out-r12's articles
        // joined the corpus (after its one clean measurement), their document frequencies lift "Bayerischer Wald" (the
        // region, which the text also names alone, "im Bayerischen Wald") into article 52's first five beside
        // "Nationalpark Bayerischer Wald"; its key lists only the park as a name, so the scorer counts a fragment.
        // Allowed once. Round 15: once held-out-r15's articles joined the corpus (its one clean measurement; one of them
        // is about the motorway company and writes "Autobahn GmbH" throughout), their document frequencies lift
        // "Autobahn GmbH" into article 54's first five, a part of "Autobahn GmbH des Bundes", which its key lists as a
        // name (the key keeps "Autobahn"): a second fragment, with round 15's engine as with round 14's. Round 16:
        // "A 61" (a noun and its number) took the place of "Autobahn"; "Autobahn GmbH" stays. Allowed until the
        // candidates give the whole name.
        assertThat(heldOutR6.precision()).as("precision of the first five chips, held-out-r6")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R6);
        assertThat(heldOutR6.fragments()).as("fragments among the first five, held-out-r6").isLessThanOrEqualTo(2);
        Score all56 = all46.plus(heldOutR6);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 56 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all56.precision(), all56.kept(), all56.chips(), all56.badShare(), all56.fragments());
        assertThat(all56.precision()).as("precision of the first five chips, all 56")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_56);
        // held-out-r7's one clean measurement after round 7: 0.520 with seven fragments; round 8 worked on what it
        // showed (a word used inside a longer capitalised phrase): 0.660 with two fragments; round 9 (names opened by
        // an adjective, a town after a noun): 0.680 and none. The floors lie one chip, one fragment beyond.
        assertThat(heldOutR7.precision()).as("precision of the first five chips, held-out-r7")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R7);
        assertThat(heldOutR7.fragments()).as("fragments among the first five, held-out-r7").isLessThanOrEqualTo(1);
        Score all66 = all56.plus(heldOutR7);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 66 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all66.precision(), all66.kept(), all66.chips(), all66.badShare(), all66.fragments());
        assertThat(all66.precision()).as("precision of the first five chips, all 66")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_66);
        // held-out-r8's one clean measurement after round 8: 0.720 with three fragments (0.680 in the whole suite, with
        // the tags other tests leave); round 9 worked on what it showed (0.760, one fragment). The floors allow for the
        // whole suite's tags.
        assertThat(heldOutR8.precision()).as("precision of the first five chips, held-out-r8")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R8);
        assertThat(heldOutR8.fragments()).as("fragments among the first five, held-out-r8").isLessThanOrEqualTo(2);
        Score all76 = all66.plus(heldOutR8);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 76 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all76.precision(), all76.kept(), all76.chips(), all76.badShare(), all76.fragments());
        // held-out-r9's one clean measurement after round 9: 0.800 with one fragment; the floor keeps it from slipping
        // while the next round works on what it showed.
        assertThat(heldOutR9.precision()).as("precision of the first five chips, held-out-r9")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R9);
        assertThat(heldOutR9.fragments()).as("fragments among the first five, held-out-r9").isLessThanOrEqualTo(2);
        Score all86 = all76.plus(heldOutR9);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 86 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all86.precision(), all86.kept(), all86.chips(), all86.badShare(), all86.fragments());
        assertThat(all86.precision()).as("precision of the first five chips, all 86")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_86);
        // held-out-r10's one clean measurement after round 10: 0.760 with two fragments.
        assertThat(heldOutR10.precision()).as("precision of the first five chips, held-out-r10")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R10);
        assertThat(heldOutR10.fragments()).as("fragments among the first five, held-out-r10").isLessThanOrEqualTo(3);
        Score all96 = all86.plus(heldOutR10);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 96 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all96.precision(), all96.kept(), all96.chips(), all96.badShare(), all96.fragments());
        assertThat(all96.precision()).as("precision of the first five chips, all 96")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_96);
        // held-out-r11's one clean measurement after round 11: 0.840 with two fragments; round 12 worked on them
        // (development data since): none.
        assertThat(heldOutR11.precision()).as("precision of the first five chips, held-out-r11")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R11);
        assertThat(heldOutR11.fragments()).as("fragments among the first five, held-out-r11").isZero();
        Score all106 = all96.plus(heldOutR11);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 106 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all106.precision(), all106.kept(), all106.chips(), all106.badShare(), all106.fragments());
        assertThat(all106.precision()).as("precision of the first five chips, all 106")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_106);
        // held-out-r12's one clean measurement after round 12: 0.760, no fragment.
        assertThat(heldOutR12.precision()).as("precision of the first five chips, held-out-r12")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R12);
        assertThat(heldOutR12.fragments()).as("fragments among the first five, held-out-r12").isLessThanOrEqualTo(1);
        Score all116 = all106.plus(heldOutR12);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 116 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all116.precision(), all116.kept(), all116.chips(), all116.badShare(), all116.fragments());
        assertThat(all116.precision()).as("precision of the first five chips, all 116")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_116);
        // held-out-r13's one clean measurement after round 13: 0.820, no fragment.
        assertThat(heldOutR13.precision()).as("precision of the first five chips, held-out-r13")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R13);
        assertThat(heldOutR13.fragments()).as("fragments among the first five, held-out-r13").isLessThanOrEqualTo(1);
        Score all126 = all116.plus(heldOutR13);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 126 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all126.precision(), all126.kept(), all126.chips(), all126.badShare(), all126.fragments());
        assertThat(all126.precision()).as("precision of the first five chips, all 126")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_126);
        // held-out-r14's one clean measurement after round 14: 0.660, two fragments.
        assertThat(heldOutR14.precision()).as("precision of the first five chips, held-out-r14")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R14);
        assertThat(heldOutR14.fragments()).as("fragments among the first five, held-out-r14").isLessThanOrEqualTo(2);
        Score all136 = all126.plus(heldOutR14);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 136 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all136.precision(), all136.kept(), all136.chips(), all136.badShare(), all136.fragments());
        assertThat(all136.precision()).as("precision of the first five chips, all 136")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_136);
        // held-out-r15's one clean measurement after round 15: 0.800, one fragment.
        assertThat(heldOutR15.precision()).as("precision of the first five chips, held-out-r15")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R15);
        assertThat(heldOutR15.fragments()).as("fragments among the first five, held-out-r15").isLessThanOrEqualTo(1);
        Score all146 = all136.plus(heldOutR15);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 146 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all146.precision(), all146.kept(), all146.chips(), all146.badShare(), all146.fragments());
        assertThat(all146.precision()).as("precision of the first five chips, all 146")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_146);
        // held-out-r16's one clean measurement after round 16: 0.740, three fragments.
        assertThat(heldOutR16.precision()).as("precision of the first five chips, held-out-r16")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R16);
        assertThat(heldOutR16.fragments()).as("fragments among the first five, held-out-r16").isLessThanOrEqualTo(3);
        Score all156 = all146.plus(heldOutR16);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 156 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all156.precision(), all156.kept(), all156.chips(), all156.badShare(), all156.fragments());
        assertThat(all156.precision()).as("precision of the first five chips, all 156")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_156);
        // held-out-r17's one clean measurement after round 17: 0.780, one fragment (two with round 18's en-dash check);
        // round 18: 0.840, none. The limit of one stays as an allowance.
        assertThat(heldOutR17.precision()).as("precision of the first five chips, held-out-r17")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R17);
        assertThat(heldOutR17.fragments()).as("fragments among the first five, held-out-r17").isLessThanOrEqualTo(1);
        Score all166 = all156.plus(heldOutR17);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 166 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all166.precision(), all166.kept(), all166.chips(), all166.badShare(), all166.fragments());
        assertThat(all166.precision()).as("precision of the first five chips, all 166")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_166);
        // held-out-r18's one clean measurement after round 18: 0.640, two fragments.
        assertThat(heldOutR18.precision()).as("precision of the first five chips, held-out-r18")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R18);
        assertThat(heldOutR18.fragments()).as("fragments among the first five, held-out-r18").isLessThanOrEqualTo(1);
        Score all176 = all166.plus(heldOutR18);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 176 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all176.precision(), all176.kept(), all176.chips(), all176.badShare(), all176.fragments());
        assertThat(all176.precision()).as("precision of the first five chips, all 176")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_176);
        // held-out-r19's one clean measurement after round 19: 0.760, one fragment.
        assertThat(heldOutR19.precision()).as("precision of the first five chips, held-out-r19")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R19);
        assertThat(heldOutR19.fragments()).as("fragments among the first five, held-out-r19").isLessThanOrEqualTo(1);
        Score all186 = all176.plus(heldOutR19);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 186 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all186.precision(), all186.kept(), all186.chips(), all186.badShare(), all186.fragments());
        assertThat(all186.precision()).as("precision of the first five chips, all 186")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_186);
        // held-out-r20's one clean measurement after round 20: 0.840, no fragment.
        assertThat(heldOutR20.precision()).as("precision of the first five chips, held-out-r20")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R20);
        assertThat(heldOutR20.fragments()).as("fragments among the first five, held-out-r20").isLessThanOrEqualTo(1);
        Score all196 = all186.plus(heldOutR20);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 196 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all196.precision(), all196.kept(), all196.chips(), all196.badShare(), all196.fragments());
        assertThat(all196.precision()).as("precision of the first five chips, all 196")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_196);
        // held-out-r21's one clean measurement after round 21: 0.820, two fragments.
        assertThat(heldOutR21.precision()).as("precision of the first five chips, held-out-r21")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R21);
        assertThat(heldOutR21.fragments()).as("fragments among the first five, held-out-r21").isLessThanOrEqualTo(2);
        Score all206 = all196.plus(heldOutR21);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 206 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all206.precision(), all206.kept(), all206.chips(), all206.badShare(), all206.fragments());
        assertThat(all206.precision()).as("precision of the first five chips, all 206")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_206);
        // held-out-r22's one clean measurement after rounds 22 and 23: 0.840, no fragment.
        assertThat(heldOutR22.precision()).as("precision of the first five chips, held-out-r22")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R22);
        assertThat(heldOutR22.fragments()).as("fragments among the first five, held-out-r22").isLessThanOrEqualTo(1);
        Score all216 = all206.plus(heldOutR22);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 216 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all216.precision(), all216.kept(), all216.chips(), all216.badShare(), all216.fragments());
        assertThat(all216.precision()).as("precision of the first five chips, all 216")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_216);
        // held-out-r23's one clean measurement after rounds 22 and 23: 0.900, two fragments.
        assertThat(heldOutR23.precision()).as("precision of the first five chips, held-out-r23")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R23);
        assertThat(heldOutR23.fragments()).as("fragments among the first five, held-out-r23").isLessThanOrEqualTo(2);
        Score all226 = all216.plus(heldOutR23);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 226 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all226.precision(), all226.kept(), all226.chips(), all226.badShare(), all226.fragments());
        assertThat(all226.precision()).as("precision of the first five chips, all 226")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_226);
        // held-out-r24's and held-out-r25's one clean measurement after rounds 24 and 25: 0.900 with one fragment,
        // 0.860 with none.
        assertThat(heldOutR24.precision()).as("precision of the first five chips, held-out-r24")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R24);
        assertThat(heldOutR24.fragments()).as("fragments among the first five, held-out-r24").isLessThanOrEqualTo(1);
        Score all236 = all226.plus(heldOutR24);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 236 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all236.precision(), all236.kept(), all236.chips(), all236.badShare(), all236.fragments());
        assertThat(all236.precision()).as("precision of the first five chips, all 236")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_236);
        assertThat(heldOutR25.precision()).as("precision of the first five chips, held-out-r25")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R25);
        assertThat(heldOutR25.fragments()).as("fragments among the first five, held-out-r25").isLessThanOrEqualTo(1);
        Score all246 = all236.plus(heldOutR25);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 246 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all246.precision(), all246.kept(), all246.chips(), all246.badShare(), all246.fragments());
        assertThat(all246.precision()).as("precision of the first five chips, all 246")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_246);
        // held-out-r26's one clean measurement after round 26: 0.900, no fragment.
        assertThat(heldOutR26.precision()).as("precision of the first five chips, held-out-r26")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_R26);
        assertThat(heldOutR26.fragments()).as("fragments among the first five, held-out-r26").isLessThanOrEqualTo(1);
        Score all256 = all246.plus(heldOutR26);
        System.out.printf(Locale.ROOT, "keywords precision@5: all 256 %.3f (%d/%d), bad %.3f, fragments %d%n",
                all256.precision(), all256.kept(), all256.chips(), all256.badShare(), all256.fragments());
        assertThat(all256.precision()).as("precision of the first five chips, all 256")
                .isGreaterThanOrEqualTo(PRECISION_FLOOR_256);
        assertThat(statements).isLessThanOrEqualTo(2);
        // On a machine shared by many builds (load above two per core) the wall time says more about the neighbours
        // than about the suggestions: then the Java side's own CPU time is what is held to the limit.
        if (loadPerCore <= 2) {
            assertThat(medianMs).as("median time per suggestion").isLessThan(50);
        } else {
            assertThat(medianCpuMs).as("median CPU time per suggestion (load %.1f per core)", loadPerCore)
                    .isLessThan(50);
        }
    }

    /**
     * The human baseline: a second editor, who saw neither the answer keys nor the engine, tagged articles of the set
     * from their text alone, five tags each, best first ({@code keywords/second-annotator.tsv}: number, tab, tags
     * separated by "; "). Their five are scored exactly like the engine's five against the first editor's keys. The
     * figure says how far two editors agree, and so how much of the engine's gap to the keys is the task's own
     * ambiguity. Printed beside the engine's figure on the same articles.
     */
    private void secondEditor(List<Sample> all, List<Sample> measured, java.util.Map<Sample, Score> engine)
            throws Exception {
        var resource = new org.springframework.core.io.ClassPathResource("keywords/second-annotator.tsv");
        if (!resource.exists()) {
            return;
        }
        java.util.Map<String, List<String>> tagsByNumber = new java.util.HashMap<>();
        for (String line : resource.getContentAsString(StandardCharsets.UTF_8).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", 2);
            List<String> tags = Arrays.stream(cells[1].split(";")).map(String::strip).filter(t -> !t.isEmpty())
                    .toList();
            assertThat(tags).as("five tags of the second editor for article %s", cells[0]).hasSize(5);
            tagsByNumber.put(cells[0].strip(), tags);
        }
        java.util.Map<String, Score[]> bySplit = new java.util.TreeMap<>();
        Score none = new Score(0, 0, 0, 0);
        int articles = 0;
        for (Sample s : measured) {
            List<String> human = tagsByNumber.get(s.file().substring(0, s.file().indexOf('-')));
            if (human == null) {
                continue;
            }
            articles++;
            Score humanScore = score(s, human);
            if (Boolean.getBoolean("keywords.verbose")) {
                System.out.printf("keywords second editor %-36s %d/%d kept, %d fragments: %s%n", s.file(),
                        humanScore.kept(), humanScore.chips(), humanScore.fragments(), human);
            }
            bySplit.merge(s.split(), new Score[] {humanScore, engine.get(s)},
                    (a, b) -> new Score[] {a[0].plus(b[0]), a[1].plus(b[1])});
        }
        assertThat(all.stream().map(s -> s.file().substring(0, s.file().indexOf('-'))).toList())
                .as("articles the second editor tagged").containsAll(tagsByNumber.keySet());
        Score humanAll = none;
        Score engineAll = none;
        for (var e : bySplit.entrySet()) {
            Score human = e.getValue()[0];
            Score machine = e.getValue()[1];
            humanAll = humanAll.plus(human);
            engineAll = engineAll.plus(machine);
            System.out.printf(Locale.ROOT, "keywords precision@5: second editor on %s %.3f (%d/%d), fragments %d; "
                    + "engine on the same %.3f (%d/%d)%n", e.getKey(), human.precision(), human.kept(),
                    human.chips(), human.fragments(), machine.precision(), machine.kept(), machine.chips());
        }
        System.out.printf(Locale.ROOT, "keywords precision@5: second editor on %d articles %.3f (%d/%d), fragments "
                + "%d; engine on the same %.3f (%d/%d)%n", articles, humanAll.precision(), humanAll.kept(),
                humanAll.chips(), humanAll.fragments(), engineAll.precision(), engineAll.kept(), engineAll.chips());
    }

    private Score score(Sample s, List<String> top) {
        String text = (s.title() + "\n" + s.lead() + "\n" + s.body());
        Set<String> lowerWords = Arrays.stream(text.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()
                && Character.isLowerCase(w.codePointAt(0))).collect(Collectors.toSet());
        int kept = 0;
        int bad = 0;
        int fragments = 0;
        for (String chip : top) {
            boolean acceptable = s.acceptable().contains(TagKeys.key(chip));
            if (acceptable) {
                kept++;
            }
            // A chip the key keeps is no bad chip, even with a number in it ("2. Bundesliga", round 12).
            if (!acceptable && isFunctionWordVerbOrNumber(chip, lowerWords)) {
                bad++;
            } else if (!acceptable && isFragment(chip, s.names())) {
                bad++;
                fragments++;
            }
        }
        return new Score(top.size(), kept, bad, fragments);
    }

    /** A number, a stop word, or a word that the text also writes in lower case (a verb or adjective). */
    private boolean isFunctionWordVerbOrNumber(String chip, Set<String> lowerWords) {
        if (chip.chars().anyMatch(Character::isDigit) || Character.isLowerCase(chip.codePointAt(0))) {
            return true;
        }
        if (!chip.contains(" ")) {
            Integer lexemes = jdbc.queryForObject("select cardinality(ts_lexize('german_stem', lower(?)))",
                    Integer.class, chip);
            return lexemes == null || lexemes == 0 || lowerWords.contains(chip.toLowerCase(Locale.GERMAN));
        }
        return false;
    }

    /**
     * The chip's words are a strict, contiguous part of one of the text's multi-word names, and the chip is not itself
     * one of the names listed ("IG Metall" beside "IG Metall Koblenz", a firm's short form beside the one with its legal
     * form: the key's author lists both as names).
     */
    static boolean isFragment(String chip, List<List<String>> names) {
        List<String> words = words(chip);
        if (names.contains(words)) {
            return false;
        }
        for (List<String> name : names) {
            if (words.size() < name.size() && java.util.Collections.indexOfSubList(name, words) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String s) {
        return Arrays.stream(WORDS.split(s.strip())).filter(w -> !w.isEmpty()).map(TagKeys::key).toList();
    }

    static List<Sample> samples() throws Exception {
        List<Sample> out = new ArrayList<>();
        var resolver = new PathMatchingResourcePatternResolver();
        for (var resource : resolver.getResources("classpath:keywords/*.md")) {
            if (!resource.getFilename().matches("\\d+-.*")) {
                continue;
            }
            String text = resource.getContentAsString(StandardCharsets.UTF_8);
            String[] parts = text.split("(?m)^---\\s*$", 3);
            String front = parts[1];
            String[] blocks = parts[2].strip().split("\\R\\s*\\R", 3);
            String title = blocks[0].replaceFirst("^#\\s*", "");
            Set<String> acceptable = new java.util.HashSet<>();
            list(front, "keywords").forEach(k -> acceptable.add(TagKeys.key(k)));
            list(front, "acceptable").forEach(k -> acceptable.add(TagKeys.key(k)));
            out.add(new Sample(resource.getFilename(), field(front, "split"), title, blocks[1],
                    blocks.length > 2 ? blocks[2] : "", acceptable,
                    list(front, "names").stream().map(KeywordSuggestionEvaluationTest::words).toList(),
                    list(front, "existing")));
        }
        out.sort(java.util.Comparator.comparing(Sample::file));
        return out;
    }

    /**
     * Round 19b: the archive an editor's database would have. Each evaluation article carries those of its
     * {@code existing:} tags that its key keeps (the tags an archive would have set on it, in the same sense), and
     * the archive articles of {@code keyword-archive/archive.md} (one per existing tag some article lists without
     * keeping it, written in the tag's usual newspaper sense by an author who had not seen the test articles) are
     * published, each with its tag. The article being suggested for is a draft then, so its own tags never reach the
     * statistics refreshed from published articles. Returns the number of archive articles published.
     */
    static int tagTheArchive(JdbcTemplate jdbc, TagService tags, List<Sample> samples,
            java.util.Map<Sample, Long> ids) throws Exception {
        var articles = new TaxonomyTestArticles(jdbc);
        for (Sample s : samples) {
            for (String existing : s.existing()) {
                if (s.acceptable().contains(TagKeys.key(existing))) {
                    articles.tag(ids.get(s), tags.findOrCreate(existing).id());
                }
            }
        }
        var resource = new org.springframework.core.io.ClassPathResource("keyword-archive/archive.md");
        if (!resource.exists()) {
            return 0;
        }
        List<ArchiveArticle> archive = archive(resource.getContentAsString(StandardCharsets.UTF_8));
        for (ArchiveArticle a : archive) {
            articles.tag(articles.published(null, a.headline(), a.lead(), a.body()), tags.findOrCreate(a.tag()).id());
        }
        return archive.size();
    }

    /** One archive article: the tag it carries, its headline, its first paragraph as the lead, the rest. */
    record ArchiveArticle(String tag, String headline, String lead, String body) {
    }

    /**
     * The archive's blocks: {@code === <Tag>}, then {@code # headline}, then the text (its first paragraph the lead);
     * anything before the first block is ignored.
     */
    static List<ArchiveArticle> archive(String text) {
        List<ArchiveArticle> out = new ArrayList<>();
        String[] blocks = text.split("(?m)^===[ \\t]*");
        for (int i = 1; i < blocks.length; i++) {
            String[] lines = blocks[i].split("\\R", 2);
            String tag = lines[0].strip();
            String rest = lines.length > 1 ? lines[1].strip() : "";
            String[] headAndText = rest.split("\\R", 2);
            assertThat(tag).as("archive block %d's tag", i).isNotEmpty();
            assertThat(headAndText[0]).as("archive block %s's headline", tag).startsWith("#");
            String headline = headAndText[0].replaceFirst("^#+\\s*", "").strip();
            String[] paragraphs = (headAndText.length > 1 ? headAndText[1].strip() : "").split("\\R\\s*\\R", 2);
            out.add(new ArchiveArticle(tag, headline, paragraphs[0].strip(),
                    paragraphs.length > 1 ? paragraphs[1].strip() : ""));
        }
        return out;
    }

    @Test
    void the_archive_file_reads_as_blocks_of_tag_headline_and_text() {
        List<ArchiveArticle> read = archive("""
                The archive articles, one per tag.

                === Messe
                # Aussteller füllen die Hallen

                Mehr als 800 Aussteller zeigen ab Dienstag ihre Neuheiten.

                Die Veranstalter erwarten 40.000 Besucher.
                === Deutsche Bahn
                # Neue Züge ab Dezember
                Die Bahn setzt ab dem Fahrplanwechsel neue Züge ein.
                """);
        assertThat(read).containsExactly(
                new ArchiveArticle("Messe", "Aussteller füllen die Hallen",
                        "Mehr als 800 Aussteller zeigen ab Dienstag ihre Neuheiten.",
                        "Die Veranstalter erwarten 40.000 Besucher."),
                new ArchiveArticle("Deutsche Bahn", "Neue Züge ab Dezember",
                        "Die Bahn setzt ab dem Fahrplanwechsel neue Züge ein.", ""));
    }

    private void publishDemoCorpus() throws Exception {
        publishDemoCorpus(jdbc);
    }

    /** The demo data's published articles, the corpus the evaluation articles are suggested against. */
    static void publishDemoCorpus(JdbcTemplate jdbc) throws Exception {
        var articles = new TaxonomyTestArticles(jdbc);
        var resolver = new PathMatchingResourcePatternResolver();
        for (var resource : resolver.getResources("classpath:demo/articles/*.md")) {
            String text = resource.getContentAsString(StandardCharsets.UTF_8);
            String[] parts = text.split("(?m)^---\\s*$", 3);
            String title = field(parts[1], "title");
            String[] paragraphs = parts[2].strip().split("\\R\\s*\\R", 2);
            if ("PUBLISHED".equals(field(parts[1], "status"))
                    && jdbc.queryForObject("select count(*) from article where title = ?", Integer.class, title) == 0) {
                articles.published(null, title, paragraphs[0], paragraphs.length > 1 ? paragraphs[1] : "");
            }
        }
    }

    private static List<String> list(String front, String name) {
        String value = field(front, name);
        return value.isEmpty() ? List.of()
                : Arrays.stream(value.split(";")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static String field(String frontMatter, String name) {
        return frontMatter.lines().filter(l -> l.startsWith(name + ":"))
                .map(l -> l.substring(name.length() + 1).strip()).findFirst().orElse("");
    }
}
