<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChatWindow</name>
    <message>
        <source>Booking Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past conversations, newest first. Select one to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewing a past conversation (read-only). Start a new conversation to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to current conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this search (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where would you like to go? e.g. “Paris to Lisbon next Friday, 2 adults”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your message (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a column title to sort; press Enter or double-click an offer for its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Booking Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello! Tell me where and when you would like to fly, in your own words, and I will look for flights. For example:
• London to New York on 10 December
• Paris to Lisbon next Friday, 2 adults, back on Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation is read-only: start a new conversation to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation history could not be opened, so this session will not be saved. You can keep searching as usual.

Check that this folder can be written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file could not be read, so a new one was started. The old file was kept as:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conversation could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conversation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n offers</source>
        <translation>
            <numerusform>%n offer</numerusform>
            <numerusform>%n offers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · sandbox fares (not bookable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · includes sandbox fares (not bookable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · as seen then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History unavailable: conversations are not being saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Booking Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking Assistant %1

Tell it where you want to go in your own words; it finds flight offers and keeps your conversations on this computer.

Sandbox fares are generated for trying the app out and cannot be booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History Storage…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationTransfer</name>
    <message>
        <source>&amp;Export conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved conversation to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation, to import again (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers seen, for a spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conversation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation could not be read from the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported conversation (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation could not be imported; nothing was added to the history.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something does not work: see the failed checks below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything needed works, with warnings below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent calls: the active provider runs in the app, with no network calls to time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent calls: none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent calls: %1, %2 ms (median), %3 ms (95th percentile), %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only: choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>Duffel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amadeus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not contacted, as it could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider was replaced while it was being checked: check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached: check your connection and the endpoint in the settings (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time: try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an error (%2): try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox needs no credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused your credentials: enter them again in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted your credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your credentials could not be checked, as %1 did not answer properly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox runs in the app and has no rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate limit is unknown, as the provider could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not report a rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate limit of %1 is used up: searches wait %2 s until it resets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate limit of %1 is nearly used up: %2 of %3 requests left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 requests left in the current rate-limit window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests left in the current rate-limit window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call succeeded, so no latency was measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 calls failed; the others took %3 ms (median), %4 ms (95th percentile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls are slow: %1 ms (median), %2 ms (95th percentile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls took %2 ms (median), %3 ms (95th percentile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: credentials entered in the settings are kept only until you quit, or can come from the BOOKING_DUFFEL_TOKEN, BOOKING_AMADEUS_CLIENT_ID and BOOKING_AMADEUS_CLIENT_SECRET variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused: allow Booking Assistant in your keychain, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed (%1): unlock it or restart your session, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s: it may be locked or waiting for you to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is empty (no database yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database could not be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database is damaged (%1): the app moves it aside and starts a new one when it opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database is intact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>1 message</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n offers</source>
        <translation>
            <numerusform>%n offer</numerusform>
            <numerusform>%n offers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled conversation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
From the command line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the conversation “%1” and the offers it showed? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every stored conversation and every offer seen? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySearchModel</name>
    <message>
        <source>Untitled conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStorageDialog</name>
    <message>
        <source>History Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this &amp;computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shared PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who connects to the same database sees the same history, for example the agents of an agency. The password is kept in the keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecure connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example db.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example booking_history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the server offers it (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, with a trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, with a trusted certificate for this host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is kept in %1, for this computer&apos;s user only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is stored in the keychain; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored password could not be read from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be stored: no keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to store the password; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system: the password is kept in memory only, until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new history storage is used once Booking Assistant restarts. Restart now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferCalendar</name>
    <message>
        <source>Flight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departs %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aircraft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1 %2 for the whole trip (offer %3 from %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox fare: generated for trying the app out, it cannot be booked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferDetailsDialog</name>
    <message>
        <source>Offer: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these flights as an .ics file for your calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1: open it with your calendar to add the flights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices seen on %1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferFormat</name>
    <message>
        <source>%1d %2h %3m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 stop (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stops (%1)</source>
        <translation>
            <numerusform>%n stop (%1)</numerusform>
            <numerusform>%n stops (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>departure: day and time, airport</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>arrival: time (+days), airport</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>departure → arrival</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>airline name (code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cabin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox fare: generated for testing, not bookable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Connection in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aircraft not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Depart %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Arrive %1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>Press Enter or double-click for details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s)</source>
        <translation>
            <numerusform>%n adult</numerusform>
            <numerusform>%n adults</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n infant(s)</source>
        <translation>
            <numerusform>%n infant</numerusform>
            <numerusform>%n infants</numerusform>
        </translation>
    </message>
    <message>
        <source>That date has already passed. Which day would you like to fly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airlines sell seats only about a year ahead. Could you choose an earlier date?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return date is before the departure. When would you like to come back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure and the destination are the same place. Where would you like to go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can search for 1 to 9 travellers, with at least one adult and no more infants than adults. How many are travelling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I cannot search that request as it is. Could you rephrase it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, I did not understand that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello! Tell me where and when you would like to fly, for example &quot;Paris to Rome next Friday for two adults&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me your trip in your own words: where from, where to, when, and who is travelling. For example &quot;LHR to JFK on 10 December&quot; or &quot;from Paris to Rome next friday, 2 adults, back on Sunday&quot;. I search, and you can sort the offers by price, duration or time. Past conversations are in the history on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, I did not understand that. Tell me where you would like to fly, for example &quot;Paris to Rome next Friday&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where would you like to fly to from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where would you like to fly to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where will you fly to %1 from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When would you like to fly from %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching flights from %1 to %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I found no flights matching all your conditions. Try allowing stops, another airline or a higher budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I found no flights for that day. Try another date or a nearby airport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>I found %n offer(s).</source>
        <translation>
            <numerusform>I found %n offer.</numerusform>
            <numerusform>I found %n offers.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cheapest is %1 with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fastest takes %1 h %2 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Sandbox fares: realistic examples, not bookable.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I could not find any way to fly between those places. Try a nearby larger city or airport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That search could not be made as it is. Please check the places and dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I could not reach the flight provider. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flight provider took too long to answer. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flight provider refused the credentials. Check them in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flight provider asks us to slow down. Please try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flight provider had a problem with this search. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cancelled. Change anything you like and I will search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>premium economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, I did not understand that. You can change the date, the travellers or the cabin (&quot;make it Tuesday&quot;, &quot;2 adults&quot;, &quot;business class&quot;), or ask for another trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-stop only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(I search the first of those days; name another day to see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flight provider cannot do that. Choose another provider in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That offer is no longer available. Search again for the current fares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) earlier or later too</source>
        <translation>
            <numerusform>%n day earlier or later too</numerusform>
            <numerusform>%n days earlier or later too</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no flights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheapest by day: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 of the %2 searches could not be made; the offers come from the others.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionImporter</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a conversation file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB, too large for a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionJson</name>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 time with a time zone offset (got &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an offer must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offer cannot be restored (its id, price, currency, times or flights are missing or malformed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offer is not in the exported format (a field was changed, added or is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;role&quot; must be user, assistant or system (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a highlight must be [start, end] inside the message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;offer_count&quot; must be a whole number of zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, too large for a conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an exported conversation (no JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an exported conversation (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a conversation in format version %1; this program reads version %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;source&quot; must be app or cli (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation file is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsApplier</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amadeus-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (loading your %1 credentials…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (no keychain available: enter your %1 credentials in Settings; they are kept until you quit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (no %1 credentials yet: enter them in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (%1 could not be started: check the endpoint in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (credentials kept in memory until you quit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (loading the credentials of every provider…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (no other provider has credentials yet: enter them in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flight provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flight provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amadeus-compatible account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amadeus client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amadeus client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the provider&apos;s own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget stored credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example https://api.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system: the credentials are kept in memory until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (offline, no account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amadeus-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real offers from Duffel. You need an access token from your Duffel account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers from an Amadeus-compatible service. You need the client ID and secret your provider gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated fares for trying the app out. Works offline; they cannot be booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly set, kept in memory until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain. Type a new value to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly stored in the keychain: fill in what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not remove the credentials. Try again, or remove them with your system&apos;s password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials were forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused, so nothing was saved. Save again and allow access when the system asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not save the credentials, so nothing was saved. Check that your keychain is unlocked and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your Duffel access token, or choose the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both the client ID and the client secret, or choose the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must be a web address such as https://api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must use https:// (plain http:// is only allowed for a sandbox on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every provider that has &amp;credentials at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duffel and Amadeus-compatible are searched together when their credentials are stored, and their offers merged. The sandbox joins only when no other provider is ready, or when it is the provider chosen above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Find flights by telling the assistant what you want, in your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the history and settings in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
