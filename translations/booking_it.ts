<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>ChatWindow</name>
    <message>
        <source>Booking Assistant</source>
        <translation>Assistente prenotazioni</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Past conversations, newest first. Select one to review it.</source>
        <translation>Conversazioni passate, dalla più recente. Ne selezioni una per consultarla.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nuova conversazione</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Avvia una nuova conversazione (Ctrl+N)</translation>
    </message>
    <message>
        <source>Viewing a past conversation (read-only). Start a new conversation to continue.</source>
        <translation>Sta visualizzando una conversazione passata (sola lettura). Avvii una nuova conversazione per continuare.</translation>
    </message>
    <message>
        <source>Back to current conversation</source>
        <translation>Torna alla conversazione corrente</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ricerca in corso…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop this search (Esc)</source>
        <translation>Interrompi questa ricerca (Esc)</translation>
    </message>
    <message>
        <source>Where would you like to go? e.g. “Paris to Lisbon next Friday, 2 adults”</source>
        <translation>Dove desidera andare? Ad es. “da Parigi a Lisbona venerdì prossimo, 2 adulti”</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Send your message (Enter)</source>
        <translation>Invia il messaggio (Invio)</translation>
    </message>
    <message>
        <source>No offers yet</source>
        <translation>Ancora nessuna offerta</translation>
    </message>
    <message>
        <source>Click a column title to sort; press Enter or double-click an offer for its details.</source>
        <translation>Faccia clic sul titolo di una colonna per ordinare; prema Invio o faccia doppio clic su un’offerta per vederne i dettagli.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Nuova conversazione</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Booking Assistant</source>
        <translation>&amp;Informazioni su Assistente prenotazioni</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <source>Past conversations</source>
        <translation>Conversazioni passate</translation>
    </message>
    <message>
        <source>Flight offers</source>
        <translation>Offerte di voli</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Il Suo messaggio</translation>
    </message>
    <message>
        <source>Hello! Tell me where and when you would like to fly, in your own words, and I will look for flights. For example:
• London to New York on 10 December
• Paris to Lisbon next Friday, 2 adults, back on Sunday</source>
        <translation>Salve! Mi dica con parole Sue dove e quando desidera volare e cercherò i voli. Per esempio:
• da Londra a New York il 10 dicembre
• da Parigi a Lisbona venerdì prossimo, 2 adulti, ritorno domenica</translation>
    </message>
    <message>
        <source>This conversation is read-only: start a new conversation to continue</source>
        <translation>Questa conversazione è di sola lettura: avvii una nuova conversazione per continuare</translation>
    </message>
    <message>
        <source>The history could not be opened.</source>
        <translation>Impossibile aprire la cronologia.</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Cronologia non disponibile</translation>
    </message>
    <message>
        <source>The conversation history could not be opened, so this session will not be saved. You can keep searching as usual.

Check that this folder can be written:
%1</source>
        <translation>Non è stato possibile aprire la cronologia delle conversazioni, quindi questa sessione non verrà salvata. Può continuare a cercare come al solito.

Verifichi che sia possibile scrivere in questa cartella:
%1</translation>
    </message>
    <message>
        <source>History repaired</source>
        <translation>Cronologia riparata</translation>
    </message>
    <message>
        <source>The history file could not be read, so a new one was started. The old file was kept as:
%1</source>
        <translation>Non è stato possibile leggere il file della cronologia, quindi ne è stato creato uno nuovo. Il vecchio file è stato conservato come:
%1</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>Impossibile leggere la cronologia.</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Caricamento della conversazione…</translation>
    </message>
    <message>
        <source>That conversation could not be loaded.</source>
        <translation>Impossibile caricare questa conversazione.</translation>
    </message>
    <message>
        <source>That conversation no longer exists.</source>
        <translation>Questa conversazione non esiste più.</translation>
    </message>
    <message>
        <source>No offers in this conversation</source>
        <translation>Nessuna offerta in questa conversazione</translation>
    </message>
    <message>
        <source>1 offer</source>
        <translation>1 offerta</translation>
    </message>
    <message numerus="yes">
        <source>%n offers</source>
        <translation>
            <numerusform>%n offerta</numerusform>
            <numerusform>%n offerte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · sandbox fares (not bookable)</source>
        <translation>%1 · tariffe dimostrative (non prenotabili)</translation>
    </message>
    <message>
        <source>%1 · includes sandbox fares (not bookable)</source>
        <translation>%1 · include tariffe dimostrative (non prenotabili)</translation>
    </message>
    <message>
        <source>%1 · as seen then</source>
        <translation>%1 · come visualizzate allora</translation>
    </message>
    <message>
        <source>History: off</source>
        <translation>Cronologia: disattivata</translation>
    </message>
    <message>
        <source>History unavailable: conversations are not being saved</source>
        <translation>Cronologia non disponibile: le conversazioni non vengono salvate</translation>
    </message>
    <message>
        <source>History: on</source>
        <translation>Cronologia: attiva</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Cronologia: %1</translation>
    </message>
    <message>
        <source>Provider: %1 · %2</source>
        <translation>Fornitore: %1 · %2</translation>
    </message>
    <message>
        <source>About Booking Assistant</source>
        <translation>Informazioni su Assistente prenotazioni</translation>
    </message>
    <message>
        <source>Booking Assistant %1

Tell it where you want to go in your own words; it finds flight offers and keeps your conversations on this computer.

Sandbox fares are generated for trying the app out and cannot be booked.</source>
        <translation>Assistente prenotazioni %1

