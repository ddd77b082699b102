<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChatWindow</name>
    <message>
        <source>Booking Assistant</source>
        <translation>Buchungsassistent</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Past conversations, newest first. Select one to review it.</source>
        <translation>Frühere Unterhaltungen, die neuesten zuerst. Wählen Sie eine aus, um sie anzusehen.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Neue Unterhaltung beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Viewing a past conversation (read-only). Start a new conversation to continue.</source>
        <translation>Sie sehen eine frühere Unterhaltung an (schreibgeschützt). Beginnen Sie eine neue Unterhaltung, um fortzufahren.</translation>
    </message>
    <message>
        <source>Back to current conversation</source>
        <translation>Zurück zur aktuellen Unterhaltung</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this search (Esc)</source>
        <translation>Diese Suche abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Where would you like to go? e.g. “Paris to Lisbon next Friday, 2 adults”</source>
        <translation>Wohin möchten Sie reisen? Z. B. “Paris nach Lissabon nächsten Freitag, 2 Erwachsene”</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send your message (Enter)</source>
        <translation>Nachricht senden (Eingabetaste)</translation>
    </message>
    <message>
        <source>No offers yet</source>
        <translation>Noch keine Angebote</translation>
    </message>
    <message>
        <source>Click a column title to sort; press Enter or double-click an offer for its details.</source>
        <translation>Klicken Sie auf eine Spaltenüberschrift, um zu sortieren; drücken Sie die Eingabetaste oder doppelklicken Sie auf ein Angebot, um die Details zu sehen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Neue Unterhaltung</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Booking Assistant</source>
        <translation>Ü&amp;ber Buchungsassistent</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Past conversations</source>
        <translation>Frühere Unterhaltungen</translation>
    </message>
    <message>
        <source>Flight offers</source>
        <translation>Flugangebote</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Ihre Nachricht</translation>
    </message>
    <message>
        <source>Hello! Tell me where and when you would like to fly, in your own words, and I will look for flights. For example:
• London to New York on 10 December
• Paris to Lisbon next Friday, 2 adults, back on Sunday</source>
        <translation>Hallo! Sagen Sie mir in Ihren eigenen Worten, wohin und wann Sie fliegen möchten, und ich suche nach Flügen. Zum Beispiel:
• London nach New York am 10. Dezember
• Paris nach Lissabon nächsten Freitag, 2 Erwachsene, zurück am Sonntag</translation>
    </message>
    <message>
        <source>This conversation is read-only: start a new conversation to continue</source>
        <translation>Diese Unterhaltung ist schreibgeschützt: Beginnen Sie eine neue Unterhaltung, um fortzufahren</translation>
    </message>
    <message>
        <source>The history could not be opened.</source>
        <translation>Der Verlauf konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Verlauf nicht verfügbar</translation>
    </message>
    <message>
        <source>The conversation history could not be opened, so this session will not be saved. You can keep searching as usual.

Check that this folder can be written:
%1</source>
        <translation>Der Unterhaltungsverlauf konnte nicht geöffnet werden, daher wird diese Sitzung nicht gespeichert. Sie können wie gewohnt weitersuchen.

Prüfen Sie, ob in diesen Ordner geschrieben werden kann:
%1</translation>
    </message>
    <message>
        <source>History repaired</source>
        <translation>Verlauf repariert</translation>
    </message>
    <message>
        <source>The history file could not be read, so a new one was started. The old file was kept as:
%1</source>
        <translation>Die Verlaufsdatei konnte nicht gelesen werden, daher wurde eine neue angelegt. Die alte Datei wurde aufbewahrt als:
%1</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>Der Verlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Unterhaltung wird geladen…</translation>
    </message>
    <message>
        <source>That conversation could not be loaded.</source>
        <translation>Diese Unterhaltung konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>That conversation no longer exists.</source>
        <translation>Diese Unterhaltung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No offers in this conversation</source>
        <translation>Keine Angebote in dieser Unterhaltung</translation>
    </message>
    <message>
        <source>1 offer</source>
        <translation>1 Angebot</translation>
    </message>
    <message numerus="yes">
        <source>%n offers</source>
        <translation>
            <numerusform>%n Angebot</numerusform>
            <numerusform>%n Angebote</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · sandbox fares (not bookable)</source>
        <translation>%1 · Demo-Tarife (nicht buchbar)</translation>
    </message>
    <message>
        <source>%1 · includes sandbox fares (not bookable)</source>
        <translation>%1 · enthält Demo-Tarife (nicht buchbar)</translation>
    </message>
    <message>
        <source>%1 · as seen then</source>
        <translation>%1 · Stand von damals</translation>
    </message>
    <message>
        <source>History: off</source>
        <translation>Verlauf: aus</translation>
    </message>
    <message>
        <source>History unavailable: conversations are not being saved</source>
        <translation>Verlauf nicht verfügbar: Unterhaltungen werden nicht gespeichert</translation>
    </message>
    <message>
        <source>History: on</source>
        <translation>Verlauf: an</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <source>Provider: %1 · %2</source>
        <translation>Anbieter: %1 · %2</translation>
    </message>
    <message>
        <source>About Booking Assistant</source>
        <translation>Über Buchungsassistent</translation>
    </message>
    <message>
        <source>Booking Assistant %1

Tell it where you want to go in your own words; it finds flight offers and keeps your conversations on this computer.

Sandbox fares are generated for trying the app out and cannot be booked.</source>
        <translation>Buchungsassistent %1

