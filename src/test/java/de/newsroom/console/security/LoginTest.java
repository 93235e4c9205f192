package de.newsroom.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.newsroom.console.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class LoginTest {

    @Autowired
    MockMvc mvc;

    private MvcResult attempt(String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andReturn();
    }

    @Test
    void wrong_password_and_unknown_user_get_the_same_answer() throws Exception {
        MvcResult wrongPassword = attempt(DemoAccounts.EDITOR, "not-the-password-at-all");
        MvcResult unknownUser = attempt("nobody-here", "not-the-password-at-all");

        assertThat(wrongPassword.getResponse().getStatus()).isEqualTo(302);
        assertThat(wrongPassword.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(unknownUser.getResponse().getStatus()).isEqualTo(wrongPassword.getResponse().getStatus());
        assertThat(unknownUser.getResponse().getRedirectedUrl()).isEqualTo(wrongPassword.getResponse().getRedirectedUrl());
        assertThat(unknownUser.getResponse().getContentAsString())
                .isEqualTo(wrongPassword.getResponse().getContentAsString());
    }

    @Test
    void the_demo_editor_can_sign_in_and_gets_a_new_session_id() throws Exception {
        var session = new MockHttpSession();
        String before = session.getId();
        MvcResult ok = mvc.perform(post("/login").session(session)
                        .param("username", DemoAccounts.EDITOR).param("password", DemoAccounts.EDITOR_PASSWORD)
                        .with(csrf()))
                .andReturn();
        assertThat(ok.getResponse().getStatus()).isEqualTo(302);
        assertThat(ok.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(ok.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void health_is_public_and_other_actuator_endpoints_are_not() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        int env = mvc.perform(get("/actuator/env")).andReturn().getResponse().getStatus();
        assertThat(env).isIn(302, 401, 403, 404);
    }
}
