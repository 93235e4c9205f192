package de.newsroom.bench.bare;

import java.util.List;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cold-start baseline: the smallest Spring Boot app that really initialises JPA (one entity, one repository used
 * at startup and by an endpoint), serves web MVC and actuator health, and talks to PostgreSQL.
 */
@SpringBootApplication
@RestController
public class BareJpaApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareJpaApplication.class, args);
    }

    private final NoteRepository notes;

    BareJpaApplication(NoteRepository notes) {
        this.notes = notes;
    }

    /** Touches the repository before the app reports ready, so a query really runs through Hibernate. */
    @Bean
    ApplicationRunner countNotes() {
        return args -> notes.count();
    }

    @GetMapping("/notes")
    List<Note> list() {
        return notes.findAll();
    }
}
