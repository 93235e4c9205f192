package de.newsroom.console.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextLimitsTest {

    @Test
    void slugs_can_hold_a_slugified_title_of_maximum_length() {
        assertThat(TextLimits.ARTICLE_SLUG).isGreaterThanOrEqualTo(TextLimits.ARTICLE_TITLE);
        assertThat(TextLimits.CATEGORY_SLUG).isGreaterThanOrEqualTo(TextLimits.CATEGORY_NAME);
    }

    @Test
    void password_range_is_usable() {
        assertThat(TextLimits.PASSWORD_MIN).isPositive().isLessThan(TextLimits.PASSWORD_MAX);
    }

    @Test
    void keeps_the_agreed_limits_that_the_schema_relies_on() {
        assertThat(new int[] {TextLimits.ARTICLE_TITLE, TextLimits.ARTICLE_LEAD, TextLimits.ARTICLE_BODY,
                TextLimits.ARTICLE_SLUG, TextLimits.CATEGORY_NAME, TextLimits.CATEGORY_SLUG,
                TextLimits.CATEGORY_DESCRIPTION, TextLimits.TAG_NAME, TextLimits.COMMENT_AUTHOR,
                TextLimits.COMMENT_BODY, TextLimits.EMAIL, TextLimits.USERNAME, TextLimits.DISPLAY_NAME,
                TextLimits.PASSWORD_MIN, TextLimits.PASSWORD_MAX})
                .containsExactly(200, 600, 100_000, 200, 80, 80, 500, 60, 80, 5000, 254, 50, 100, 12, 128);
    }
}
