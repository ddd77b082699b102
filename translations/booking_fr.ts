<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ChatWindow</name>
    <message>
        <source>Booking Assistant</source>
        <translation>Assistant de réservation</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Past conversations, newest first. Select one to review it.</source>
        <translation>Conversations passées, les plus récentes en premier. Sélectionnez-en une pour la consulter.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Commencer une nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Viewing a past conversation (read-only). Start a new conversation to continue.</source>
        <translation>Vous consultez une conversation passée (lecture seule). Commencez une nouvelle conversation pour continuer.</translation>
    </message>
    <message>
        <source>Back to current conversation</source>
        <translation>Revenir à la conversation en cours</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop this search (Esc)</source>
        <translation>Arrêter cette recherche (Échap)</translation>
    </message>
    <message>
        <source>Where would you like to go? e.g. “Paris to Lisbon next Friday, 2 adults”</source>
        <translation>Où souhaitez-vous aller&#xa0;? Par ex. “Paris à Lisbonne vendredi prochain, 2 adultes”</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send your message (Enter)</source>
        <translation>Envoyer votre message (Entrée)</translation>
    </message>
    <message>
        <source>No offers yet</source>
        <translation>Aucune offre pour l’instant</translation>
    </message>
    <message>
        <source>Click a column title to sort; press Enter or double-click an offer for its details.</source>
        <translation>Cliquez sur un titre de colonne pour trier&#xa0;; appuyez sur Entrée ou double-cliquez sur une offre pour en voir le détail.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Nouvelle conversation</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Booking Assistant</source>
        <translation>À &amp;propos de l’Assistant de réservation</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Past conversations</source>
        <translation>Conversations passées</translation>
    </message>
    <message>
        <source>Flight offers</source>
        <translation>Offres de vols</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <source>Hello! Tell me where and when you would like to fly, in your own words, and I will look for flights. For example:
• London to New York on 10 December
• Paris to Lisbon next Friday, 2 adults, back on Sunday</source>
        <translation>Bonjour&#xa0;! Dites-moi avec vos propres mots où et quand vous souhaitez voyager, et je chercherai des vols. Par exemple&#xa0;:
• Londres à New York le 10 décembre
• Paris à Lisbonne vendredi prochain, 2 adultes, retour dimanche</translation>
    </message>
    <message>
        <source>This conversation is read-only: start a new conversation to continue</source>
        <translation>Cette conversation est en lecture seule&#xa0;: commencez une nouvelle conversation pour continuer</translation>
    </message>
    <message>
        <source>The history could not be opened.</source>
        <translation>Impossible d’ouvrir l’historique.</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Historique indisponible</translation>
    </message>
    <message>
        <source>The conversation history could not be opened, so this session will not be saved. You can keep searching as usual.

Check that this folder can be written:
%1</source>
        <translation>L’historique des conversations n’a pas pu être ouvert&#xa0;: cette session ne sera donc pas enregistrée. Vous pouvez continuer vos recherches normalement.

Vérifiez que ce dossier est accessible en écriture&#xa0;:
%1</translation>
    </message>
    <message>
        <source>History repaired</source>
        <translation>Historique réparé</translation>
    </message>
    <message>
        <source>The history file could not be read, so a new one was started. The old file was kept as:
%1</source>
        <translation>Le fichier d’historique était illisible&#xa0;; un nouveau fichier a donc été créé. L’ancien fichier a été conservé sous&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>Impossible de lire l’historique.</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Chargement de la conversation…</translation>
    </message>
    <message>
        <source>That conversation could not be loaded.</source>
        <translation>Impossible de charger cette conversation.</translation>
    </message>
    <message>
        <source>That conversation no longer exists.</source>
        <translation>Cette conversation n’existe plus.</translation>
    </message>
    <message>
        <source>No offers in this conversation</source>
        <translation>Aucune offre dans cette conversation</translation>
    </message>
    <message>
        <source>1 offer</source>
        <translation>1 offre</translation>
    </message>
    <message numerus="yes">
        <source>%n offers</source>
        <translation>
            <numerusform>%n offre</numerusform>
            <numerusform>%n offres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · sandbox fares (not bookable)</source>
        <translation>%1 · tarifs de démonstration (non réservables)</translation>
    </message>
    <message>
        <source>%1 · includes sandbox fares (not bookable)</source>
        <translation>%1 · inclut des tarifs de démonstration (non réservables)</translation>
    </message>
    <message>
        <source>%1 · as seen then</source>
        <translation>%1 · telles qu’affichées alors</translation>
    </message>
    <message>
        <source>History: off</source>
        <translation>Historique&#xa0;: désactivé</translation>
    </message>
    <message>
        <source>History unavailable: conversations are not being saved</source>
        <translation>Historique indisponible&#xa0;: les conversations ne sont pas enregistrées</translation>
    </message>
    <message>
        <source>History: on</source>
        <translation>Historique&#xa0;: activé</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Provider: %1 · %2</source>
        <translation>Fournisseur&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <source>About Booking Assistant</source>
        <translation>À propos de l’Assistant de réservation</translation>
    </message>
    <message>
        <source>Booking Assistant %1

Tell it where you want to go in your own words; it finds flight offers and keeps your conversations on this computer.

Sandbox fares are generated for trying the app out and cannot be booked.</source>
        <translation>Assistant de réservation %1

Indiquez-lui avec vos propres mots où vous souhaitez aller&#xa0;: il trouve des offres de vols et conserve vos conversations sur cet ordinateur.

