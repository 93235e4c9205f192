package de.newsroom.console.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * Shown for an address no view answers (a typo, {@code /articles/abc}) instead of Vaadin's bare English page; the
 * HTTP status is 404. Anonymous visitors never get here: the security chain sends them to the login page first.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        super("not-found", "error.notfound.title", "error.notfound.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(event);
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
