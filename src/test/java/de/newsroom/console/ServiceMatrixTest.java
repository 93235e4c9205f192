package de.newsroom.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every public method of every {@code @Service} of the console, called through its Spring proxy as anonymous, EDITOR,
 * MODERATOR and ADMIN. A method without {@code @PreAuthorize} fails (bar the framework methods below); a call its
 * rule denies must end in {@link AccessDeniedException} before the method runs. Written by reflection, so services
 * merged later are covered without editing this test. Every call runs in a transaction that is rolled back.
 */
@IntegrationTest
class ServiceMatrixTest {

    /** Methods Spring Security itself calls before anyone is signed in. */
    private static final Set<String> FRAMEWORK_METHODS = Set.of(
            "UserService.loadUserByUsername", "UserService.updatePassword");

    private static final Map<String, List<String>> WHO = Map.of(
            "anonymous", List.of(),
            "EDITOR", List.of("EDITOR"),
            "MODERATOR", List.of("MODERATOR"),
            "ADMIN", List.of("ADMIN", "EDITOR", "MODERATOR"));

    @Autowired ApplicationContext ctx;
    @Autowired PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    record Call(Object bean, Class<?> type, Method method) {
        String name() {
            return type.getSimpleName() + "." + method.getName();
        }

        String rule() {
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
            if (rule == null) {
                rule = AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
            }
            return rule == null ? null : rule.value();
        }
    }