Sagen Sie ihm in Ihren eigenen Worten, wohin Sie möchten; er findet Flugangebote und speichert Ihre Unterhaltungen auf diesem Computer.

Demo-Tarife werden zum Ausprobieren der App erzeugt und können nicht gebucht werden.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnose…</translation>
    </message>
    <message>
        <source>&amp;History Storage…</source>
        <translation>&amp;Verlaufsspeicher…</translation>
    </message>
</context>
<context>
    <name>ConversationTransfer</name>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>Unterhaltung &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import conversation…</source>
        <translation>Unterhaltung &amp;importieren…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>There is no saved conversation to export yet.</source>
        <translation>Es gibt noch keine gespeicherte Unterhaltung zum Exportieren.</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>Conversation, to import again (*.json)</source>
        <translation>Unterhaltung, zum erneuten Import (*.json)</translation>
    </message>
    <message>
        <source>Offers seen, for a spreadsheet (*.csv)</source>
        <translation>Gesehene Angebote, für eine Tabellenkalkulation (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the conversation…</source>
        <translation>Unterhaltung wird exportiert…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>That conversation no longer exists.</source>
        <translation>Diese Unterhaltung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Conversation exported to %1</source>
        <translation>Unterhaltung nach %1 exportiert</translation>
    </message>
    <message>
        <source>The conversation could not be read from the history.</source>
        <translation>Die Unterhaltung konnte nicht aus dem Verlauf gelesen werden.</translation>
    </message>
    <message>
        <source>Import conversation</source>
        <translation>Unterhaltung importieren</translation>
    </message>
    <message>
        <source>Exported conversation (*.json)</source>
        <translation>Exportierte Unterhaltung (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing the conversation…</source>
        <translation>Unterhaltung wird importiert…</translation>
    </message>
    <message>
        <source>Conversation imported.</source>
        <translation>Unterhaltung importiert.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>The conversation could not be imported; nothing was added to the history.

%1</source>
        <translation>Die Unterhaltung konnte nicht importiert werden; dem Verlauf wurde nichts hinzugefügt.

%1</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Provider reachable</source>
        <translation>Anbieter erreichbar</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Anfragelimit</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>History database</source>
        <translation>Verlaufsdatenbank</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <source>Something does not work: see the failed checks below.</source>
        <translation>Etwas funktioniert nicht: Siehe die fehlgeschlagenen Prüfungen unten.</translation>
    </message>
    <message>
        <source>Everything needed works, with warnings below.</source>
        <translation>Alles Nötige funktioniert, mit Warnungen unten.</translation>
    </message>
    <message>
        <source>Everything works.</source>
        <translation>Alles funktioniert.</translation>
    </message>
    <message>
        <source>Recent calls: the active provider runs in the app, with no network calls to time.</source>
        <translation>Letzte Aufrufe: Der aktive Anbieter läuft in der App, ohne Netzwerkaufrufe zum Messen.</translation>
    </message>
    <message>
        <source>Recent calls: none yet.</source>
        <translation>Letzte Aufrufe: noch keine.</translation>
    </message>
    <message>
        <source>Recent calls: %1, %2 ms (median), %3 ms (95th percentile), %4 failed.</source>
        <translation>Letzte Aufrufe: %1, %2 ms (Median), %3 ms (95. Perzentil), %4 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: choose another folder.</source>
        <translation>Der Ordner %1 ist schreibgeschützt: Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written. Free some space and try again.</source>
        <translation>Der Datenträger ist voll: %1 wurde nicht geschrieben. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>Duffel</source>
        <translation>Duffel</translation>
    </message>
    <message>
        <source>Amadeus</source>
        <translation>Amadeus</translation>
    </message>
    <message>
        <source>The sandbox</source>
        <translation>Die Demo</translation>
    </message>
    <message>
        <source>%1 was not contacted, as it could not be set up.</source>
        <translation>%1 wurde nicht kontaktiert, da es nicht eingerichtet werden konnte.</translation>
    </message>
    <message>
        <source>The provider was replaced while it was being checked: check again.</source>
        <translation>Der Anbieter wurde während der Prüfung ersetzt: Prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms.</source>
        <translation>%1 hat in %2 ms geantwortet.</translation>
    </message>
    <message>
        <source>%1 could not be reached: check your connection and the endpoint in the settings (%2).</source>
        <translation>%1 ist nicht erreichbar: Prüfen Sie Ihre Verbindung und die Adresse in den Einstellungen (%2).</translation>
    </message>
    <message>
        <source>%1 did not answer in time: try again later.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet: Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 answered with an error (%2): try again later.</source>
        <translation>%1 hat mit einem Fehler geantwortet (%2): Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The sandbox needs no credentials.</source>
        <translation>Die Demo braucht keine Zugangsdaten.</translation>
    </message>
    <message>
        <source>%1 refused your credentials: enter them again in the settings.</source>
        <translation>%1 hat Ihre Zugangsdaten abgelehnt: Geben Sie sie in den Einstellungen erneut ein.</translation>
    </message>
    <message>
        <source>%1 accepted your credentials.</source>
        <translation>%1 hat Ihre Zugangsdaten akzeptiert.</translation>
    </message>
    <message>
        <source>Your credentials could not be checked, as %1 did not answer properly.</source>
        <translation>Ihre Zugangsdaten konnten nicht geprüft werden, da %1 nicht richtig geantwortet hat.</translation>
    </message>
    <message>
        <source>The sandbox runs in the app and has no rate limit.</source>
        <translation>Die Demo läuft in der App und hat kein Anfragelimit.</translation>
    </message>
    <message>
        <source>The rate limit is unknown, as the provider could not be checked.</source>
        <translation>Das Anfragelimit ist unbekannt, da der Anbieter nicht geprüft werden konnte.</translation>
    </message>
    <message>
        <source>%1 did not report a rate limit.</source>
        <translation>%1 hat kein Anfragelimit gemeldet.</translation>
    </message>
    <message>
        <source>The rate limit of %1 is used up: searches wait %2 s until it resets.</source>
        <translation>Das Anfragelimit von %1 ist ausgeschöpft: Suchen warten %2 s, bis es zurückgesetzt wird.</translation>
    </message>
    <message>
        <source>The rate limit of %1 is nearly used up: %2 of %3 requests left.</source>
        <translation>Das Anfragelimit von %1 ist fast ausgeschöpft: %2 von %3 Anfragen übrig.</translation>
    </message>
    <message>
        <source>%1 of %2 requests left in the current rate-limit window.</source>
        <translation>%1 von %2 Anfragen im aktuellen Limitfenster übrig.</translation>
    </message>
    <message>
        <source>%1 requests left in the current rate-limit window.</source>
        <translation>%1 Anfragen im aktuellen Limitfenster übrig.</translation>
    </message>
    <message>
        <source>No call succeeded, so no latency was measured.</source>
        <translation>Kein Aufruf war erfolgreich, daher wurde keine Antwortzeit gemessen.</translation>
    </message>
    <message>
        <source>%1 of %2 calls failed; the others took %3 ms (median), %4 ms (95th percentile).</source>
        <translation>%1 von %2 Aufrufen sind fehlgeschlagen; die übrigen dauerten %3 ms (Median), %4 ms (95. Perzentil).</translation>
    </message>
    <message>
        <source>Calls are slow: %1 ms (median), %2 ms (95th percentile).</source>
        <translation>Aufrufe sind langsam: %1 ms (Median), %2 ms (95. Perzentil).</translation>
    </message>
    <message>
        <source>%1 calls took %2 ms (median), %3 ms (95th percentile).</source>
        <translation>%1 Aufrufe dauerten %2 ms (Median), %3 ms (95. Perzentil).</translation>
    </message>
    <message>
        <source>No keychain is available: credentials entered in the settings are kept only until you quit, or can come from the BOOKING_DUFFEL_TOKEN, BOOKING_AMADEUS_CLIENT_ID and BOOKING_AMADEUS_CLIENT_SECRET variables.</source>
        <translation>Kein Schlüsselbund verfügbar: In den Einstellungen eingegebene Zugangsdaten werden nur bis zum Beenden behalten oder können aus den Variablen BOOKING_DUFFEL_TOKEN, BOOKING_AMADEUS_CLIENT_ID und BOOKING_AMADEUS_CLIENT_SECRET kommen.</translation>
    </message>
    <message>
        <source>The keychain is available.</source>
        <translation>Der Schlüsselbund ist verfügbar.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused: allow Booking Assistant in your keychain, then check again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert: Erlauben Sie Booking Assistant in Ihrem Schlüsselbund und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The keychain failed (%1): unlock it or restart your session, then check again.</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen (%1): Entsperren Sie ihn oder starten Sie Ihre Sitzung neu und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s: it may be locked or waiting for you to unlock it.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet: Er ist vielleicht gesperrt oder wartet darauf, dass Sie ihn entsperren.</translation>
    </message>
    <message>
        <source>The history is empty (no database yet).</source>
        <translation>Der Verlauf ist leer (noch keine Datenbank).</translation>
    </message>
    <message>
        <source>The history database could not be opened (%1).</source>
        <translation>Die Verlaufsdatenbank konnte nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>The history database is damaged (%1): the app moves it aside and starts a new one when it opens it.</source>
        <translation>Die Verlaufsdatenbank ist beschädigt (%1): Die App legt sie beiseite und beginnt beim Öffnen eine neue.</translation>
    </message>
    <message>
        <source>The history database is intact.</source>
        <translation>Die Verlaufsdatenbank ist intakt.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>1 message</source>
        <translation>1 Nachricht</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 offer</source>
        <translation>1 Angebot</translation>
    </message>
    <message numerus="yes">
        <source>%n offers</source>
        <translation>
            <numerusform>%n Angebot</numerusform>
            <numerusform>%n Angebote</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>(untitled conversation)</source>
        <translation>(Unterhaltung ohne Titel)</translation>
    </message>
    <message>
        <source>%1
From the command line</source>
        <translation>%1
Über die Befehlszeile</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Delete Conversation…</source>
        <translation>Unterhaltung &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Clear History…</source>
        <translation>Verlauf l&amp;eeren…</translation>
    </message>
    <message>
        <source>Search conversations and places</source>
        <translation>Unterhaltungen und Orte suchen</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>The history could not be searched.</source>
        <translation>Der Verlauf konnte nicht durchsucht werden.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Unterhaltung löschen</translation>
    </message>
    <message>
        <source>Delete the conversation “%1” and the offers it showed? This cannot be undone.</source>
        <translation>Die Unterhaltung „%1“ und die darin gezeigten Angebote löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Unbenannte Unterhaltung</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The conversation could not be deleted.</source>
        <translation>Die Unterhaltung konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>Delete every stored conversation and every offer seen? This cannot be undone.</source>
        <translation>Alle gespeicherten Unterhaltungen und alle gesehenen Angebote löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>The history could not be cleared.</source>
        <translation>Der Verlauf konnte nicht geleert werden.</translation>
    </message>
</context>
<context>
    <name>HistorySearchModel</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Unbenannte Unterhaltung</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>HistoryStorageDialog</name>
    <message>
        <source>History Storage</source>
        <translation>Verlaufsspeicher</translation>
    </message>
    <message>
        <source>On this &amp;computer</source>
        <translation>Auf diesem &amp;Computer</translation>
    </message>
    <message>
        <source>&amp;Shared PostgreSQL server</source>
        <translation>&amp;Gemeinsamer PostgreSQL-Server</translation>
    </message>
    <message>
        <source>Everyone who connects to the same database sees the same history, for example the agents of an agency. The password is kept in the keychain, never in the settings file.</source>
        <translation>Alle, die sich mit derselben Datenbank verbinden, sehen denselben Verlauf, zum Beispiel die Mitarbeiter eines Reisebüros. Das Passwort liegt im Schlüsselbund, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>S&amp;ecure connection:</source>
        <translation>Sich&amp;ere Verbindung:</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Sichere Verbindung</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>For example db.example.com</source>
        <translation>Zum Beispiel db.example.com</translation>
    </message>
    <message>
        <source>For example booking_history</source>
        <translation>Zum Beispiel booking_history</translation>
    </message>
    <message>
        <source>If the server offers it (default)</source>
        <translation>Wenn der Server sie anbietet (Standard)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Required, with a trusted certificate</source>
        <translation>Erforderlich, mit vertrauenswürdigem Zertifikat</translation>
    </message>
    <message>
        <source>Required, with a trusted certificate for this host name</source>
        <translation>Erforderlich, mit vertrauenswürdigem Zertifikat für diesen Hostnamen</translation>
    </message>
    <message>
        <source>The history is kept in %1, for this computer&apos;s user only.</source>
        <translation>Der Verlauf wird in %1 gespeichert, nur für den Benutzer dieses Computers.</translation>
    </message>
    <message>
        <source>A password is stored in the keychain; type to replace it</source>
        <translation>Im Schlüsselbund ist ein Passwort gespeichert; zum Ersetzen eintippen</translation>
    </message>
    <message>
        <source>The stored password could not be read from the keychain.</source>
        <translation>Das gespeicherte Passwort konnte nicht aus dem Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>The password cannot be stored: no keychain is available.</source>
        <translation>Das Passwort kann nicht gespeichert werden: Kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>The keychain refused to store the password; nothing was saved.</source>
        <translation>Der Schlüsselbund hat das Speichern des Passworts abgelehnt; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain; nothing was saved.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available on this system: the password is kept in memory only, until you quit.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar: Das Passwort bleibt nur im Speicher, bis Sie das Programm beenden.</translation>
    </message>
    <message>
        <source>The new history storage is used once Booking Assistant restarts. Restart now?</source>
        <translation>Der neue Verlaufsspeicher wird nach einem Neustart von Booking Assistant verwendet. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>OfferCalendar</name>
    <message>
        <source>Flight %1</source>
        <translation>Flug %1</translation>
    </message>
    <message>
        <source>Flight %1, %2</source>
        <translation>Flug %1, %2</translation>
    </message>
    <message>
        <source>Departs %1 at %2</source>
        <translation>Abflug %1 am %2</translation>
    </message>
    <message>
        <source>Arrives %1 at %2</source>
        <translation>Ankunft %1 am %2</translation>
    </message>
    <message>
        <source>Aircraft: %1</source>
        <translation>Flugzeug: %1</translation>
    </message>
    <message>
        <source>Price: %1 %2 for the whole trip (offer %3 from %4)</source>
        <translation>Preis: %1 %2 für die ganze Reise (Angebot %3 von %4)</translation>
    </message>
    <message>
        <source>Booking reference: %1</source>
        <translation>Buchungsnummer: %1</translation>
    </message>
    <message>
        <source>Sandbox fare: generated for trying the app out, it cannot be booked.</source>
        <translation>Sandbox-Tarif: zum Ausprobieren der App erzeugt, nicht buchbar.</translation>
    </message>
</context>
<context>
    <name>OfferDetailsDialog</name>
    <message>
        <source>Offer: %1 → %2</source>
        <translation>Angebot: %1 → %2</translation>
    </message>
    <message>
        <source>Add to &amp;calendar…</source>
        <translation>Zum &amp;Kalender hinzufügen…</translation>
    </message>
    <message>
        <source>Save these flights as an .ics file for your calendar</source>
        <translation>Diese Flüge als .ics-Datei für Ihren Kalender speichern</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Zum Kalender hinzufügen</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Kalenderdatei (*.ics)</translation>
    </message>
    <message>
        <source>Saved to %1: open it with your calendar to add the flights.</source>
        <translation>In %1 gespeichert: Öffnen Sie die Datei mit Ihrem Kalender, um die Flüge hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Prices seen on %1 → %2: %3</source>
        <translation>Gesehene Preise auf %1 → %2: %3</translation>
    </message>
</context>
<context>
    <name>OfferFormat</name>
    <message>
        <source>%1d %2h %3m</source>
        <translation>%1 T. %2 h %3 min</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Non-stop</source>
        <translation>Nonstop</translation>
    </message>
    <message>
        <source>1 stop (%1)</source>
        <translation>1 Stopp (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n stops (%1)</source>
        <translation>
            <numerusform>%n Stopp (%1)</numerusform>
            <numerusform>%n Stopps (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>departure: day and time, airport</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>arrival: time (+days), airport</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>departure → arrival</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2 · %3 · %4</source>
        <translation>%1 → %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Economy</translation>
    </message>
    <message>
        <source>Premium economy</source>
        <translation>Premium Economy</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>airline name (code)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cabin: %1</source>
        <translation>Reiseklasse: %1</translation>
    </message>
    <message>
        <source>Sandbox fare: generated for testing, not bookable.</source>
        <translation>Demo-Tarif: zu Testzwecken erzeugt, nicht buchbar.</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <source>Offer id: %1</source>
        <translation>Angebots-ID: %1</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Hinflug</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rückflug</translation>
    </message>
    <message>
        <source>Journey %1</source>
        <translation>Reiseabschnitt %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3 · %4 · %5</source>
        <translation>%1: %2 → %3 · %4 · %5</translation>
    </message>
    <message>
        <source>    Connection in %1: %2</source>
        <translation>    Umstieg in %1: %2</translation>
    </message>
    <message>
        <source>  %1 %2 · %3</source>
        <translation>  %1 %2 · %3</translation>
    </message>
    <message>
        <source>aircraft not given</source>
        <translation>Flugzeugtyp nicht angegeben</translation>
    </message>
    <message>
        <source>    Depart %1 %2</source>
        <translation>    Abflug %1 %2</translation>
    </message>
    <message>
        <source>    Arrive %1 %2 · %3</source>
        <translation>    Ankunft %1 %2 · %3</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>Press Enter or double-click for details</source>
        <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie für Details</translation>
    </message>
    <message>
        <source>Airline</source>
        <translation>Fluggesellschaft</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>Flüge</translation>
    </message>
    <message>
        <source>Depart</source>
        <translation>Abflug</translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Stopps</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rückflug</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vor %1</translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s)</source>
        <translation>
            <numerusform>%n Erwachsenen</numerusform>
            <numerusform>%n Erwachsene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n Kind</numerusform>
            <numerusform>%n Kinder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n infant(s)</source>
        <translation>
            <numerusform>%n Kleinkind</numerusform>
            <numerusform>%n Kleinkinder</numerusform>
        </translation>
    </message>
    <message>
        <source>That date has already passed. Which day would you like to fly?</source>
        <translation>Dieses Datum liegt in der Vergangenheit. An welchem Tag möchten Sie fliegen?</translation>
    </message>
    <message>
        <source>Airlines sell seats only about a year ahead. Could you choose an earlier date?</source>
        <translation>Fluggesellschaften verkaufen Plätze nur etwa ein Jahr im Voraus. Könnten Sie ein früheres Datum wählen?</translation>
    </message>
    <message>
        <source>The return date is before the departure. When would you like to come back?</source>
        <translation>Das Rückflugdatum liegt vor dem Abflug. Wann möchten Sie zurückfliegen?</translation>
    </message>
    <message>
        <source>The departure and the destination are the same place. Where would you like to go?</source>
        <translation>Abflugort und Ziel sind identisch. Wohin möchten Sie reisen?</translation>
    </message>
    <message>
        <source>I can search for 1 to 9 travellers, with at least one adult and no more infants than adults. How many are travelling?</source>
        <translation>Ich kann für 1 bis 9 Reisende suchen, mit mindestens einem Erwachsenen und nicht mehr Kleinkindern als Erwachsenen. Wie viele Personen reisen?</translation>
    </message>
    <message>
        <source>I cannot search that request as it is. Could you rephrase it?</source>
        <translation>Diese Anfrage kann ich so nicht suchen. Könnten Sie sie anders formulieren?</translation>
    </message>
    <message>
        <source>Sorry, I did not understand that.</source>
        <translation>Entschuldigung, das habe ich nicht verstanden.</translation>
    </message>
    <message>
        <source>Hello! Tell me where and when you would like to fly, for example &quot;Paris to Rome next Friday for two adults&quot;.</source>
        <translation>Hallo! Sagen Sie mir, wohin und wann Sie fliegen möchten, zum Beispiel &quot;Paris nach Rom nächsten Freitag für zwei Erwachsene&quot;.</translation>
    </message>
    <message>
        <source>Tell me your trip in your own words: where from, where to, when, and who is travelling. For example &quot;LHR to JFK on 10 December&quot; or &quot;from Paris to Rome next friday, 2 adults, back on Sunday&quot;. I search, and you can sort the offers by price, duration or time. Past conversations are in the history on the left.</source>
        <translation>Beschreiben Sie Ihre Reise in Ihren eigenen Worten: woher, wohin, wann und wer reist. Zum Beispiel &quot;LHR nach JFK am 10. Dezember&quot; oder &quot;von Paris nach Rom nächsten Freitag, 2 Erwachsene, zurück am Sonntag&quot;. Ich suche, und Sie können die Angebote nach Preis, Dauer oder Uhrzeit sortieren. Frühere Unterhaltungen finden Sie links im Verlauf.</translation>
    </message>
    <message>
        <source>Sorry, I did not understand that. Tell me where you would like to fly, for example &quot;Paris to Rome next Friday&quot;.</source>
        <translation>Entschuldigung, das habe ich nicht verstanden. Sagen Sie mir, wohin Sie fliegen möchten, zum Beispiel &quot;Paris nach Rom nächsten Freitag&quot;.</translation>
    </message>
    <message>
        <source>Where would you like to fly to from %1?</source>
        <translation>Wohin möchten Sie ab %1 fliegen?</translation>
    </message>
    <message>
        <source>Where would you like to fly to?</source>
        <translation>Wohin möchten Sie fliegen?</translation>
    </message>
    <message>
        <source>Where will you fly to %1 from?</source>
        <translation>Von wo aus fliegen Sie nach %1?</translation>
    </message>
    <message>
        <source>When would you like to fly from %1 to %2?</source>
        <translation>Wann möchten Sie von %1 nach %2 fliegen?</translation>
    </message>
    <message>
        <source>Searching flights from %1 to %2 on %3</source>
        <translation>Suche nach Flügen von %1 nach %2 am %3</translation>
    </message>
    <message>
        <source>returning %1</source>
        <translation>mit Rückflug am %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>I found no flights matching all your conditions. Try allowing stops, another airline or a higher budget.</source>
        <translation>Ich habe keine Flüge gefunden, die alle Ihre Bedingungen erfüllen. Versuchen Sie es mit Stopps, einer anderen Fluggesellschaft oder einem höheren Budget.</translation>
    </message>
    <message>
        <source>I found no flights for that day. Try another date or a nearby airport.</source>
        <translation>Ich habe für diesen Tag keine Flüge gefunden. Versuchen Sie ein anderes Datum oder einen Flughafen in der Nähe.</translation>
    </message>
    <message numerus="yes">
        <source>I found %n offer(s).</source>
        <translation>
            <numerusform>Ich habe %n Angebot gefunden.</numerusform>
            <numerusform>Ich habe %n Angebote gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cheapest is %1 with %2.</source>
        <translation>Das günstigste kostet %1 bei %2.</translation>
    </message>
    <message>
        <source>The fastest takes %1 h %2 min.</source>
        <translation>Das schnellste dauert %1 h %2 min.</translation>
    </message>
    <message>
        <source>(Sandbox fares: realistic examples, not bookable.)</source>
        <translation>(Demo-Tarife: realistische Beispiele, nicht buchbar.)</translation>
    </message>
    <message>
        <source>I could not find any way to fly between those places. Try a nearby larger city or airport.</source>
        <translation>Ich konnte keine Flugverbindung zwischen diesen Orten finden. Versuchen Sie eine größere Stadt oder einen Flughafen in der Nähe.</translation>
    </message>
    <message>
        <source>That search could not be made as it is. Please check the places and dates.</source>
        <translation>Diese Suche ist so nicht möglich. Bitte prüfen Sie Orte und Daten.</translation>
    </message>
    <message>
        <source>I could not reach the flight provider. Check your connection and try again.</source>
        <translation>Der Fluganbieter ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The flight provider took too long to answer. Please try again in a moment.</source>
        <translation>Der Fluganbieter hat zu lange nicht geantwortet. Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The flight provider refused the credentials. Check them in the settings.</source>
        <translation>Der Fluganbieter hat die Zugangsdaten abgelehnt. Prüfen Sie sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>The flight provider asks us to slow down. Please try again in a minute.</source>
        <translation>Der Fluganbieter bittet darum, weniger Anfragen zu senden. Bitte versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The flight provider had a problem with this search. Please try again later.</source>
        <translation>Beim Fluganbieter ist bei dieser Suche ein Problem aufgetreten. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Search cancelled. Change anything you like and I will search again.</source>
        <translation>Suche abgebrochen. Ändern Sie, was Sie möchten, und ich suche erneut.</translation>
    </message>
    <message>
        <source>economy</source>
        <translation>Economy Class</translation>
    </message>
    <message>
        <source>premium economy</source>
        <translation>Premium Economy</translation>
    </message>
    <message>
        <source>business class</source>
        <translation>Business Class</translation>
    </message>
    <message>
        <source>first class</source>
        <translation>First Class</translation>
    </message>
    <message>
        <source>Sorry, I did not understand that. You can change the date, the travellers or the cabin (&quot;make it Tuesday&quot;, &quot;2 adults&quot;, &quot;business class&quot;), or ask for another trip.</source>
        <translation>Entschuldigung, das habe ich nicht verstanden. Sie können das Datum, die Reisenden oder die Klasse ändern („lieber Dienstag“, „2 Erwachsene“, „Business Class“) oder nach einer anderen Reise fragen.</translation>
    </message>
    <message>
        <source>non-stop only</source>
        <translation>nur Nonstop-Flüge</translation>
    </message>
    <message>
        <source>(I search the first of those days; name another day to see it)</source>
        <translation>(ich suche am ersten dieser Tage; nennen Sie einen anderen Tag, um ihn zu sehen)</translation>
    </message>
    <message>
        <source>This flight provider cannot do that. Choose another provider in the settings.</source>
        <translation>Dieser Fluganbieter kann das nicht. Wählen Sie in den Einstellungen einen anderen Anbieter.</translation>
    </message>
    <message>
        <source>That offer is no longer available. Search again for the current fares.</source>
        <translation>Dieses Angebot ist nicht mehr verfügbar. Suchen Sie erneut nach den aktuellen Tarifen.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) earlier or later too</source>
        <translation>
            <numerusform>auch %n Tag früher oder später</numerusform>
            <numerusform>auch %n Tage früher oder später</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 no flights</source>
        <translation>%1 keine Flüge</translation>
    </message>
    <message>
        <source>Cheapest by day: %1.</source>
        <translation>Am günstigsten pro Tag: %1.</translation>
    </message>
    <message>
        <source>(%1 of the %2 searches could not be made; the offers come from the others.)</source>
        <translation>(%1 der %2 Suchen war nicht möglich; die Angebote stammen aus den anderen.)</translation>
    </message>
</context>
<context>
    <name>SessionImporter</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a conversation file.</source>
        <translation>%1 ist ein Ordner, keine Unterhaltungsdatei.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB, too large for a conversation.</source>
        <translation>Die Datei %1 ist größer als %2 MiB, zu groß für eine Unterhaltung.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SessionJson</name>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>das Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>„%1“ muss ein Text sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 time with a time zone offset (got &quot;%2&quot;)</source>
        <translation>„%1“ muss eine ISO-8601-Zeit mit Zeitzonenversatz sein (erhalten: „%2“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>„%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>an offer must be an object</source>
        <translation>ein Angebot muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the offer cannot be restored (its id, price, currency, times or flights are missing or malformed)</source>
        <translation>das Angebot kann nicht wiederhergestellt werden (ID, Preis, Währung, Zeiten oder Flüge fehlen oder sind fehlerhaft)</translation>
    </message>
    <message>
        <source>the offer is not in the exported format (a field was changed, added or is missing)</source>
        <translation>das Angebot hat nicht das Exportformat (ein Feld wurde geändert, hinzugefügt oder fehlt)</translation>
    </message>
    <message>
        <source>a message must be an object</source>
        <translation>eine Nachricht muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;role&quot; must be user, assistant or system (got &quot;%1&quot;)</source>
        <translation>„role“ muss user, assistant oder system sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>der Text ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>a highlight must be [start, end] inside the message text</source>
        <translation>eine Hervorhebung muss [Anfang, Ende] innerhalb des Nachrichtentexts sein</translation>
    </message>
    <message>
        <source>&quot;offer_count&quot; must be a whole number of zero or more</source>
        <translation>„offer_count“ muss eine ganze Zahl ab null sein</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, too large for a conversation.</source>
        <translation>Die Datei ist größer als %1 MiB, zu groß für eine Unterhaltung.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The file is not an exported conversation (no JSON object).</source>
        <translation>Die Datei ist keine exportierte Unterhaltung (kein JSON-Objekt).</translation>
    </message>
    <message>
        <source>The file is not an exported conversation (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Die Datei ist keine exportierte Unterhaltung (ihr „format“ ist nicht „%1“).</translation>
    </message>
    <message>
        <source>The file is a conversation in format version %1; this program reads version %2 only.</source>
        <translation>Die Datei ist eine Unterhaltung im Format Version %1; dieses Programm liest nur Version %2.</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters</source>
        <translation>der Titel ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>&quot;source&quot; must be app or cli (got &quot;%1&quot;)</source>
        <translation>„source“ muss app oder cli sein (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>The conversation file is not valid: %1.</source>
        <translation>Die Unterhaltungsdatei ist ungültig: %1.</translation>
    </message>
</context>
<context>
    <name>SettingsApplier</name>
    <message>
        <source>Sandbox</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Duffel</source>
        <translation>Duffel</translation>
    </message>
    <message>
        <source>Amadeus-compatible</source>
        <translation>Amadeus-kompatibel</translation>
    </message>
    <message>
        <source>Sandbox (loading your %1 credentials…)</source>
        <translation>Demo (Ihre %1-Zugangsdaten werden geladen…)</translation>
    </message>
    <message>
        <source>Sandbox (no keychain available: enter your %1 credentials in Settings; they are kept until you quit)</source>
        <translation>Demo (kein Schlüsselbund verfügbar: Geben Sie Ihre %1-Zugangsdaten in den Einstellungen ein; sie bleiben bis zum Beenden erhalten)</translation>
    </message>
    <message>
        <source>Sandbox (no %1 credentials yet: enter them in Settings)</source>
        <translation>Demo (noch keine %1-Zugangsdaten: Geben Sie sie in den Einstellungen ein)</translation>
    </message>
    <message>
        <source>Sandbox (%1 could not be started: check the endpoint in Settings)</source>
        <translation>Demo (%1 konnte nicht gestartet werden: Prüfen Sie die Adresse in den Einstellungen)</translation>
    </message>
    <message>
        <source>%1 (credentials kept in memory until you quit)</source>
        <translation>%1 (Zugangsdaten bleiben bis zum Beenden im Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>Sandbox (loading the credentials of every provider…)</source>
        <translation>Sandbox (Zugangsdaten aller Anbieter werden geladen …)</translation>
    </message>
    <message>
        <source>Sandbox (no other provider has credentials yet: enter them in Settings)</source>
        <translation>Sandbox (noch kein anderer Anbieter hat Zugangsdaten: geben Sie sie in den Einstellungen ein)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Flight provider:</source>
        <translation>&amp;Fluganbieter:</translation>
    </message>
    <message>
        <source>Flight provider</source>
        <translation>Fluganbieter</translation>
    </message>
    <message>
        <source>Duffel account</source>
        <translation>Duffel-Konto</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>Duffel access token</source>
        <translation>Duffel-Zugriffstoken</translation>
    </message>
    <message>
        <source>Amadeus-compatible account</source>
        <translation>Amadeus-kompatibles Konto</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Amadeus client ID</source>
        <translation>Amadeus-Client-ID</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Amadeus client secret</source>
        <translation>Amadeus-Client-Geheimnis</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Endpunkt-URL:</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>Leave empty to use the provider&apos;s own address.</source>
        <translation>Leer lassen, um die Adresse des Anbieters zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Forget stored credentials</source>
        <translation>Gespeicherte Zugangsdaten &amp;vergessen</translation>
    </message>
    <message>
        <source>For example https://api.example.com</source>
        <translation>Zum Beispiel https://api.example.com</translation>
    </message>
    <message>
        <source>No keychain is available on this system: the credentials are kept in memory until you quit.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar: Die Zugangsdaten bleiben bis zum Beenden im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Sandbox (offline, no account)</source>
        <translation>Demo (offline, ohne Konto)</translation>
    </message>
    <message>
        <source>Duffel</source>
        <translation>Duffel</translation>
    </message>
    <message>
        <source>Amadeus-compatible</source>
        <translation>Amadeus-kompatibel</translation>
    </message>
    <message>
        <source>Real offers from Duffel. You need an access token from your Duffel account.</source>
        <translation>Echte Angebote von Duffel. Sie benötigen ein Zugriffstoken aus Ihrem Duffel-Konto.</translation>
    </message>
    <message>
        <source>Offers from an Amadeus-compatible service. You need the client ID and secret your provider gave you.</source>
        <translation>Angebote eines Amadeus-kompatiblen Dienstes. Sie benötigen die Client-ID und das Geheimnis Ihres Anbieters.</translation>
    </message>
    <message>
        <source>Generated fares for trying the app out. Works offline; they cannot be booked.</source>
        <translation>Erzeugte Tarife zum Ausprobieren der App. Funktioniert offline; sie können nicht gebucht werden.</translation>
    </message>
    <message>
        <source>Not set yet.</source>
        <translation>Noch nicht festgelegt.</translation>
    </message>
    <message>
        <source>Kept in memory until you quit.</source>
        <translation>Bleibt bis zum Beenden im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Partly set, kept in memory until you quit.</source>
        <translation>Teilweise festgelegt, bleibt bis zum Beenden im Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>Stored in the keychain. Type a new value to replace it.</source>
        <translation>Im Schlüsselbund gespeichert. Geben Sie einen neuen Wert ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Partly stored in the keychain: fill in what is missing.</source>
        <translation>Teilweise im Schlüsselbund gespeichert: Ergänzen Sie, was fehlt.</translation>
    </message>
    <message>
        <source>Stored (hidden)</source>
        <translation>Gespeichert (verborgen)</translation>
    </message>
    <message>
        <source>Paste your access token</source>
        <translation>Fügen Sie Ihr Zugriffstoken ein</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>The keychain could not remove the credentials. Try again, or remove them with your system&apos;s password manager.</source>
        <translation>Der Schlüsselbund konnte die Zugangsdaten nicht entfernen. Versuchen Sie es erneut oder entfernen Sie sie mit der Passwortverwaltung Ihres Systems.</translation>
    </message>
    <message>
        <source>The credentials were forgotten.</source>
        <translation>Die Zugangsdaten wurden vergessen.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused, so nothing was saved. Save again and allow access when the system asks.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert, daher wurde nichts gespeichert. Speichern Sie erneut und erlauben Sie den Zugriff, wenn das System fragt.</translation>
    </message>
    <message>
        <source>The keychain could not save the credentials, so nothing was saved. Check that your keychain is unlocked and try again.</source>
        <translation>Der Schlüsselbund konnte die Zugangsdaten nicht speichern, daher wurde nichts gespeichert. Prüfen Sie, ob Ihr Schlüsselbund entsperrt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Enter your Duffel access token, or choose the sandbox.</source>
        <translation>Geben Sie Ihr Duffel-Zugriffstoken ein oder wählen Sie die Demo.</translation>
    </message>
    <message>
        <source>Enter both the client ID and the client secret, or choose the sandbox.</source>
        <translation>Geben Sie Client-ID und Client-Geheimnis ein oder wählen Sie die Demo.</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Removing from the keychain…</source>
        <translation>Wird aus dem Schlüsselbund entfernt…</translation>
    </message>
    <message>
        <source>The endpoint must be a web address such as https://api.example.com.</source>
        <translation>Der Endpunkt muss eine Webadresse wie https://api.example.com sein.</translation>
    </message>
    <message>
        <source>The endpoint must use https:// (plain http:// is only allowed for a sandbox on this computer).</source>
        <translation>Der Endpunkt muss https:// verwenden (einfaches http:// ist nur für eine Demo auf diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>Search every provider that has &amp;credentials at once</source>
        <translation>Alle Anbieter mit &amp;Zugangsdaten gleichzeitig durchsuchen</translation>
    </message>
    <message>
        <source>Duffel and Amadeus-compatible are searched together when their credentials are stored, and their offers merged. The sandbox joins only when no other provider is ready, or when it is the provider chosen above.</source>
        <translation>Duffel und Amadeus-kompatibel werden gemeinsam durchsucht, wenn ihre Zugangsdaten gespeichert sind, und ihre Angebote zusammengeführt. Die Sandbox kommt nur hinzu, wenn kein anderer Anbieter bereit ist oder sie oben gewählt ist.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Find flights by telling the assistant what you want, in your own words.</source>
        <translation>Finden Sie Flüge, indem Sie dem Assistenten in Ihren eigenen Worten sagen, was Sie suchen.</translation>
    </message>
    <message>
        <source>Keep the history and settings in &lt;dir&gt;.</source>
        <translation>Verlauf und Einstellungen in &lt;Ordner&gt; speichern.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
</context>
</TS>
