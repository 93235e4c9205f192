package de.newsroom.console.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * Shown when a signed-in user opens a view their roles do not allow (an editor at {@code /users}); the HTTP status
 * is 403. Vaadin's own handler answers like a missing page to hide which views exist; the console's views are the
 * same in every installation and documented, so telling a colleague "not allowed" hides nothing and explains more.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    AccessDeniedView() {
        super("access-denied", "error.forbidden.title", "error.forbidden.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(event);
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