Les tarifs de démonstration sont générés pour essayer l’application et ne peuvent pas être réservés.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnostic…</translation>
    </message>
    <message>
        <source>&amp;History Storage…</source>
        <translation>Stockage de l’&amp;historique…</translation>
    </message>
</context>
<context>
    <name>ConversationTransfer</name>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Exporter la conversation…</translation>
    </message>
    <message>
        <source>&amp;Import conversation…</source>
        <translation>&amp;Importer une conversation…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>There is no saved conversation to export yet.</source>
        <translation>Il n’y a pas encore de conversation enregistrée à exporter.</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exporter la conversation</translation>
    </message>
    <message>
        <source>Conversation, to import again (*.json)</source>
        <translation>Conversation, à réimporter (*.json)</translation>
    </message>
    <message>
        <source>Offers seen, for a spreadsheet (*.csv)</source>
        <translation>Offres vues, pour un tableur (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the conversation…</source>
        <translation>Exportation de la conversation…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>That conversation no longer exists.</source>
        <translation>Cette conversation n’existe plus.</translation>
    </message>
    <message>
        <source>Conversation exported to %1</source>
        <translation>Conversation exportée vers %1</translation>
    </message>
    <message>
        <source>The conversation could not be read from the history.</source>
        <translation>La conversation n’a pas pu être lue dans l’historique.</translation>
    </message>
    <message>
        <source>Import conversation</source>
        <translation>Importer une conversation</translation>
    </message>
    <message>
        <source>Exported conversation (*.json)</source>
        <translation>Conversation exportée (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing the conversation…</source>
        <translation>Importation de la conversation…</translation>
    </message>
    <message>
        <source>Conversation imported.</source>
        <translation>Conversation importée.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>The conversation could not be imported; nothing was added to the history.

%1</source>
        <translation>La conversation n’a pas pu être importée ; rien n’a été ajouté à l’historique.

%1</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>Provider reachable</source>
        <translation>Fournisseur joignable</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de requêtes</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Temps de réponse</translation>
    </message>
    <message>
        <source>History database</source>
        <translation>Base de données de l’historique</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Something does not work: see the failed checks below.</source>
        <translation>Quelque chose ne fonctionne pas : voyez les vérifications en échec ci-dessous.</translation>
    </message>
    <message>
        <source>Everything needed works, with warnings below.</source>
        <translation>Tout ce qui est nécessaire fonctionne, avec des avertissements ci-dessous.</translation>
    </message>
    <message>
        <source>Everything works.</source>
        <translation>Tout fonctionne.</translation>
    </message>
    <message>
        <source>Recent calls: the active provider runs in the app, with no network calls to time.</source>
        <translation>Appels récents : le fournisseur actif fonctionne dans l’application, sans appel réseau à mesurer.</translation>
    </message>
    <message>
        <source>Recent calls: none yet.</source>
        <translation>Appels récents : aucun pour l’instant.</translation>
    </message>
    <message>
        <source>Recent calls: %1, %2 ms (median), %3 ms (95th percentile), %4 failed.</source>
        <translation>Appels récents : %1, %2 ms (médiane), %3 ms (95e centile), %4 en échec.</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 est un dossier ; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: choose another folder.</source>
        <translation>Le dossier %1 est en lecture seule : choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written. Free some space and try again.</source>
        <translation>Le disque est plein : %1 n’a pas été écrit. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
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
        <translation>La démo</translation>
    </message>
    <message>
        <source>%1 was not contacted, as it could not be set up.</source>
        <translation>%1 n’a pas été contacté, car il n’a pas pu être configuré.</translation>
    </message>
    <message>
        <source>The provider was replaced while it was being checked: check again.</source>
        <translation>Le fournisseur a été remplacé pendant la vérification : vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms.</source>
        <translation>%1 a répondu en %2 ms.</translation>
    </message>
    <message>
        <source>%1 could not be reached: check your connection and the endpoint in the settings (%2).</source>
        <translation>%1 est injoignable : vérifiez votre connexion et l’adresse dans les Paramètres (%2).</translation>
    </message>
    <message>
        <source>%1 did not answer in time: try again later.</source>
        <translation>%1 n’a pas répondu à temps : réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 answered with an error (%2): try again later.</source>
        <translation>%1 a répondu par une erreur (%2) : réessayez plus tard.</translation>
    </message>
    <message>
        <source>The sandbox needs no credentials.</source>
        <translation>La démo n’a besoin d’aucun identifiant.</translation>
    </message>
    <message>
        <source>%1 refused your credentials: enter them again in the settings.</source>
        <translation>%1 a refusé vos identifiants : saisissez-les à nouveau dans les Paramètres.</translation>
    </message>
    <message>
        <source>%1 accepted your credentials.</source>
        <translation>%1 a accepté vos identifiants.</translation>
    </message>
    <message>
        <source>Your credentials could not be checked, as %1 did not answer properly.</source>
        <translation>Vos identifiants n’ont pas pu être vérifiés, car %1 n’a pas répondu correctement.</translation>
    </message>
    <message>
        <source>The sandbox runs in the app and has no rate limit.</source>
        <translation>La démo fonctionne dans l’application et n’a pas de limite de requêtes.</translation>
    </message>
    <message>
        <source>The rate limit is unknown, as the provider could not be checked.</source>
        <translation>La limite de requêtes est inconnue, car le fournisseur n’a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>%1 did not report a rate limit.</source>
        <translation>%1 n’a indiqué aucune limite de requêtes.</translation>
    </message>
    <message>
        <source>The rate limit of %1 is used up: searches wait %2 s until it resets.</source>
        <translation>La limite de requêtes de %1 est atteinte : les recherches attendent %2 s qu’elle se réinitialise.</translation>
    </message>
    <message>
        <source>The rate limit of %1 is nearly used up: %2 of %3 requests left.</source>
        <translation>La limite de requêtes de %1 est presque atteinte : il reste %2 requêtes sur %3.</translation>
    </message>
    <message>
        <source>%1 of %2 requests left in the current rate-limit window.</source>
        <translation>Il reste %1 requêtes sur %2 dans la fenêtre de limite actuelle.</translation>
    </message>
    <message>
        <source>%1 requests left in the current rate-limit window.</source>
        <translation>Il reste %1 requêtes dans la fenêtre de limite actuelle.</translation>
    </message>
    <message>
        <source>No call succeeded, so no latency was measured.</source>
        <translation>Aucun appel n’a réussi, donc aucun temps de réponse n’a été mesuré.</translation>
    </message>
    <message>
        <source>%1 of %2 calls failed; the others took %3 ms (median), %4 ms (95th percentile).</source>
        <translation>%1 appels sur %2 ont échoué ; les autres ont pris %3 ms (médiane), %4 ms (95e centile).</translation>
    </message>
    <message>
        <source>Calls are slow: %1 ms (median), %2 ms (95th percentile).</source>
        <translation>Les appels sont lents : %1 ms (médiane), %2 ms (95e centile).</translation>
    </message>
    <message>
        <source>%1 calls took %2 ms (median), %3 ms (95th percentile).</source>
        <translation>%1 appels ont pris %2 ms (médiane), %3 ms (95e centile).</translation>
    </message>
    <message>
        <source>No keychain is available: credentials entered in the settings are kept only until you quit, or can come from the BOOKING_DUFFEL_TOKEN, BOOKING_AMADEUS_CLIENT_ID and BOOKING_AMADEUS_CLIENT_SECRET variables.</source>
        <translation>Aucun trousseau n’est disponible : les identifiants saisis dans les Paramètres ne sont conservés que jusqu’à la fermeture, ou peuvent venir des variables BOOKING_DUFFEL_TOKEN, BOOKING_AMADEUS_CLIENT_ID et BOOKING_AMADEUS_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>The keychain is available.</source>
        <translation>Le trousseau est disponible.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused: allow Booking Assistant in your keychain, then check again.</source>
        <translation>L’accès au trousseau a été refusé : autorisez Booking Assistant dans votre trousseau, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>The keychain failed (%1): unlock it or restart your session, then check again.</source>
        <translation>Le trousseau a échoué (%1) : déverrouillez-le ou redémarrez votre session, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s: it may be locked or waiting for you to unlock it.</source>
        <translation>Le trousseau n’a pas répondu en %1 s : il est peut-être verrouillé ou attend que vous le déverrouilliez.</translation>
    </message>
    <message>
        <source>The history is empty (no database yet).</source>
        <translation>L’historique est vide (pas encore de base de données).</translation>
    </message>
    <message>
        <source>The history database could not be opened (%1).</source>
        <translation>La base de données de l’historique n’a pas pu être ouverte (%1).</translation>
    </message>
    <message>
        <source>The history database is damaged (%1): the app moves it aside and starts a new one when it opens it.</source>
        <translation>La base de données de l’historique est endommagée (%1) : l’application la met de côté et en crée une nouvelle à l’ouverture.</translation>
    </message>
    <message>
        <source>The history database is intact.</source>
        <translation>La base de données de l’historique est intacte.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>1 message</source>
        <translation>1 message</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>1 offer</source>
        <translation>1 offre</translation>
    </message>
    <message numerus="yes">
        <source>%n offers</source>
        <translation>
            <numerusform>%n offre</numerusform>
            <numerusform>%n offres</numerusform>
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
        <translation>(conversation sans titre)</translation>
    </message>
    <message>
        <source>%1
From the command line</source>
        <translation>%1
Depuis la ligne de commande</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Hi&amp;story</source>
        <translation>Hi&amp;storique</translation>
    </message>
    <message>
        <source>&amp;Delete Conversation…</source>
        <translation>&amp;Supprimer la conversation…</translation>
    </message>
    <message>
        <source>&amp;Clear History…</source>
        <translation>&amp;Effacer l’historique…</translation>
    </message>
    <message>
        <source>Search conversations and places</source>
        <translation>Rechercher conversations et lieux</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>The history could not be searched.</source>
        <translation>La recherche dans l’historique a échoué.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Supprimer la conversation</translation>
    </message>
    <message>
        <source>Delete the conversation “%1” and the offers it showed? This cannot be undone.</source>
        <translation>Supprimer la conversation « %1 » et les offres qu’elle a affichées ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversation sans titre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The conversation could not be deleted.</source>
        <translation>La conversation n’a pas pu être supprimée.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Effacer l’historique</translation>
    </message>
    <message>
        <source>Delete every stored conversation and every offer seen? This cannot be undone.</source>
        <translation>Supprimer toutes les conversations enregistrées et toutes les offres vues ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Effacer l’historique</translation>
    </message>
    <message>
        <source>The history could not be cleared.</source>
        <translation>L’historique n’a pas pu être effacé.</translation>
    </message>
</context>
<context>
    <name>HistorySearchModel</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversation sans titre</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
</context>
<context>
    <name>HistoryStorageDialog</name>
    <message>
        <source>History Storage</source>
        <translation>Stockage de l’historique</translation>
    </message>
    <message>
        <source>On this &amp;computer</source>
        <translation>Sur cet &amp;ordinateur</translation>
    </message>
    <message>
        <source>&amp;Shared PostgreSQL server</source>
        <translation>&amp;Serveur PostgreSQL partagé</translation>
    </message>
    <message>
        <source>Everyone who connects to the same database sees the same history, for example the agents of an agency. The password is kept in the keychain, never in the settings file.</source>
        <translation>Toutes les personnes connectées à la même base voient le même historique, par exemple les agents d’une agence. Le mot de passe est conservé dans le trousseau, jamais dans le fichier de réglages.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>S&amp;ecure connection:</source>
        <translation>Connexion s&amp;écurisée :</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Connexion sécurisée</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>For example db.example.com</source>
        <translation>Par exemple db.example.com</translation>
    </message>
    <message>
        <source>For example booking_history</source>
        <translation>Par exemple booking_history</translation>
    </message>
    <message>
        <source>If the server offers it (default)</source>
        <translation>Si le serveur la propose (par défaut)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Required, with a trusted certificate</source>
        <translation>Obligatoire, avec un certificat de confiance</translation>
    </message>
    <message>
        <source>Required, with a trusted certificate for this host name</source>
        <translation>Obligatoire, avec un certificat de confiance pour ce nom d’hôte</translation>
    </message>
    <message>
        <source>The history is kept in %1, for this computer&apos;s user only.</source>
        <translation>L’historique est conservé dans %1, pour l’utilisateur de cet ordinateur uniquement.</translation>
    </message>
    <message>
        <source>A password is stored in the keychain; type to replace it</source>
        <translation>Un mot de passe est enregistré dans le trousseau ; saisissez-en un pour le remplacer</translation>
    </message>
    <message>
        <source>The stored password could not be read from the keychain.</source>
        <translation>Le mot de passe enregistré n’a pas pu être lu dans le trousseau.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>The password cannot be stored: no keychain is available.</source>
        <translation>Le mot de passe ne peut pas être enregistré : aucun trousseau n’est disponible.</translation>
    </message>
    <message>
        <source>The keychain refused to store the password; nothing was saved.</source>
        <translation>Le trousseau a refusé d’enregistrer le mot de passe ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain; nothing was saved.</source>
        <translation>Le mot de passe n’a pas pu être enregistré dans le trousseau ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>No keychain is available on this system: the password is kept in memory only, until you quit.</source>
        <translation>Aucun trousseau n’est disponible sur ce système : le mot de passe est conservé en mémoire seulement, jusqu’à ce que vous quittiez.</translation>
    </message>
    <message>
        <source>The new history storage is used once Booking Assistant restarts. Restart now?</source>
        <translation>Le nouveau stockage de l’historique sera utilisé au redémarrage de Booking Assistant. Redémarrer maintenant ?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>OfferCalendar</name>
    <message>
        <source>Flight %1</source>
        <translation>Vol %1</translation>
    </message>
    <message>
        <source>Flight %1, %2</source>
        <translation>Vol %1, %2</translation>
    </message>
    <message>
        <source>Departs %1 at %2</source>
        <translation>Départ de %1 le %2</translation>
    </message>
    <message>
        <source>Arrives %1 at %2</source>
        <translation>Arrivée à %1 le %2</translation>
    </message>
    <message>
        <source>Aircraft: %1</source>
        <translation>Appareil : %1</translation>
    </message>
    <message>
        <source>Price: %1 %2 for the whole trip (offer %3 from %4)</source>
        <translation>Prix : %1 %2 pour tout le voyage (offre %3 de %4)</translation>
    </message>
    <message>
        <source>Booking reference: %1</source>
        <translation>Référence de réservation : %1</translation>
    </message>
    <message>
        <source>Sandbox fare: generated for trying the app out, it cannot be booked.</source>
        <translation>Tarif de démonstration : généré pour essayer l’application, il ne peut pas être réservé.</translation>
    </message>
</context>
<context>
    <name>OfferDetailsDialog</name>
    <message>
        <source>Offer: %1 → %2</source>
        <translation>Offre&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Add to &amp;calendar…</source>
        <translation>Ajouter au &amp;calendrier…</translation>
    </message>
    <message>
        <source>Save these flights as an .ics file for your calendar</source>
        <translation>Enregistrer ces vols dans un fichier .ics pour votre calendrier</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Ajouter au calendrier</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Fichier de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>Saved to %1: open it with your calendar to add the flights.</source>
        <translation>Enregistré dans %1 : ouvrez-le avec votre calendrier pour ajouter les vols.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Prices seen on %1 → %2: %3</source>
        <translation>Prix vus sur %1 → %2 : %3</translation>
    </message>
</context>
<context>
    <name>OfferFormat</name>
    <message>
        <source>%1d %2h %3m</source>
        <translation>%1 j %2 h %3 min</translation>
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
        <translation>Direct</translation>
    </message>
    <message>
        <source>1 stop (%1)</source>
        <translation>1 escale (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n stops (%1)</source>
        <translation>
            <numerusform>%n escale (%1)</numerusform>
            <numerusform>%n escales (%1)</numerusform>
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
        <translation>Économique</translation>
    </message>
    <message>
        <source>Premium economy</source>
        <translation>Premium économique</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Affaires</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première</translation>
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
        <translation>Cabine&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sandbox fare: generated for testing, not bookable.</source>
        <translation>Tarif de démonstration&#xa0;: généré pour les tests, non réservable.</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Fournisseur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Offer id: %1</source>
        <translation>Identifiant de l’offre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Aller</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Journey %1</source>
        <translation>Trajet %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3 · %4 · %5</source>
        <translation>%1&#xa0;: %2 → %3 · %4 · %5</translation>
    </message>
    <message>
        <source>    Connection in %1: %2</source>
        <translation>    Correspondance à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>  %1 %2 · %3</source>
        <translation>  %1 %2 · %3</translation>
    </message>
    <message>
        <source>aircraft not given</source>
        <translation>appareil non précisé</translation>
    </message>
    <message>
        <source>    Depart %1 %2</source>
        <translation>    Départ %1 %2</translation>
    </message>
    <message>
        <source>    Arrive %1 %2 · %3</source>
        <translation>    Arrivée %1 %2 · %3</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>Press Enter or double-click for details</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour voir le détail</translation>
    </message>
    <message>
        <source>Airline</source>
        <translation>Compagnie</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>Vols</translation>
    </message>
    <message>
        <source>Depart</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Escales</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
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
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>entre %1 et %2</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>après %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>avant %1</translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s)</source>
        <translation>
            <numerusform>%n adulte</numerusform>
            <numerusform>%n adultes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n enfant</numerusform>
            <numerusform>%n enfants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n infant(s)</source>
        <translation>
            <numerusform>%n bébé</numerusform>
            <numerusform>%n bébés</numerusform>
        </translation>
    </message>
    <message>
        <source>That date has already passed. Which day would you like to fly?</source>
        <translation>Cette date est déjà passée. Quel jour souhaitez-vous partir&#xa0;?</translation>
    </message>
    <message>
        <source>Airlines sell seats only about a year ahead. Could you choose an earlier date?</source>
        <translation>Les compagnies aériennes ne vendent des places qu’environ un an à l’avance. Pourriez-vous choisir une date plus proche&#xa0;?</translation>
    </message>
    <message>
        <source>The return date is before the departure. When would you like to come back?</source>
        <translation>La date de retour est antérieure au départ. Quand souhaitez-vous revenir&#xa0;?</translation>
    </message>
    <message>
        <source>The departure and the destination are the same place. Where would you like to go?</source>
        <translation>Le lieu de départ et la destination sont identiques. Où souhaitez-vous aller&#xa0;?</translation>
    </message>
    <message>
        <source>I can search for 1 to 9 travellers, with at least one adult and no more infants than adults. How many are travelling?</source>
        <translation>Je peux chercher pour 1 à 9 voyageurs, avec au moins un adulte et pas plus de bébés que d’adultes. Combien de personnes voyagent&#xa0;?</translation>
    </message>
    <message>
        <source>I cannot search that request as it is. Could you rephrase it?</source>
        <translation>Je ne peux pas lancer cette recherche telle quelle. Pourriez-vous la reformuler&#xa0;?</translation>
    </message>
    <message>
        <source>Sorry, I did not understand that.</source>
        <translation>Désolé, je n’ai pas compris.</translation>
    </message>
    <message>
        <source>Hello! Tell me where and when you would like to fly, for example &quot;Paris to Rome next Friday for two adults&quot;.</source>
        <translation>Bonjour&#xa0;! Dites-moi où et quand vous souhaitez voyager, par exemple &quot;Paris à Rome vendredi prochain pour deux adultes&quot;.</translation>
    </message>
    <message>
        <source>Tell me your trip in your own words: where from, where to, when, and who is travelling. For example &quot;LHR to JFK on 10 December&quot; or &quot;from Paris to Rome next friday, 2 adults, back on Sunday&quot;. I search, and you can sort the offers by price, duration or time. Past conversations are in the history on the left.</source>
        <translation>Décrivez votre voyage avec vos propres mots&#xa0;: d’où, vers où, quand et qui voyage. Par exemple &quot;LHR à JFK le 10 décembre&quot; ou &quot;de Paris à Rome vendredi prochain, 2 adultes, retour dimanche&quot;. Je lance la recherche, et vous pouvez trier les offres par prix, durée ou horaire. Les conversations passées se trouvent dans l’historique, à gauche.</translation>
    </message>
    <message>
        <source>Sorry, I did not understand that. Tell me where you would like to fly, for example &quot;Paris to Rome next Friday&quot;.</source>
        <translation>Désolé, je n’ai pas compris. Dites-moi où vous souhaitez aller, par exemple &quot;Paris à Rome vendredi prochain&quot;.</translation>
    </message>
    <message>
        <source>Where would you like to fly to from %1?</source>
        <translation>Où souhaitez-vous aller au départ de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Where would you like to fly to?</source>
        <translation>Où souhaitez-vous aller&#xa0;?</translation>
    </message>
    <message>
        <source>Where will you fly to %1 from?</source>
        <translation>D’où partirez-vous pour %1&#xa0;?</translation>
    </message>
    <message>
        <source>When would you like to fly from %1 to %2?</source>
        <translation>Quand souhaitez-vous voyager de %1 à %2&#xa0;?</translation>
    </message>
    <message>
        <source>Searching flights from %1 to %2 on %3</source>
        <translation>Recherche de vols de %1 à %2 le %3</translation>
    </message>
    <message>
        <source>returning %1</source>
        <translation>retour le %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>I found no flights matching all your conditions. Try allowing stops, another airline or a higher budget.</source>
        <translation>Je n’ai trouvé aucun vol correspondant à tous vos critères. Essayez d’accepter les escales, une autre compagnie ou un budget plus élevé.</translation>
    </message>
    <message>
        <source>I found no flights for that day. Try another date or a nearby airport.</source>
        <translation>Je n’ai trouvé aucun vol pour ce jour-là. Essayez une autre date ou un aéroport proche.</translation>
    </message>
    <message numerus="yes">
        <source>I found %n offer(s).</source>
        <translation>
            <numerusform>J’ai trouvé %n offre.</numerusform>
            <numerusform>J’ai trouvé %n offres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cheapest is %1 with %2.</source>
        <translation>La moins chère est à %1 avec %2.</translation>
    </message>
    <message>
        <source>The fastest takes %1 h %2 min.</source>
        <translation>La plus rapide dure %1 h %2 min.</translation>
    </message>
    <message>
        <source>(Sandbox fares: realistic examples, not bookable.)</source>
        <translation>(Tarifs de démonstration&#xa0;: exemples réalistes, non réservables.)</translation>
    </message>
    <message>
        <source>I could not find any way to fly between those places. Try a nearby larger city or airport.</source>
        <translation>Je n’ai trouvé aucun moyen de voler entre ces deux lieux. Essayez une grande ville ou un aéroport proche.</translation>
    </message>
    <message>
        <source>That search could not be made as it is. Please check the places and dates.</source>
        <translation>Cette recherche ne peut pas être effectuée telle quelle. Veuillez vérifier les lieux et les dates.</translation>
    </message>
    <message>
        <source>I could not reach the flight provider. Check your connection and try again.</source>
        <translation>Impossible de joindre le fournisseur de vols. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>The flight provider took too long to answer. Please try again in a moment.</source>
        <translation>Le fournisseur de vols a mis trop de temps à répondre. Veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <source>The flight provider refused the credentials. Check them in the settings.</source>
        <translation>Le fournisseur de vols a refusé les identifiants. Vérifiez-les dans les paramètres.</translation>
    </message>
    <message>
        <source>The flight provider asks us to slow down. Please try again in a minute.</source>
        <translation>Le fournisseur de vols nous demande de ralentir. Veuillez réessayer dans une minute.</translation>
    </message>
    <message>
        <source>The flight provider had a problem with this search. Please try again later.</source>
        <translation>Le fournisseur de vols a rencontré un problème avec cette recherche. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>Search cancelled. Change anything you like and I will search again.</source>
        <translation>Recherche annulée. Modifiez ce que vous voulez et je relancerai la recherche.</translation>
    </message>
    <message>
        <source>economy</source>
        <translation>classe économique</translation>
    </message>
    <message>
        <source>premium economy</source>
        <translation>classe premium économique</translation>
    </message>
    <message>
        <source>business class</source>
        <translation>classe affaires</translation>
    </message>
    <message>
        <source>first class</source>
        <translation>première classe</translation>
    </message>
    <message>
        <source>Sorry, I did not understand that. You can change the date, the travellers or the cabin (&quot;make it Tuesday&quot;, &quot;2 adults&quot;, &quot;business class&quot;), or ask for another trip.</source>
        <translation>Désolé, je n’ai pas compris. Vous pouvez changer la date, les voyageurs ou la classe (« plutôt mardi », « 2 adultes », « classe affaires »), ou demander un autre voyage.</translation>
    </message>
    <message>
        <source>non-stop only</source>
        <translation>vols directs uniquement</translation>
    </message>
    <message>
        <source>(I search the first of those days; name another day to see it)</source>
        <translation>(je cherche le premier de ces jours ; indiquez un autre jour pour le voir)</translation>
    </message>
    <message>
        <source>This flight provider cannot do that. Choose another provider in the settings.</source>
        <translation>Ce fournisseur de vols ne propose pas cela. Choisissez un autre fournisseur dans les réglages.</translation>
    </message>
    <message>
        <source>That offer is no longer available. Search again for the current fares.</source>
        <translation>Cette offre n’est plus disponible. Relancez la recherche pour voir les tarifs actuels.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) earlier or later too</source>
        <translation>
            <numerusform>aussi %n jour plus tôt ou plus tard</numerusform>
            <numerusform>aussi %n jours plus tôt ou plus tard</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 no flights</source>
        <translation>%1 aucun vol</translation>
    </message>
    <message>
        <source>Cheapest by day: %1.</source>
        <translation>Le moins cher par jour : %1.</translation>
    </message>
    <message>
        <source>(%1 of the %2 searches could not be made; the offers come from the others.)</source>
        <translation>(%1 des %2 recherches n’a pas pu être faite ; les offres viennent des autres.)</translation>
    </message>
</context>
<context>
    <name>SessionImporter</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a conversation file.</source>
        <translation>%1 est un dossier, pas un fichier de conversation.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB, too large for a conversation.</source>
        <translation>Le fichier %1 dépasse %2 Mio, trop pour une conversation.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Le fichier %1 ne peut pas être lu : %2</translation>
    </message>
</context>
<context>
    <name>SessionJson</name>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ inconnu « %1 »</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>le champ « %1 » manque</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>« %1 » doit être un texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 time with a time zone offset (got &quot;%2&quot;)</source>
        <translation>« %1 » doit être une heure ISO 8601 avec un décalage horaire (reçu « %2 »)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>« %1 » doit être une liste</translation>
    </message>
    <message>
        <source>an offer must be an object</source>
        <translation>une offre doit être un objet</translation>
    </message>
    <message>
        <source>the offer cannot be restored (its id, price, currency, times or flights are missing or malformed)</source>
        <translation>l’offre ne peut pas être restaurée (son identifiant, son prix, sa devise, ses heures ou ses vols manquent ou sont mal formés)</translation>
    </message>
    <message>
        <source>the offer is not in the exported format (a field was changed, added or is missing)</source>
        <translation>l’offre n’est pas au format exporté (un champ a été modifié, ajouté ou manque)</translation>
    </message>
    <message>
        <source>a message must be an object</source>
        <translation>un message doit être un objet</translation>
    </message>
    <message>
        <source>&quot;role&quot; must be user, assistant or system (got &quot;%1&quot;)</source>
        <translation>« role » doit valoir user, assistant ou system (reçu « %1 »)</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>le texte dépasse %1 caractères</translation>
    </message>
    <message>
        <source>a highlight must be [start, end] inside the message text</source>
        <translation>une mise en évidence doit être [début, fin] dans le texte du message</translation>
    </message>
    <message>
        <source>&quot;offer_count&quot; must be a whole number of zero or more</source>
        <translation>« offer_count » doit être un entier positif ou nul</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, too large for a conversation.</source>
        <translation>Le fichier dépasse %1 Mio, trop pour une conversation.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Le fichier n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>The file is not an exported conversation (no JSON object).</source>
        <translation>Le fichier n’est pas une conversation exportée (pas d’objet JSON).</translation>
    </message>
    <message>
        <source>The file is not an exported conversation (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>Le fichier n’est pas une conversation exportée (son « format » n’est pas « %1 »).</translation>
    </message>
    <message>
        <source>The file is a conversation in format version %1; this program reads version %2 only.</source>
        <translation>Le fichier est une conversation au format version %1 ; ce programme ne lit que la version %2.</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters</source>
        <translation>le titre dépasse %1 caractères</translation>
    </message>
    <message>
        <source>&quot;source&quot; must be app or cli (got &quot;%1&quot;)</source>
        <translation>« source » doit valoir app ou cli (reçu « %1 »)</translation>
    </message>
    <message>
        <source>The conversation file is not valid: %1.</source>
        <translation>Le fichier de conversation n’est pas valide : %1.</translation>
    </message>
</context>
<context>
    <name>SettingsApplier</name>
    <message>
        <source>Sandbox</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>Duffel</source>
        <translation>Duffel</translation>
    </message>
    <message>
        <source>Amadeus-compatible</source>
        <translation>Compatible Amadeus</translation>
    </message>
    <message>
        <source>Sandbox (loading your %1 credentials…)</source>
        <translation>Démo (chargement de vos identifiants %1…)</translation>
    </message>
    <message>
        <source>Sandbox (no keychain available: enter your %1 credentials in Settings; they are kept until you quit)</source>
        <translation>Démo (aucun trousseau disponible : saisissez vos identifiants %1 dans les Paramètres ; ils seront gardés jusqu’à ce que vous quittiez)</translation>
    </message>
    <message>
        <source>Sandbox (no %1 credentials yet: enter them in Settings)</source>
        <translation>Démo (pas encore d’identifiants %1 : saisissez-les dans les Paramètres)</translation>
    </message>
    <message>
        <source>Sandbox (%1 could not be started: check the endpoint in Settings)</source>
        <translation>Démo (%1 n’a pas pu démarrer : vérifiez l’adresse dans les Paramètres)</translation>
    </message>
    <message>
        <source>%1 (credentials kept in memory until you quit)</source>
        <translation>%1 (identifiants gardés en mémoire jusqu’à ce que vous quittiez)</translation>
    </message>
    <message>
        <source>Sandbox (loading the credentials of every provider…)</source>
        <translation>Sandbox (chargement des identifiants de chaque fournisseur…)</translation>
    </message>
    <message>
        <source>Sandbox (no other provider has credentials yet: enter them in Settings)</source>
        <translation>Sandbox (aucun autre fournisseur n’a encore d’identifiants : saisissez-les dans les Paramètres)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Flight provider:</source>
        <translation>&amp;Fournisseur de vols :</translation>
    </message>
    <message>
        <source>Flight provider</source>
        <translation>Fournisseur de vols</translation>
    </message>
    <message>
        <source>Duffel account</source>
        <translation>Compte Duffel</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d’accès :</translation>
    </message>
    <message>
        <source>Duffel access token</source>
        <translation>Jeton d’accès Duffel</translation>
    </message>
    <message>
        <source>Amadeus-compatible account</source>
        <translation>Compte compatible Amadeus</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>Amadeus client ID</source>
        <translation>ID client Amadeus</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>Amadeus client secret</source>
        <translation>Secret client Amadeus</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Adresse du service :</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Adresse du service</translation>
    </message>
    <message>
        <source>Leave empty to use the provider&apos;s own address.</source>
        <translation>Laissez vide pour utiliser l’adresse du fournisseur.</translation>
    </message>
    <message>
        <source>&amp;Forget stored credentials</source>
        <translation>&amp;Oublier les identifiants enregistrés</translation>
    </message>
    <message>
        <source>For example https://api.example.com</source>
        <translation>Par exemple https://api.example.com</translation>
    </message>
    <message>
        <source>No keychain is available on this system: the credentials are kept in memory until you quit.</source>
        <translation>Aucun trousseau n’est disponible sur ce système : les identifiants sont gardés en mémoire jusqu’à ce que vous quittiez.</translation>
    </message>
    <message>
        <source>Sandbox (offline, no account)</source>
        <translation>Démo (hors ligne, sans compte)</translation>
    </message>
    <message>
        <source>Duffel</source>
        <translation>Duffel</translation>
    </message>
    <message>
        <source>Amadeus-compatible</source>
        <translation>Compatible Amadeus</translation>
    </message>
    <message>
        <source>Real offers from Duffel. You need an access token from your Duffel account.</source>
        <translation>De vraies offres de Duffel. Il vous faut un jeton d’accès de votre compte Duffel.</translation>
    </message>
    <message>
        <source>Offers from an Amadeus-compatible service. You need the client ID and secret your provider gave you.</source>
        <translation>Des offres d’un service compatible Amadeus. Il vous faut l’ID client et le secret fournis par votre fournisseur.</translation>
    </message>
    <message>
        <source>Generated fares for trying the app out. Works offline; they cannot be booked.</source>
        <translation>Des tarifs générés pour essayer l’application. Fonctionne hors ligne ; ils ne peuvent pas être réservés.</translation>
    </message>
    <message>
        <source>Not set yet.</source>
        <translation>Pas encore défini.</translation>
    </message>
    <message>
        <source>Kept in memory until you quit.</source>
        <translation>Gardé en mémoire jusqu’à ce que vous quittiez.</translation>
    </message>
    <message>
        <source>Partly set, kept in memory until you quit.</source>
        <translation>Partiellement défini, gardé en mémoire jusqu’à ce que vous quittiez.</translation>
    </message>
    <message>
        <source>Stored in the keychain. Type a new value to replace it.</source>
        <translation>Enregistré dans le trousseau. Saisissez une nouvelle valeur pour le remplacer.</translation>
    </message>
    <message>
        <source>Partly stored in the keychain: fill in what is missing.</source>
        <translation>Partiellement enregistré dans le trousseau : complétez ce qui manque.</translation>
    </message>
    <message>
        <source>Stored (hidden)</source>
        <translation>Enregistré (masqué)</translation>
    </message>
    <message>
        <source>Paste your access token</source>
        <translation>Collez votre jeton d’accès</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>The keychain could not remove the credentials. Try again, or remove them with your system&apos;s password manager.</source>
        <translation>Le trousseau n’a pas pu supprimer les identifiants. Réessayez, ou supprimez-les avec le gestionnaire de mots de passe de votre système.</translation>
    </message>
    <message>
        <source>The credentials were forgotten.</source>
        <translation>Les identifiants ont été oubliés.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused, so nothing was saved. Save again and allow access when the system asks.</source>
        <translation>L’accès au trousseau a été refusé, rien n’a donc été enregistré. Enregistrez à nouveau et autorisez l’accès quand le système le demande.</translation>
    </message>
    <message>
        <source>The keychain could not save the credentials, so nothing was saved. Check that your keychain is unlocked and try again.</source>
        <translation>Le trousseau n’a pas pu enregistrer les identifiants, rien n’a donc été enregistré. Vérifiez que votre trousseau est déverrouillé et réessayez.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Enter your Duffel access token, or choose the sandbox.</source>
        <translation>Saisissez votre jeton d’accès Duffel, ou choisissez le démo.</translation>
    </message>
    <message>
        <source>Enter both the client ID and the client secret, or choose the sandbox.</source>
        <translation>Saisissez l’ID client et le secret client, ou choisissez le démo.</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Enregistrement dans le trousseau…</translation>
    </message>
    <message>
        <source>Removing from the keychain…</source>
        <translation>Suppression du trousseau…</translation>
    </message>
    <message>
        <source>The endpoint must be a web address such as https://api.example.com.</source>
        <translation>L’adresse du service doit être une adresse web comme https://api.example.com.</translation>
    </message>
    <message>
        <source>The endpoint must use https:// (plain http:// is only allowed for a sandbox on this computer).</source>
        <translation>L’adresse du service doit utiliser https:// (http:// n’est permis que pour un démo sur cet ordinateur).</translation>
    </message>
    <message>
        <source>Search every provider that has &amp;credentials at once</source>
        <translation>Chercher en même temps chez chaque fournisseur ayant des &amp;identifiants</translation>
    </message>
    <message>
        <source>Duffel and Amadeus-compatible are searched together when their credentials are stored, and their offers merged. The sandbox joins only when no other provider is ready, or when it is the provider chosen above.</source>
        <translation>Duffel et Amadeus compatible sont interrogés ensemble quand leurs identifiants sont enregistrés, et leurs offres fusionnées. La sandbox ne s’y joint que si aucun autre fournisseur n’est prêt, ou si c’est le fournisseur choisi ci-dessus.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Find flights by telling the assistant what you want, in your own words.</source>
        <translation>Trouvez des vols en décrivant à l’assistant ce que vous cherchez, avec vos propres mots.</translation>
    </message>
    <message>
        <source>Keep the history and settings in &lt;dir&gt;.</source>
        <translation>Conserver l’historique et les paramètres dans &lt;dossier&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
</context>
</TS>
