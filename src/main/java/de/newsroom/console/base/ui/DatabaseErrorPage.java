package de.newsroom.console.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.newsroom.console.base.db.DatabaseErrors;
import de.newsroom.console.base.log.ThrottledLog;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * What a user sees when opening a view fails on the database (the view loads its data while navigating): while
 * PostgreSQL cannot be reached, a plain "the database cannot be reached, try again" page instead of Vaadin's internal
 * error page with its stack trace, logged as one line per kind of failure per interval; any other database error as
 * the usual "something went wrong" with a reference, logged with its stack trace. The public classes are the error
 * views: Vaadin picks one by the thrown exception's exact class along its causes, else by the supertypes of the
 * exception itself, so Spring's two roots cover exceptions thrown as they are, and the two most common exact classes
 * cover those wrapped on the way (a view whose constructor fails is wrapped by Spring's bean creation).
 */
abstract class DatabaseErrorPage extends Div {

    private static final Logger log = LoggerFactory.getLogger(DatabaseErrorPage.class);
    private static final ThrottledLog outage = new ThrottledLog(log);

    int show(BeforeEnterEvent event, Exception error) {
        removeAll();
        setId("database-error");
        Button retry = new Button(getTranslation("error.retry"), e -> UI.getCurrent().getPage().reload());
        if (DatabaseErrors.isTransient(error)) {
            outage.warn(DatabaseErrors.kind(error), "Opening " + event.getLocation().getPath()
                    + " failed, database unavailable (" + DatabaseErrors.describe(error) + ")");
            add(new H2(getTranslation("error.database.title")), new Paragraph(getTranslation("error.database.page")),
                    retry);
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Opening {} failed [{}]", event.getLocation().getPath(), reference, error);
        add(new Paragraph(getTranslation("error.unexpected", reference)), retry);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** Navigation failed with a {@link DataAccessException} (no connection, query timeout, ...). */
    @AnonymousAllowed
    public static class DataAccess extends DatabaseErrorPage implements HasErrorParameter<DataAccessException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataAccessException> parameter) {
            return show(event, parameter.getException());
        }
    }

    /** Navigation failed with a {@link TransactionException} (no connection to begin one). */
    @AnonymousAllowed
    public static class Transaction extends DatabaseErrorPage implements HasErrorParameter<TransactionException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<TransactionException> parameter) {
            return show(event, parameter.getException());
        }
    }

    /** A view's constructor could not begin a transaction (wrapped by Spring's bean creation). */
    @AnonymousAllowed
    public static class NoTransaction extends DatabaseErrorPage
            implements HasErrorParameter<CannotCreateTransactionException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                                     ErrorParameter<CannotCreateTransactionException> parameter) {
            return show(event, parameter.getException());
        }
    }

    /** A view's constructor could not get a connection for a JDBC query (wrapped by Spring's bean creation). */
    @AnonymousAllowed
    public static class NoConnection extends DatabaseErrorPage
            implements HasErrorParameter<CannotGetJdbcConnectionException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                                     ErrorParameter<CannotGetJdbcConnectionException> parameter) {
            return show(event, parameter.getException());
        }
    }
}