Gli dica con parole Sue dove vuole andare: trova offerte di voli e conserva le Sue conversazioni su questo computer.

Le tariffe dimostrative sono generate per provare l’app e non possono essere prenotate.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnostica…</translation>
    </message>
    <message>
        <source>&amp;History Storage…</source>
        <translation>Archiviazione della &amp;cronologia…</translation>
    </message>
</context>
<context>
    <name>ConversationTransfer</name>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Esporta conversazione…</translation>
    </message>
    <message>
        <source>&amp;Import conversation…</source>
        <translation>&amp;Importa conversazione…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>There is no saved conversation to export yet.</source>
        <translation>Non c’è ancora nessuna conversazione salvata da esportare.</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Esporta conversazione</translation>
    </message>
    <message>
        <source>Conversation, to import again (*.json)</source>
        <translation>Conversazione, da reimportare (*.json)</translation>
    </message>
    <message>
        <source>Offers seen, for a spreadsheet (*.csv)</source>
        <translation>Offerte viste, per un foglio di calcolo (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the conversation…</source>
        <translation>Esportazione della conversazione…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non esportato</translation>
    </message>
    <message>
        <source>That conversation no longer exists.</source>
        <translation>Questa conversazione non esiste più.</translation>
    </message>
    <message>
        <source>Conversation exported to %1</source>
        <translation>Conversazione esportata in %1</translation>
    </message>
    <message>
        <source>The conversation could not be read from the history.</source>
        <translation>Non è stato possibile leggere la conversazione dalla cronologia.</translation>
    </message>
    <message>
        <source>Import conversation</source>
        <translation>Importa conversazione</translation>
    </message>
    <message>
        <source>Exported conversation (*.json)</source>
        <translation>Conversazione esportata (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Importing the conversation…</source>
        <translation>Importazione della conversazione…</translation>
    </message>
    <message>
        <source>Conversation imported.</source>
        <translation>Conversazione importata.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importato</translation>
    </message>
    <message>
        <source>The conversation could not be imported; nothing was added to the history.

%1</source>
        <translation>Non è stato possibile importare la conversazione; non è stato aggiunto nulla alla cronologia.

%1</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostica</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Non ancora verificato.</translation>
    </message>
    <message>
        <source>Provider reachable</source>
        <translation>Fornitore raggiungibile</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite di richieste</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Tempo di risposta</translation>
    </message>
    <message>
        <source>History database</source>
        <translation>Database della cronologia</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Portachiavi</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Something does not work: see the failed checks below.</source>
        <translation>Qualcosa non funziona: vedi le verifiche non riuscite qui sotto.</translation>
    </message>
    <message>
        <source>Everything needed works, with warnings below.</source>
        <translation>Tutto il necessario funziona, con avvisi qui sotto.</translation>
    </message>
    <message>
        <source>Everything works.</source>
        <translation>Tutto funziona.</translation>
    </message>
    <message>
        <source>Recent calls: the active provider runs in the app, with no network calls to time.</source>
        <translation>Chiamate recenti: il fornitore attivo funziona nell’app, senza chiamate di rete da misurare.</translation>
    </message>
    <message>
        <source>Recent calls: none yet.</source>
        <translation>Chiamate recenti: ancora nessuna.</translation>
    </message>
    <message>
        <source>Recent calls: %1, %2 ms (median), %3 ms (95th percentile), %4 failed.</source>
        <translation>Chiamate recenti: %1, %2 ms (mediana), %3 ms (95° percentile), %4 non riuscite.</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La cartella %1 non esiste.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 è una cartella; scegli un nome di file.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: choose another folder.</source>
        <translation>La cartella %1 è di sola lettura: scegli un’altra cartella.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written. Free some space and try again.</source>
        <translation>Il disco è pieno: %1 non è stato scritto. Libera spazio e riprova.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Non è stato possibile scrivere %1: %2</translation>
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
        <translation>La demo</translation>
    </message>
    <message>
        <source>%1 was not contacted, as it could not be set up.</source>
        <translation>%1 non è stato contattato, perché non è stato possibile configurarlo.</translation>
    </message>
    <message>
        <source>The provider was replaced while it was being checked: check again.</source>
        <translation>Il fornitore è stato sostituito durante la verifica: verifica di nuovo.</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms.</source>
        <translation>%1 ha risposto in %2 ms.</translation>
    </message>
    <message>
        <source>%1 could not be reached: check your connection and the endpoint in the settings (%2).</source>
        <translation>%1 non è raggiungibile: controlla la connessione e l’indirizzo nelle impostazioni (%2).</translation>
    </message>
    <message>
        <source>%1 did not answer in time: try again later.</source>
        <translation>%1 non ha risposto in tempo: riprova più tardi.</translation>
    </message>
    <message>
        <source>%1 answered with an error (%2): try again later.</source>
        <translation>%1 ha risposto con un errore (%2): riprova più tardi.</translation>
    </message>
    <message>
        <source>The sandbox needs no credentials.</source>
        <translation>La demo non richiede credenziali.</translation>
    </message>
    <message>
        <source>%1 refused your credentials: enter them again in the settings.</source>
        <translation>%1 ha rifiutato le tue credenziali: inseriscile di nuovo nelle impostazioni.</translation>
    </message>
    <message>
        <source>%1 accepted your credentials.</source>
        <translation>%1 ha accettato le tue credenziali.</translation>
    </message>
    <message>
        <source>Your credentials could not be checked, as %1 did not answer properly.</source>
        <translation>Non è stato possibile verificare le tue credenziali, perché %1 non ha risposto correttamente.</translation>
    </message>
    <message>
        <source>The sandbox runs in the app and has no rate limit.</source>
        <translation>La demo funziona nell’app e non ha limiti di richieste.</translation>
    </message>
    <message>
        <source>The rate limit is unknown, as the provider could not be checked.</source>
        <translation>Il limite di richieste è sconosciuto, perché non è stato possibile verificare il fornitore.</translation>
    </message>
    <message>
        <source>%1 did not report a rate limit.</source>
        <translation>%1 non ha indicato alcun limite di richieste.</translation>
    </message>
    <message>
        <source>The rate limit of %1 is used up: searches wait %2 s until it resets.</source>
        <translation>Il limite di richieste di %1 è esaurito: le ricerche attendono %2 s che si azzeri.</translation>
    </message>
    <message>
        <source>The rate limit of %1 is nearly used up: %2 of %3 requests left.</source>
        <translation>Il limite di richieste di %1 è quasi esaurito: restano %2 richieste su %3.</translation>
    </message>
    <message>
        <source>%1 of %2 requests left in the current rate-limit window.</source>
        <translation>Restano %1 richieste su %2 nella finestra di limite attuale.</translation>
    </message>
    <message>
        <source>%1 requests left in the current rate-limit window.</source>
        <translation>Restano %1 richieste nella finestra di limite attuale.</translation>
    </message>
    <message>
        <source>No call succeeded, so no latency was measured.</source>
        <translation>Nessuna chiamata è riuscita, quindi non è stato misurato alcun tempo di risposta.</translation>
    </message>
    <message>
        <source>%1 of %2 calls failed; the others took %3 ms (median), %4 ms (95th percentile).</source>
        <translation>%1 chiamate su %2 non sono riuscite; le altre hanno impiegato %3 ms (mediana), %4 ms (95° percentile).</translation>
    </message>
    <message>
        <source>Calls are slow: %1 ms (median), %2 ms (95th percentile).</source>
        <translation>Le chiamate sono lente: %1 ms (mediana), %2 ms (95° percentile).</translation>
    </message>
    <message>
        <source>%1 calls took %2 ms (median), %3 ms (95th percentile).</source>
        <translation>%1 chiamate hanno impiegato %2 ms (mediana), %3 ms (95° percentile).</translation>
    </message>
    <message>
        <source>No keychain is available: credentials entered in the settings are kept only until you quit, or can come from the BOOKING_DUFFEL_TOKEN, BOOKING_AMADEUS_CLIENT_ID and BOOKING_AMADEUS_CLIENT_SECRET variables.</source>
        <translation>Nessun portachiavi disponibile: le credenziali inserite nelle impostazioni sono conservate solo fino all’uscita, oppure possono arrivare dalle variabili BOOKING_DUFFEL_TOKEN, BOOKING_AMADEUS_CLIENT_ID e BOOKING_AMADEUS_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>The keychain is available.</source>
        <translation>Il portachiavi è disponibile.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused: allow Booking Assistant in your keychain, then check again.</source>
        <translation>L’accesso al portachiavi è stato negato: consenti Booking Assistant nel tuo portachiavi, poi verifica di nuovo.</translation>
    </message>
    <message>
        <source>The keychain failed (%1): unlock it or restart your session, then check again.</source>
        <translation>Il portachiavi non ha funzionato (%1): sbloccalo o riavvia la sessione, poi verifica di nuovo.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s: it may be locked or waiting for you to unlock it.</source>
        <translation>Il portachiavi non ha risposto entro %1 s: potrebbe essere bloccato o in attesa che tu lo sblocchi.</translation>
    </message>
    <message>
        <source>The history is empty (no database yet).</source>
        <translation>La cronologia è vuota (ancora nessun database).</translation>
    </message>
    <message>
        <source>The history database could not be opened (%1).</source>
        <translation>Non è stato possibile aprire il database della cronologia (%1).</translation>
    </message>
    <message>
        <source>The history database is damaged (%1): the app moves it aside and starts a new one when it opens it.</source>
        <translation>Il database della cronologia è danneggiato (%1): l’app lo mette da parte e ne crea uno nuovo all’apertura.</translation>
    </message>
    <message>
        <source>The history database is intact.</source>
        <translation>Il database della cronologia è integro.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>1 message</source>
        <translation>1 messaggio</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n messaggio</numerusform>
            <numerusform>%n messaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>1 offer</source>
        <translation>1 offerta</translation>
    </message>
    <message numerus="yes">
        <source>%n offers</source>
        <translation>
            <numerusform>%n offerta</numerusform>
            <numerusform>%n offerte</numerusform>
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
        <translation>(conversazione senza titolo)</translation>
    </message>
    <message>
        <source>%1
From the command line</source>
        <translation>%1
Dalla riga di comando</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Hi&amp;story</source>
        <translation>Cron&amp;ologia</translation>
    </message>
    <message>
        <source>&amp;Delete Conversation…</source>
        <translation>&amp;Elimina conversazione…</translation>
    </message>
    <message>
        <source>&amp;Clear History…</source>
        <translation>&amp;Cancella cronologia…</translation>
    </message>
    <message>
        <source>Search conversations and places</source>
        <translation>Cerca conversazioni e luoghi</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Cerca nella cronologia</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <source>The history could not be searched.</source>
        <translation>Impossibile cercare nella cronologia.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Elimina conversazione</translation>
    </message>
    <message>
        <source>Delete the conversation “%1” and the offers it showed? This cannot be undone.</source>
        <translation>Eliminare la conversazione «%1» e le offerte mostrate? L’operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversazione senza titolo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>The conversation could not be deleted.</source>
        <translation>Impossibile eliminare la conversazione.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Cancella cronologia</translation>
    </message>
    <message>
        <source>Delete every stored conversation and every offer seen? This cannot be undone.</source>
        <translation>Eliminare tutte le conversazioni salvate e tutte le offerte viste? L’operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Cancella cronologia</translation>
    </message>
    <message>
        <source>The history could not be cleared.</source>
        <translation>Impossibile cancellare la cronologia.</translation>
    </message>
</context>
<context>
    <name>HistorySearchModel</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversazione senza titolo</translation>
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
        <translation>Archiviazione della cronologia</translation>
    </message>
    <message>
        <source>On this &amp;computer</source>
        <translation>Su questo &amp;computer</translation>
    </message>
    <message>
        <source>&amp;Shared PostgreSQL server</source>
        <translation>&amp;Server PostgreSQL condiviso</translation>
    </message>
    <message>
        <source>Everyone who connects to the same database sees the same history, for example the agents of an agency. The password is kept in the keychain, never in the settings file.</source>
        <translation>Chi si connette allo stesso database vede la stessa cronologia, per esempio gli operatori di un’agenzia. La password è conservata nel portachiavi, mai nel file delle impostazioni.</translation>
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
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>S&amp;ecure connection:</source>
        <translation>Connessione s&amp;icura:</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Connessione sicura</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Prova la connessione</translation>
    </message>
    <message>
        <source>For example db.example.com</source>
        <translation>Per esempio db.example.com</translation>
    </message>
    <message>
        <source>For example booking_history</source>
        <translation>Per esempio booking_history</translation>
    </message>
    <message>
        <source>If the server offers it (default)</source>
        <translation>Se il server la offre (predefinito)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obbligatoria</translation>
    </message>
    <message>
        <source>Required, with a trusted certificate</source>
        <translation>Obbligatoria, con un certificato attendibile</translation>
    </message>
    <message>
        <source>Required, with a trusted certificate for this host name</source>
        <translation>Obbligatoria, con un certificato attendibile per questo nome host</translation>
    </message>
    <message>
        <source>The history is kept in %1, for this computer&apos;s user only.</source>
        <translation>La cronologia è conservata in %1, solo per l’utente di questo computer.</translation>
    </message>
    <message>
        <source>A password is stored in the keychain; type to replace it</source>
        <translation>Nel portachiavi è salvata una password; digitane una per sostituirla</translation>
    </message>
    <message>
        <source>The stored password could not be read from the keychain.</source>
        <translation>Non è stato possibile leggere la password salvata dal portachiavi.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Prova della connessione…</translation>
    </message>
    <message>
        <source>The password cannot be stored: no keychain is available.</source>
        <translation>Non è possibile salvare la password: nessun portachiavi disponibile.</translation>
    </message>
    <message>
        <source>The keychain refused to store the password; nothing was saved.</source>
        <translation>Il portachiavi ha rifiutato di salvare la password; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain; nothing was saved.</source>
        <translation>Non è stato possibile salvare la password nel portachiavi; non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>No keychain is available on this system: the password is kept in memory only, until you quit.</source>
        <translation>Nessun portachiavi disponibile su questo sistema: la password è conservata solo in memoria, finché non esci.</translation>
    </message>
    <message>
        <source>The new history storage is used once Booking Assistant restarts. Restart now?</source>
        <translation>La nuova archiviazione della cronologia sarà usata al riavvio di Booking Assistant. Riavviare ora?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Riavvia ora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Più tardi</translation>
    </message>
</context>
<context>
    <name>OfferCalendar</name>
    <message>
        <source>Flight %1</source>
        <translation>Volo %1</translation>
    </message>
    <message>
        <source>Flight %1, %2</source>
        <translation>Volo %1, %2</translation>
    </message>
    <message>
        <source>Departs %1 at %2</source>
        <translation>Parte da %1 il %2</translation>
    </message>
    <message>
        <source>Arrives %1 at %2</source>
        <translation>Arriva a %1 il %2</translation>
    </message>
    <message>
        <source>Aircraft: %1</source>
        <translation>Aereo: %1</translation>
    </message>
    <message>
        <source>Price: %1 %2 for the whole trip (offer %3 from %4)</source>
        <translation>Prezzo: %1 %2 per l’intero viaggio (offerta %3 da %4)</translation>
    </message>
    <message>
        <source>Booking reference: %1</source>
        <translation>Codice di prenotazione: %1</translation>
    </message>
    <message>
        <source>Sandbox fare: generated for trying the app out, it cannot be booked.</source>
        <translation>Tariffa di prova: generata per provare l’app, non è prenotabile.</translation>
    </message>
</context>
<context>
    <name>OfferDetailsDialog</name>
    <message>
        <source>Offer: %1 → %2</source>
        <translation>Offerta: %1 → %2</translation>
    </message>
    <message>
        <source>Add to &amp;calendar…</source>
        <translation>Aggiungi al &amp;calendario…</translation>
    </message>
    <message>
        <source>Save these flights as an .ics file for your calendar</source>
        <translation>Salva questi voli in un file .ics per il tuo calendario</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Aggiungi al calendario</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>File di calendario (*.ics)</translation>
    </message>
    <message>
        <source>Saved to %1: open it with your calendar to add the flights.</source>
        <translation>Salvato in %1: aprilo con il tuo calendario per aggiungere i voli.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 il %2</translation>
    </message>
    <message>
        <source>Prices seen on %1 → %2: %3</source>
        <translation>Prezzi visti su %1 → %2: %3</translation>
    </message>
</context>
<context>
    <name>OfferFormat</name>
    <message>
        <source>%1d %2h %3m</source>
        <translation>%1 g %2 h %3 min</translation>
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
        <translation>Diretto</translation>
    </message>
    <message>
        <source>1 stop (%1)</source>
        <translation>1 scalo (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n stops (%1)</source>
        <translation>
            <numerusform>%n scalo (%1)</numerusform>
            <numerusform>%n scali (%1)</numerusform>
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
        <translation>Prima</translation>
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
        <translation>Classe: %1</translation>
    </message>
    <message>
        <source>Sandbox fare: generated for testing, not bookable.</source>
        <translation>Tariffa dimostrativa: generata per i test, non prenotabile.</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Fornitore: %1</translation>
    </message>
    <message>
        <source>Offer id: %1</source>
        <translation>ID offerta: %1</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Andata</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Ritorno</translation>
    </message>
    <message>
        <source>Journey %1</source>
        <translation>Tratta %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3 · %4 · %5</source>
        <translation>%1: %2 → %3 · %4 · %5</translation>
    </message>
    <message>
        <source>    Connection in %1: %2</source>
        <translation>    Scalo a %1: %2</translation>
    </message>
    <message>
        <source>  %1 %2 · %3</source>
        <translation>  %1 %2 · %3</translation>
    </message>
    <message>
        <source>aircraft not given</source>
        <translation>aeromobile non indicato</translation>
    </message>
    <message>
        <source>    Depart %1 %2</source>
        <translation>    Partenza %1 %2</translation>
    </message>
    <message>
        <source>    Arrive %1 %2 · %3</source>
        <translation>    Arrivo %1 %2 · %3</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>Press Enter or double-click for details</source>
        <translation>Prema Invio o faccia doppio clic per i dettagli</translation>
    </message>
    <message>
        <source>Airline</source>
        <translation>Compagnia aerea</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>Voli</translation>
    </message>
    <message>
        <source>Depart</source>
        <translation>Partenza</translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Scali</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Ritorno</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prezzo</translation>
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
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>tra le %1 e le %2</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>dopo le %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>prima delle %1</translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s)</source>
        <translation>
            <numerusform>%n adulto</numerusform>
            <numerusform>%n adulti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n bambino</numerusform>
            <numerusform>%n bambini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n infant(s)</source>
        <translation>
            <numerusform>%n neonato</numerusform>
            <numerusform>%n neonati</numerusform>
        </translation>
    </message>
    <message>
        <source>That date has already passed. Which day would you like to fly?</source>
        <translation>Questa data è già passata. In quale giorno desidera partire?</translation>
    </message>
    <message>
        <source>Airlines sell seats only about a year ahead. Could you choose an earlier date?</source>
        <translation>Le compagnie aeree vendono i posti solo con circa un anno di anticipo. Potrebbe scegliere una data più vicina?</translation>
    </message>
    <message>
        <source>The return date is before the departure. When would you like to come back?</source>
        <translation>La data di ritorno è precedente alla partenza. Quando desidera tornare?</translation>
    </message>
    <message>
        <source>The departure and the destination are the same place. Where would you like to go?</source>
        <translation>La partenza e la destinazione coincidono. Dove desidera andare?</translation>
    </message>
    <message>
        <source>I can search for 1 to 9 travellers, with at least one adult and no more infants than adults. How many are travelling?</source>
        <translation>Posso cercare per un numero di viaggiatori da 1 a 9, con almeno un adulto e non più neonati che adulti. Quante persone viaggiano?</translation>
    </message>
    <message>
        <source>I cannot search that request as it is. Could you rephrase it?</source>
        <translation>Non posso eseguire questa ricerca così com’è. Potrebbe riformularla?</translation>
    </message>
    <message>
        <source>Sorry, I did not understand that.</source>
        <translation>Mi scusi, non ho capito.</translation>
    </message>
    <message>
        <source>Hello! Tell me where and when you would like to fly, for example &quot;Paris to Rome next Friday for two adults&quot;.</source>
        <translation>Salve! Mi dica dove e quando desidera volare, per esempio &quot;da Parigi a Roma venerdì prossimo per due adulti&quot;.</translation>
    </message>
    <message>
        <source>Tell me your trip in your own words: where from, where to, when, and who is travelling. For example &quot;LHR to JFK on 10 December&quot; or &quot;from Paris to Rome next friday, 2 adults, back on Sunday&quot;. I search, and you can sort the offers by price, duration or time. Past conversations are in the history on the left.</source>
        <translation>Mi descriva il viaggio con parole Sue: da dove, per dove, quando e chi viaggia. Per esempio &quot;da LHR a JFK il 10 dicembre&quot; o &quot;da Parigi a Roma venerdì prossimo, 2 adulti, ritorno domenica&quot;. Io cerco e Lei può ordinare le offerte per prezzo, durata o orario. Le conversazioni passate si trovano nella cronologia a sinistra.</translation>
    </message>
    <message>
        <source>Sorry, I did not understand that. Tell me where you would like to fly, for example &quot;Paris to Rome next Friday&quot;.</source>
        <translation>Mi scusi, non ho capito. Mi dica dove desidera volare, per esempio &quot;da Parigi a Roma venerdì prossimo&quot;.</translation>
    </message>
    <message>
        <source>Where would you like to fly to from %1?</source>
        <translation>Dove desidera volare partendo da %1?</translation>
    </message>
    <message>
        <source>Where would you like to fly to?</source>
        <translation>Dove desidera volare?</translation>
    </message>
    <message>
        <source>Where will you fly to %1 from?</source>
        <translation>Da dove partirà per %1?</translation>
    </message>
    <message>
        <source>When would you like to fly from %1 to %2?</source>
        <translation>Quando desidera volare da %1 a %2?</translation>
    </message>
    <message>
        <source>Searching flights from %1 to %2 on %3</source>
        <translation>Ricerca voli da %1 a %2 per %3</translation>
    </message>
    <message>
        <source>returning %1</source>
        <translation>con ritorno %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>per %1</translation>
    </message>
    <message>
        <source>I found no flights matching all your conditions. Try allowing stops, another airline or a higher budget.</source>
        <translation>Non ho trovato voli che soddisfino tutte le Sue condizioni. Provi ad ammettere scali, un’altra compagnia aerea o un budget più alto.</translation>
    </message>
    <message>
        <source>I found no flights for that day. Try another date or a nearby airport.</source>
        <translation>Non ho trovato voli per quel giorno. Provi un’altra data o un aeroporto vicino.</translation>
    </message>
    <message numerus="yes">
        <source>I found %n offer(s).</source>
        <translation>
            <numerusform>Ho trovato %n offerta.</numerusform>
            <numerusform>Ho trovato %n offerte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cheapest is %1 with %2.</source>
        <translation>La più economica costa %1 con %2.</translation>
    </message>
    <message>
        <source>The fastest takes %1 h %2 min.</source>
        <translation>La più veloce dura %1 h %2 min.</translation>
    </message>
    <message>
        <source>(Sandbox fares: realistic examples, not bookable.)</source>
        <translation>(Tariffe dimostrative: esempi realistici, non prenotabili.)</translation>
    </message>
    <message>
        <source>I could not find any way to fly between those places. Try a nearby larger city or airport.</source>
        <translation>Non ho trovato alcun modo di volare tra queste località. Provi con una città più grande o un aeroporto vicino.</translation>
    </message>
    <message>
        <source>That search could not be made as it is. Please check the places and dates.</source>
        <translation>Non è possibile eseguire questa ricerca così com’è. Verifichi le località e le date.</translation>
    </message>
    <message>
        <source>I could not reach the flight provider. Check your connection and try again.</source>
        <translation>Non sono riuscito a contattare il fornitore dei voli. Verifichi la connessione e riprovi.</translation>
    </message>
    <message>
        <source>The flight provider took too long to answer. Please try again in a moment.</source>
        <translation>Il fornitore dei voli ha impiegato troppo tempo a rispondere. Riprovi tra qualche istante.</translation>
    </message>
    <message>
        <source>The flight provider refused the credentials. Check them in the settings.</source>
        <translation>Il fornitore dei voli ha rifiutato le credenziali. Le verifichi nelle impostazioni.</translation>
    </message>
    <message>
        <source>The flight provider asks us to slow down. Please try again in a minute.</source>
        <translation>Il fornitore dei voli ci chiede di rallentare. Riprovi tra un minuto.</translation>
    </message>
    <message>
        <source>The flight provider had a problem with this search. Please try again later.</source>
        <translation>Il fornitore dei voli ha avuto un problema con questa ricerca. Riprovi più tardi.</translation>
    </message>
    <message>
        <source>Search cancelled. Change anything you like and I will search again.</source>
        <translation>Ricerca annullata. Modifichi ciò che desidera e cercherò di nuovo.</translation>
    </message>
    <message>
        <source>economy</source>
        <translation>classe economy</translation>
    </message>
    <message>
        <source>premium economy</source>
        <translation>premium economy</translation>
    </message>
    <message>
        <source>business class</source>
        <translation>classe business</translation>
    </message>
    <message>
        <source>first class</source>
        <translation>prima classe</translation>
    </message>
    <message>
        <source>Sorry, I did not understand that. You can change the date, the travellers or the cabin (&quot;make it Tuesday&quot;, &quot;2 adults&quot;, &quot;business class&quot;), or ask for another trip.</source>
        <translation>Mi scusi, non ho capito. Può cambiare la data, i viaggiatori o la classe («meglio martedì», «2 adulti», «classe business») oppure chiedere un altro viaggio.</translation>
    </message>
    <message>
        <source>non-stop only</source>
        <translation>solo voli diretti</translation>
    </message>
    <message>
        <source>(I search the first of those days; name another day to see it)</source>
        <translation>(cerco il primo di quei giorni; indichi un altro giorno per vederlo)</translation>
    </message>
    <message>
        <source>This flight provider cannot do that. Choose another provider in the settings.</source>
        <translation>Questo fornitore di voli non offre questa funzione. Scegli un altro fornitore nelle impostazioni.</translation>
    </message>
    <message>
        <source>That offer is no longer available. Search again for the current fares.</source>
        <translation>Questa offerta non è più disponibile. Ripeti la ricerca per le tariffe attuali.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) earlier or later too</source>
        <translation>
            <numerusform>anche %n giorno prima o dopo</numerusform>
            <numerusform>anche %n giorni prima o dopo</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 no flights</source>
        <translation>%1 nessun volo</translation>
    </message>
    <message>
        <source>Cheapest by day: %1.</source>
        <translation>Il più economico per giorno: %1.</translation>
    </message>
    <message>
        <source>(%1 of the %2 searches could not be made; the offers come from the others.)</source>
        <translation>(%1 delle %2 ricerche non è stata possibile; le offerte vengono dalle altre.)</translation>
    </message>
</context>
<context>
    <name>SessionImporter</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Il file %1 non esiste.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a conversation file.</source>
        <translation>%1 è una cartella, non un file di conversazione.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB, too large for a conversation.</source>
        <translation>Il file %1 supera %2 MiB, troppo per una conversazione.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Impossibile leggere il file %1: %2</translation>
    </message>
</context>
<context>
    <name>SessionJson</name>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>campo sconosciuto «%1»</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>manca il campo «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>«%1» deve essere un testo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 time with a time zone offset (got &quot;%2&quot;)</source>
        <translation>«%1» deve essere un orario ISO 8601 con scostamento di fuso (ricevuto «%2»)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>«%1» deve essere un elenco</translation>
    </message>
    <message>
        <source>an offer must be an object</source>
        <translation>un’offerta deve essere un oggetto</translation>
    </message>
    <message>
        <source>the offer cannot be restored (its id, price, currency, times or flights are missing or malformed)</source>
        <translation>l’offerta non può essere ripristinata (id, prezzo, valuta, orari o voli mancanti o non validi)</translation>
    </message>
    <message>
        <source>the offer is not in the exported format (a field was changed, added or is missing)</source>
        <translation>l’offerta non è nel formato esportato (un campo è stato modificato, aggiunto o manca)</translation>
    </message>
    <message>
        <source>a message must be an object</source>
        <translation>un messaggio deve essere un oggetto</translation>
    </message>
    <message>
        <source>&quot;role&quot; must be user, assistant or system (got &quot;%1&quot;)</source>
        <translation>«role» deve essere user, assistant o system (ricevuto «%1»)</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>il testo supera %1 caratteri</translation>
    </message>
    <message>
        <source>a highlight must be [start, end] inside the message text</source>
        <translation>un’evidenziazione deve essere [inizio, fine] nel testo del messaggio</translation>
    </message>
    <message>
        <source>&quot;offer_count&quot; must be a whole number of zero or more</source>
        <translation>«offer_count» deve essere un numero intero maggiore o uguale a zero</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, too large for a conversation.</source>
        <translation>Il file supera %1 MiB, troppo per una conversazione.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Il file non è JSON valido (%1 al byte %2).</translation>
    </message>
    <message>
        <source>The file is not an exported conversation (no JSON object).</source>
        <translation>Il file non è una conversazione esportata (nessun oggetto JSON).</translation>
    </message>
    <message>
        <source>The file is not an exported conversation (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Il file non è una conversazione esportata (il suo «format» non è «%1»).</translation>
    </message>
    <message>
        <source>The file is a conversation in format version %1; this program reads version %2 only.</source>
        <translation>Il file è una conversazione nel formato versione %1; questo programma legge solo la versione %2.</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve essere un oggetto</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters</source>
        <translation>il titolo supera %1 caratteri</translation>
    </message>
    <message>
        <source>&quot;source&quot; must be app or cli (got &quot;%1&quot;)</source>
        <translation>«source» deve essere app o cli (ricevuto «%1»)</translation>
    </message>
    <message>
        <source>The conversation file is not valid: %1.</source>
        <translation>Il file di conversazione non è valido: %1.</translation>
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
        <translation>Compatibile con Amadeus</translation>
    </message>
    <message>
        <source>Sandbox (loading your %1 credentials…)</source>
        <translation>Demo (caricamento delle credenziali %1…)</translation>
    </message>
    <message>
        <source>Sandbox (no keychain available: enter your %1 credentials in Settings; they are kept until you quit)</source>
        <translation>Demo (nessun portachiavi disponibile: inserisci le credenziali %1 nelle Impostazioni; verranno conservate fino alla chiusura)</translation>
    </message>
    <message>
        <source>Sandbox (no %1 credentials yet: enter them in Settings)</source>
        <translation>Demo (ancora nessuna credenziale %1: inseriscila nelle Impostazioni)</translation>
    </message>
    <message>
        <source>Sandbox (%1 could not be started: check the endpoint in Settings)</source>
        <translation>Demo (impossibile avviare %1: controlla l’indirizzo nelle Impostazioni)</translation>
    </message>
    <message>
        <source>%1 (credentials kept in memory until you quit)</source>
        <translation>%1 (credenziali conservate in memoria fino alla chiusura)</translation>
    </message>
    <message>
        <source>Sandbox (loading the credentials of every provider…)</source>
        <translation>Sandbox (caricamento delle credenziali di ogni fornitore…)</translation>
    </message>
    <message>
        <source>Sandbox (no other provider has credentials yet: enter them in Settings)</source>
        <translation>Sandbox (nessun altro fornitore ha ancora credenziali: inseriscile nelle Impostazioni)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Flight provider:</source>
        <translation>&amp;Fornitore di voli:</translation>
    </message>
    <message>
        <source>Flight provider</source>
        <translation>Fornitore di voli</translation>
    </message>
    <message>
        <source>Duffel account</source>
        <translation>Account Duffel</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token di accesso:</translation>
    </message>
    <message>
        <source>Duffel access token</source>
        <translation>Token di accesso Duffel</translation>
    </message>
    <message>
        <source>Amadeus-compatible account</source>
        <translation>Account compatibile con Amadeus</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client:</translation>
    </message>
    <message>
        <source>Amadeus client ID</source>
        <translation>ID client Amadeus</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Segreto client:</translation>
    </message>
    <message>
        <source>Amadeus client secret</source>
        <translation>Segreto client Amadeus</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzate</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;URL del servizio:</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL del servizio</translation>
    </message>
    <message>
        <source>Leave empty to use the provider&apos;s own address.</source>
        <translation>Lascia vuoto per usare l’indirizzo del fornitore.</translation>
    </message>
    <message>
        <source>&amp;Forget stored credentials</source>
        <translation>&amp;Dimentica le credenziali salvate</translation>
    </message>
    <message>
        <source>For example https://api.example.com</source>
        <translation>Ad esempio https://api.example.com</translation>
    </message>
    <message>
        <source>No keychain is available on this system: the credentials are kept in memory until you quit.</source>
        <translation>Nessun portachiavi disponibile su questo sistema: le credenziali sono conservate in memoria fino alla chiusura.</translation>
    </message>
    <message>
        <source>Sandbox (offline, no account)</source>
        <translation>Demo (offline, senza account)</translation>
    </message>
    <message>
        <source>Duffel</source>
        <translation>Duffel</translation>
    </message>
    <message>
        <source>Amadeus-compatible</source>
        <translation>Compatibile con Amadeus</translation>
    </message>
    <message>
        <source>Real offers from Duffel. You need an access token from your Duffel account.</source>
        <translation>Offerte reali da Duffel. Ti serve un token di accesso del tuo account Duffel.</translation>
    </message>
    <message>
        <source>Offers from an Amadeus-compatible service. You need the client ID and secret your provider gave you.</source>
        <translation>Offerte da un servizio compatibile con Amadeus. Ti servono l’ID client e il segreto forniti dal tuo fornitore.</translation>
    </message>
    <message>
        <source>Generated fares for trying the app out. Works offline; they cannot be booked.</source>
        <translation>Tariffe generate per provare l’app. Funziona offline; non si possono prenotare.</translation>
    </message>
    <message>
        <source>Not set yet.</source>
        <translation>Non ancora impostato.</translation>
    </message>
    <message>
        <source>Kept in memory until you quit.</source>
        <translation>Conservato in memoria fino alla chiusura.</translation>
    </message>
    <message>
        <source>Partly set, kept in memory until you quit.</source>
        <translation>Impostato in parte, conservato in memoria fino alla chiusura.</translation>
    </message>
    <message>
        <source>Stored in the keychain. Type a new value to replace it.</source>
        <translation>Salvato nel portachiavi. Digita un nuovo valore per sostituirlo.</translation>
    </message>
    <message>
        <source>Partly stored in the keychain: fill in what is missing.</source>
        <translation>Salvato in parte nel portachiavi: completa ciò che manca.</translation>
    </message>
    <message>
        <source>Stored (hidden)</source>
        <translation>Salvato (nascosto)</translation>
    </message>
    <message>
        <source>Paste your access token</source>
        <translation>Incolla il tuo token di accesso</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Controllo del portachiavi…</translation>
    </message>
    <message>
        <source>The keychain could not remove the credentials. Try again, or remove them with your system&apos;s password manager.</source>
        <translation>Il portachiavi non è riuscito a rimuovere le credenziali. Riprova, oppure rimuovile con il gestore di password del sistema.</translation>
    </message>
    <message>
        <source>The credentials were forgotten.</source>
        <translation>Le credenziali sono state dimenticate.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused, so nothing was saved. Save again and allow access when the system asks.</source>
        <translation>L’accesso al portachiavi è stato negato, quindi non è stato salvato nulla. Salva di nuovo e consenti l’accesso quando il sistema lo chiede.</translation>
    </message>
    <message>
        <source>The keychain could not save the credentials, so nothing was saved. Check that your keychain is unlocked and try again.</source>
        <translation>Il portachiavi non è riuscito a salvare le credenziali, quindi non è stato salvato nulla. Verifica che il portachiavi sia sbloccato e riprova.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Enter your Duffel access token, or choose the sandbox.</source>
        <translation>Inserisci il tuo token di accesso Duffel, oppure scegli la demo.</translation>
    </message>
    <message>
        <source>Enter both the client ID and the client secret, or choose the sandbox.</source>
        <translation>Inserisci sia l’ID client sia il segreto client, oppure scegli la demo.</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Salvataggio nel portachiavi…</translation>
    </message>
    <message>
        <source>Removing from the keychain…</source>
        <translation>Rimozione dal portachiavi…</translation>
    </message>
    <message>
        <source>The endpoint must be a web address such as https://api.example.com.</source>
        <translation>L’indirizzo del servizio deve essere un indirizzo web come https://api.example.com.</translation>
    </message>
    <message>
        <source>The endpoint must use https:// (plain http:// is only allowed for a sandbox on this computer).</source>
        <translation>L’indirizzo del servizio deve usare https:// (http:// è consentito solo per una demo su questo computer).</translation>
    </message>
    <message>
        <source>Search every provider that has &amp;credentials at once</source>
        <translation>Cerca contemporaneamente in ogni fornitore con &amp;credenziali</translation>
    </message>
    <message>
        <source>Duffel and Amadeus-compatible are searched together when their credentials are stored, and their offers merged. The sandbox joins only when no other provider is ready, or when it is the provider chosen above.</source>
        <translation>Duffel e Amadeus compatibile vengono interrogati insieme quando le loro credenziali sono salvate, e le offerte unite. Il sandbox si aggiunge solo se nessun altro fornitore è pronto o se è il fornitore scelto sopra.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Find flights by telling the assistant what you want, in your own words.</source>
        <translation>Trovi voli descrivendo all’assistente ciò che cerca, con parole Sue.</translation>
    </message>
    <message>
        <source>Keep the history and settings in &lt;dir&gt;.</source>
        <translation>Conserva la cronologia e le impostazioni in &lt;cartella&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>cartella</translation>
    </message>
</context>
</TS>
