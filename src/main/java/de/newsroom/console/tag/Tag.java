package de.newsroom.console.tag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A keyword tag. {@code key} is the folded form that keeps "USA", "usa" and " U S A " one tag. */
@Entity
@Table(name = "tag")
class Tag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String key;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Tag() {
    }

    Tag(String name, Instant now) {
        this.name = name;
        this.key = TagKeys.key(name);
        this.createdAt = now;
    }

    Long getId() { return id; }
    String getName() { return name; }
    String getKey() { return key; }
    long getVersion() { return version; }

    void rename(String newName) {
        this.name = newName;
        this.key = TagKeys.key(newName);
    }

    TagRef toRef() {
        return new TagRef(id, name);
    }
}
