package de.newsroom.console.category;

import de.newsroom.console.base.demo.DemoContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo section tree: News Archiv with its departments, as on the reader site's breadcrumb. */
@Component
class CategoryDemoData implements DemoContributor {

    private final CategoryService service;
    private final CategoryRepository repository;

    CategoryDemoData(CategoryService service, CategoryRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    @Transactional
    public void seed() {
        if (repository.count() > 0) {
            return;
        }
        CategoryNode archive = service.create(null, "News Archiv", "Alle Nachrichten der Redaktion");
        CategoryNode wirtschaft = service.create(archive.id(), "Wirtschaft", "Unternehmen, Märkte, Verbraucher");
        service.create(wirtschaft.id(), "Energie", "Strom, Gas, Öl und die Energiewende");
        service.create(archive.id(), "Politik", "Bund, Länder, Europa und die Welt");
        CategoryNode sport = service.create(archive.id(), "Sport", "Ergebnisse, Hintergründe, Porträts");
        service.create(sport.id(), "Fußball", "Bundesliga, Pokal und Nationalmannschaft");
        service.create(archive.id(), "Kultur", "Bühne, Buch, Film und Musik");
        CategoryNode digital = service.create(archive.id(), "Digital", "Netz, Technik, Datenschutz");
        service.create(digital.id(), "Künstliche Intelligenz", "KI in Forschung, Wirtschaft und Alltag");
    }
}
