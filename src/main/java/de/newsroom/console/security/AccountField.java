package de.newsroom.console.security;

/** The form field an {@link AccountException} belongs to, so a view can show the message beside it. */
public enum AccountField {
    USERNAME, DISPLAY_NAME, EMAIL, ROLES, PASSWORD, CURRENT_PASSWORD, LANGUAGE, ACCOUNT
}