    private List<Call> calls() {
        List<Call> calls = new ArrayList<>();
        for (Object bean : ctx.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("de.newsroom.console")) {
                continue;
            }
            Arrays.stream(type.getMethods())
                    .filter(m -> m.getDeclaringClass().getPackageName().startsWith("de.newsroom.console"))
                    .filter(m -> !m.isBridge() && !m.isSynthetic() && !Modifier.isStatic(m.getModifiers()))
                    .sorted(Comparator.comparing(Method::getName))
                    .forEach(m -> calls.add(new Call(bean, type, m)));
        }
        return calls;
    }

    @Test
    void there_are_services_to_check() {
        assertThat(calls()).extracting(Call::name).contains("AccountService.create", "AuditTrail.find",
                "UserService.changeMyPassword", "ArticleEditing.save", "ArticleEditing.restore",
                "ArticleWorkflow.transition", "ArticleWorkflow.schedule", "ArticleRevisions.history");
    }

    @Test
    void every_public_service_method_has_an_access_rule() {
        List<String> unguarded = calls().stream()
                .filter(c -> c.rule() == null && !FRAMEWORK_METHODS.contains(c.name()))
                .map(Call::name).toList();
        assertThat(unguarded).as("public service methods without @PreAuthorize").isEmpty();
    }

    @Test
    void no_guarded_method_is_final_so_the_proxy_can_enforce_its_rule() {
        List<String> finals = calls().stream().filter(c -> c.rule() != null)
                .filter(c -> Modifier.isFinal(c.method().getModifiers()) || Modifier.isFinal(c.type().getModifiers()))
                .map(Call::name).toList();
        assertThat(finals).isEmpty();
    }

    @Test
    void every_call_a_rule_denies_is_refused_before_the_method_runs() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Call call : calls()) {
            String rule = call.rule();
            if (rule == null) {
                continue;
            }
            for (var who : WHO.entrySet()) {
                Boolean allowed = Rules.evaluate(rule, who.getValue());
                if (allowed == null) {
                    // Rules that look at arguments or the principal cannot be judged here; anonymous is still denied.
                    allowed = rule.contains("permitAll") || rule.contains("isAnonymous") || !who.getValue().isEmpty();
                    if (allowed) {
                        continue;
                    }
                }
                if (!allowed) {
                    checked++;
                    Throwable outcome = invoke(call, who.getValue());
                    if (!isDenial(outcome)) {
                        problems.add(call.name() + " as " + who.getKey() + " (rule " + rule + ") was not refused: "
                                + (outcome == null ? "it ran" : outcome));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isPositive();
    }

    @Test
    void a_moderator_cannot_edit_an_article() {
        assertRefused("MODERATOR", type -> type.getSimpleName().startsWith("Article"),
                Pattern.compile("(?i)(create|update|edit|save|change|submit|publish|unpublish|schedule|delete|remove|archive|restore|transition).*"));
    }

    @Test
    void an_editor_cannot_decide_on_a_comment() {
        assertRefused("EDITOR", type -> type.getSimpleName().startsWith("Comment") && !type.getSimpleName().contains("Submission"),
                Pattern.compile("(?i)(approve|reject|moderate|decide|block|spam|hide|delete|remove).*"));
    }

    @Test
    void an_editor_cannot_change_the_category_tree() {
        assertRefused("EDITOR", type -> type.getSimpleName().startsWith("Category"),
                Pattern.compile("(?i)(create|update|rename|move|delete|remove|reorder).*"));
    }

    @Test
    void an_editor_or_moderator_cannot_administer_accounts_or_read_the_audit_log() {
        Pattern any = Pattern.compile(".*");
        assertRefused("EDITOR", type -> type.getSimpleName().equals("AccountService") || type.getSimpleName().equals("AuditTrail"), any);
        assertRefused("MODERATOR", type -> type.getSimpleName().equals("AccountService") || type.getSimpleName().equals("AuditTrail"), any);
    }

    private void assertRefused(String role, Predicate<Class<?>> service, Pattern methodName) {
        List<Call> matching = calls().stream().filter(c -> service.test(c.type()))
                .filter(c -> methodName.matcher(c.method().getName()).matches()).toList();
        Assumptions.assumeFalse(matching.isEmpty(), "no such service methods in this build yet");
        List<String> notRefused = matching.stream()
                .filter(c -> !isDenial(invoke(c, WHO.get(role))))
                .map(Call::name).toList();
        assertThat(notRefused).as("calls as " + role + " that were not refused").isEmpty();
    }

    private static boolean isDenial(Throwable t) {
        return t instanceof AccessDeniedException || t instanceof AuthenticationCredentialsNotFoundException;
    }

    /** Calls the method through the proxy with dummy arguments; returns what it threw, null if it returned. */
    private Throwable invoke(Call call, List<String> roles) {
        signIn(roles);
        Throwable[] thrown = new Throwable[1];
        try {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                status.setRollbackOnly();
                try {
                    Object result = call.method().invoke(call.bean(), dummies(call.method()));
                    if (result instanceof Stream<?> stream) {
                        stream.close();
                    }
                } catch (InvocationTargetException e) {
                    thrown[0] = e.getCause();
                } catch (IllegalAccessException e) {
                    thrown[0] = e;
                }
            });
        } catch (RuntimeException e) {
            if (thrown[0] == null) {
                thrown[0] = e;
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        return thrown[0];
    }

    private static void signIn(List<String> roles) {
        Authentication auth;
        if (roles.isEmpty()) {
            auth = new AnonymousAuthenticationToken("matrix", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        } else {
            List<GrantedAuthority> authorities = roles.stream()
                    .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r)).toList();
            String name = roles.contains("ADMIN") ? "admin" : roles.getFirst().toLowerCase();
            auth = UsernamePasswordAuthenticationToken.authenticated(name, null, authorities);
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
    }

    private static Object[] dummies(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(ServiceMatrixTest::dummy).toArray();
    }

    private static Object dummy(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) return false;
        if (type == int.class || type == Integer.class) return 0;
        if (type == long.class || type == Long.class) return 0L;
        if (type == short.class || type == Short.class) return (short) 0;
        if (type == double.class || type == Double.class) return 0d;
        if (type == float.class || type == Float.class) return 0f;
        if (type == byte.class || type == Byte.class) return (byte) 0;
        if (type == char.class || type == Character.class) return 'x';
        if (type == String.class) return "";
        if (type == Instant.class) return Instant.EPOCH;
        if (type == LocalDate.class) return LocalDate.EPOCH;
        if (type == LocalDateTime.class) return LocalDateTime.of(1970, 1, 1, 0, 0);
        if (type == Optional.class) return Optional.empty();
        if (type == List.class || type == Collection.class) return List.of();
        if (type == Set.class) return Set.of();
        if (type == Map.class) return Map.of();
        if (type == java.util.Locale.class) return java.util.Locale.ENGLISH;
        if (type == java.io.OutputStream.class) return java.io.OutputStream.nullOutputStream();
        if (type == java.io.Writer.class) return java.io.Writer.nullWriter();
        if (type.isEnum()) return type.getEnumConstants()[0];
        return null;
    }

    /** Evaluates simple role rules (isAuthenticated, hasRole, hasAnyRole, permitAll, denyAll, and/or/not). */
    static final class Rules {
        private static final SpelExpressionParser PARSER = new SpelExpressionParser();

        static Boolean evaluate(String rule, List<String> roles) {
            if (rule.contains("#") || rule.contains("@") || rule.contains("principal") || rule.contains("authentication")
                    || rule.contains("hasAuthority") || rule.contains("hasPermission")) {
                return null;
            }
            try {
                return PARSER.parseExpression(rule).getValue(new StandardEvaluationContext(new Root(roles)), Boolean.class);
            } catch (RuntimeException e) {
                return null;
            }
        }

        public static final class Root {
            private final Set<String> roles;

            Root(List<String> roles) {
                this.roles = roles.stream().collect(Collectors.toSet());
            }

            public boolean isAuthenticated() { return !roles.isEmpty(); }
            public boolean isAnonymous() { return roles.isEmpty(); }
            public boolean isFullyAuthenticated() { return !roles.isEmpty(); }
            public boolean permitAll() { return true; }
            public boolean denyAll() { return false; }
            public boolean hasRole(String role) { return roles.contains(role.replaceFirst("^ROLE_", "")); }
            public boolean hasAnyRole(String... any) { return Arrays.stream(any).anyMatch(this::hasRole); }
        }
    }
}
