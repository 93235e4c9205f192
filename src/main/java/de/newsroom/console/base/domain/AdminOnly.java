package de.newsroom.console.base.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only accounts with the ADMIN role may call this (ADMIN accounts hold every role). The role's name comes from
 * {@link AppRoles}, the one place role names are written.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
public @interface AdminOnly {
}
