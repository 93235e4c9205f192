package de.newsroom.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.base.demo.SystemAuthentication;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;

/** The request-time half of session enforcement: every request re-reads the account. */
@IntegrationTest
class AccountStatusFilterTest {

    @Autowired MockMvc mvc;
    @Autowired TestAccounts accounts;
    @Autowired AccountService accountService;

    private MockHttpSession signIn(String name, String address) throws Exception {
        var result = mvc.perform(post("/login").param("username", name).param("password", TestAccounts.PASSWORD)
                .with(csrf()).with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private static SecurityContext context(MockHttpSession session) {
        return (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    }

    @Test
    void a_disabled_accounts_session_ends_with_its_next_request() throws Exception {
        String name = accounts.create("session-off", Role.EDITOR);
        MockHttpSession session = signIn(name, "10.30.0.1");
        assertThat(context(session).getAuthentication().getName()).isEqualTo(name);

        accounts.disable(name);
        mvc.perform(get("/actuator/health").session(session));

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void changed_roles_replace_the_sessions_authorities_at_the_next_request() throws Exception {
        String name = accounts.create("session-roles", Role.EDITOR, Role.MODERATOR);
        MockHttpSession session = signIn(name, "10.30.0.2");
        long id = accounts.find(name).id();

        SystemAuthentication.run(() -> accountService.update(id,
                new AccountChanges("Roles Changed", null, EnumSet.of(Role.EDITOR))));
        mvc.perform(get("/actuator/health").session(session));

        assertThat(session.isInvalid()).isFalse();
        assertThat(context(session).getAuthentication().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_EDITOR");
    }
}
