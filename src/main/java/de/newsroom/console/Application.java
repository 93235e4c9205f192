package de.newsroom.console;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Newsroom Console: the back office where editors write, moderators decide and admins keep order.
 */
@SpringBootApplication
@EnableScheduling
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
@StyleSheet("styles/articles.css")
@StyleSheet("styles/taxonomy.css")
@StyleSheet("styles/comments.css")
@StyleSheet("styles/accounts.css")
@StyleSheet("styles/dashboard.css")
@StyleSheet("styles/media.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Newsroom Console");
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
