package de.newsroom.console.media;

import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves renditions to anyone. A file name names its content (the rendition key changes whenever the bytes would), so
 * a response may be cached for a year without revalidation. Originals are never served: their keys do not match.
 */
@RestController
class MediaFileController {

    private static final CacheControl FOREVER = CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable();

    private final MediaStore store;

    MediaFileController(MediaStore store) {
        this.store = store;
    }

    @GetMapping(MediaUrls.PREFIX + "{file:.+}")
    ResponseEntity<byte[]> file(@PathVariable String file) {
        if (!MediaUrls.FILE.matcher(file).matches()) {
            return notFound();
        }
        MediaFormat format = MediaFormat.ofExtension(file.substring(file.lastIndexOf('.') + 1));
        return store.get(file)
                .map(bytes -> ResponseEntity.ok()
                        .cacheControl(FOREVER)
                        .contentType(MediaType.parseMediaType(format.mimeType()))
                        .header("X-Content-Type-Options", "nosniff")
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                        .body(bytes))
                .orElseGet(MediaFileController::notFound);
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.notFound().header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore()).build();
    }
}
