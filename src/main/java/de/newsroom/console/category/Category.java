package de.newsroom.console.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A node of the category tree. {@code path} is the slash-joined slug path, unique across the tree. */
@Entity
@Table(name = "category")
class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String path;

    private String description;

    private int position;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Category() {
    }

    Category(Long parentId, String name, String slug, String path, String description, int position, Instant now) {
        this.parentId = parentId;
        this.name = name;
        this.slug = slug;
        this.path = path;
        this.description = description;
        this.position = position;
        this.createdAt = now;
        this.updatedAt = now;
    }

    Long getId() { return id; }
    Long getParentId() { return parentId; }
    String getName() { return name; }
    String getSlug() { return slug; }
    String getPath() { return path; }
    String getDescription() { return description; }
    int getPosition() { return position; }
    long getVersion() { return version; }

    void rename(String newName, String newSlug, String newPath, String newDescription, Instant now) {
        this.name = newName;
        this.slug = newSlug;
        this.path = newPath;
        this.description = newDescription;
        this.updatedAt = now;
    }

    void moveTo(Long newParentId, String newPath, int newPosition, Instant now) {
        this.parentId = newParentId;
        this.path = newPath;
        this.position = newPosition;
        this.updatedAt = now;
    }

    void placeAt(int newPosition, Instant now) {
        this.position = newPosition;
        this.updatedAt = now;
    }
}
