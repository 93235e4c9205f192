package de.newsroom.console.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.TaxonomyTestSecurity;
import de.newsroom.console.base.demo.SystemAuthentication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Rendition files through the real filter chain: public, content-typed, cached for a year, 404 for anything else. */
@IntegrationTest
class MediaFileHttpTest {

    @Autowired MockMvc mvc;
    @Autowired MediaService media;
    @Autowired ApplicationContext ctx;

    @BeforeEach
    void security() {
        TaxonomyTestSecurity.useStrategyOf(ctx);
    }

    @Test
    void a_rendition_is_served_to_anyone_with_immutable_caching_and_nosniff() throws Exception {
        MediaImage image = SystemAuthentication.call(() -> media.upload("h.jpg", TestImages.jpeg(700, 400)).image());
        String key = image.renditionKey();

        MvcResult jpeg = mvc.perform(get("/media/" + key + "-640.jpg"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().doesNotExist("Set-Cookie"))
                // Chromium honours Pragma beside Cache-Control: with it, the library fetched every thumbnail again
                // on every page load.
                .andExpect(header().doesNotExist("Pragma"))
                .andReturn();
        assertThat(jpeg.getResponse().getContentAsByteArray()).startsWith(0xFF, 0xD8, 0xFF);
        mvc.perform(get("/media/" + key + "-320sq.jpg")).andExpect(status().isOk());
        if (media.writesWebp()) {
            mvc.perform(get("/media/" + key + "-640.webp"))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "image/webp"));
        }
    }

    @Test
    void unknown_files_and_originals_are_404_not_a_login_page() throws Exception {
        mvc.perform(get("/media/0000000000000000-640.jpg")).andExpect(status().isNotFound())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
        // Encoded slashes are refused by Spring Security's firewall (400) before any lookup.
        mvc.perform(get("/media/original%2Fabc")).andExpect(status().is4xxClientError());
        mvc.perform(get("/media/..%2F..%2Fetc%2Fpasswd")).andExpect(status().is4xxClientError());
        mvc.perform(get("/media/original")).andExpect(status().isNotFound());
        mvc.perform(get("/media/whatever.svg")).andExpect(status().isNotFound());
    }

    @Test
    void the_library_view_itself_still_needs_a_login() throws Exception {
        mvc.perform(get("/media")).andExpect(status().is3xxRedirection());
    }
}
