package de.newsroom.console.reader;

/**
 * The texts of the reader preview page. The page imitates the German reader site and is German by design, so its
 * texts live here rather than in the console's bilingual bundles.
 */
final class ReaderTexts {

    static final String LANGUAGE = "de";
    static final String PREVIEW_NOTE = "Vorschau der Newsroom Console – so erscheint der Artikel auf der Leserseite.";
    static final String YOU_ARE_HERE = "Sie befinden sich:";
    static final String BREADCRUMB_LABEL = "Brotkrümelnavigation";
    static final String PUBLISHED = "Veröffentlicht am";
    static final String UPDATED = "aktualisiert am";
    static final String KEYWORDS_LABEL = "Schlagwörter";
    static final String LATEST_IN_CATEGORY = "Neueste Nachrichten in der Kategorie „%s“";
    static final String COMMENTS = "Kommentare (%d)";
    static final String NO_COMMENTS = "Noch keine Kommentare. Schreiben Sie den ersten!";
    static final String REPLY = "Antworten";
    static final String REPLY_TO = "Antwort auf den Kommentar von %s";
    static final String CANCEL_REPLY = "Antwort abbrechen";
    static final String WRITE_COMMENT = "Kommentar schreiben";
    static final String FORM_INTRO = "Teilen Sie uns Ihre Meinung mit. Ihr Kommentar wird nach Prüfung veröffentlicht.";
    static final String NAME = "Name";
    static final String EMAIL = "E-Mail (freiwillig, wird nicht veröffentlicht)";
    static final String COMMENT = "Ihr Kommentar";
    static final String HONEYPOT = "Website (bitte leer lassen)";
    static final String SUBMIT = "Kommentar absenden";
    static final String COMMENTS_CLOSED = "Die Kommentare zu diesem Artikel sind geschlossen.";
    static final String SENDING = "Ihr Kommentar wird gesendet …";
    static final String THANKS = "Vielen Dank! Ihr Kommentar wird nach Prüfung veröffentlicht.";
    static final String INVALID = "Bitte prüfen Sie Ihre Eingaben.";
    static final String TOO_MANY = "Sie haben gerade viele Kommentare geschrieben. Bitte versuchen Sie es später erneut.";
    static final String FAILED = "Der Kommentar konnte nicht gesendet werden. Bitte versuchen Sie es später erneut.";
    static final String NOT_FOUND_TITLE = "Artikel nicht gefunden";
    static final String NOT_FOUND_TEXT = "Unter dieser Adresse ist kein veröffentlichter Artikel zu finden.";
    static final String DATE_PATTERN = "d. MMMM yyyy, HH:mm 'Uhr'";

    private ReaderTexts() {
    }
}
