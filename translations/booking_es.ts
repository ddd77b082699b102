<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ChatWindow</name>
    <message>
        <source>Booking Assistant</source>
        <translation>Asistente de reservas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Past conversations, newest first. Select one to review it.</source>
        <translation>Conversaciones anteriores, las más recientes primero. Seleccione una para revisarla.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nueva conversación</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Iniciar una nueva conversación (Ctrl+N)</translation>
    </message>
    <message>
        <source>Viewing a past conversation (read-only). Start a new conversation to continue.</source>
        <translation>Está viendo una conversación anterior (solo lectura). Inicie una nueva conversación para continuar.</translation>
    </message>
    <message>
        <source>Back to current conversation</source>
        <translation>Volver a la conversación actual</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop this search (Esc)</source>
        <translation>Detener esta búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Where would you like to go? e.g. “Paris to Lisbon next Friday, 2 adults”</source>
        <translation>¿Adónde le gustaría ir? P. ej., “París a Lisboa el próximo viernes, 2 adultos”</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send your message (Enter)</source>
        <translation>Enviar su mensaje (Intro)</translation>
    </message>
    <message>
        <source>No offers yet</source>
        <translation>Aún no hay ofertas</translation>
    </message>
    <message>
        <source>Click a column title to sort; press Enter or double-click an offer for its details.</source>
        <translation>Haga clic en el título de una columna para ordenar; pulse Intro o haga doble clic en una oferta para ver sus detalles.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Nueva conversación</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Booking Assistant</source>
        <translation>&amp;Acerca de Asistente de reservas</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Past conversations</source>
        <translation>Conversaciones anteriores</translation>
    </message>
    <message>
        <source>Flight offers</source>
        <translation>Ofertas de vuelos</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Su mensaje</translation>
    </message>
    <message>
        <source>Hello! Tell me where and when you would like to fly, in your own words, and I will look for flights. For example:
• London to New York on 10 December
• Paris to Lisbon next Friday, 2 adults, back on Sunday</source>
        <translation>¡Hola! Dígame con sus propias palabras adónde y cuándo le gustaría volar, y buscaré vuelos. Por ejemplo:
• Londres a Nueva York el 10 de diciembre
• París a Lisboa el próximo viernes, 2 adultos, vuelta el domingo</translation>
    </message>
    <message>
        <source>This conversation is read-only: start a new conversation to continue</source>
        <translation>Esta conversación es de solo lectura: inicie una nueva conversación para continuar</translation>
    </message>
    <message>
        <source>The history could not be opened.</source>
        <translation>No se pudo abrir el historial.</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Historial no disponible</translation>
    </message>
    <message>
        <source>The conversation history could not be opened, so this session will not be saved. You can keep searching as usual.

Check that this folder can be written:
%1</source>
        <translation>No se pudo abrir el historial de conversaciones, por lo que esta sesión no se guardará. Puede seguir buscando con normalidad.

Compruebe que se puede escribir en esta carpeta:
%1</translation>
    </message>
    <message>
        <source>History repaired</source>
        <translation>Historial reparado</translation>
    </message>
    <message>
        <source>The history file could not be read, so a new one was started. The old file was kept as:
%1</source>
        <translation>No se pudo leer el archivo del historial, así que se ha creado uno nuevo. El archivo anterior se ha conservado como:
%1</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>No se pudo leer el historial.</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Cargando la conversación…</translation>
    </message>
    <message>
        <source>That conversation could not be loaded.</source>
        <translation>No se pudo cargar esa conversación.</translation>
    </message>
    <message>
        <source>That conversation no longer exists.</source>
        <translation>Esa conversación ya no existe.</translation>
    </message>
    <message>
        <source>No offers in this conversation</source>
        <translation>No hay ofertas en esta conversación</translation>
    </message>
    <message>
        <source>1 offer</source>
        <translation>1 oferta</translation>
    </message>
    <message numerus="yes">
        <source>%n offers</source>
        <translation>
            <numerusform>%n oferta</numerusform>
            <numerusform>%n ofertas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · sandbox fares (not bookable)</source>
        <translation>%1 · tarifas de demostración (no reservables)</translation>
    </message>
    <message>
        <source>%1 · includes sandbox fares (not bookable)</source>
        <translation>%1 · incluye tarifas de demostración (no reservables)</translation>
    </message>
    <message>
        <source>%1 · as seen then</source>
        <translation>%1 · tal como se vieron entonces</translation>
    </message>
    <message>
        <source>History: off</source>
        <translation>Historial: desactivado</translation>
    </message>
    <message>
        <source>History unavailable: conversations are not being saved</source>
        <translation>Historial no disponible: las conversaciones no se están guardando</translation>
    </message>
    <message>
        <source>History: on</source>
        <translation>Historial: activado</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Historial: %1</translation>
    </message>
    <message>
        <source>Provider: %1 · %2</source>
        <translation>Proveedor: %1 · %2</translation>
    </message>
    <message>
        <source>About Booking Assistant</source>
        <translation>Acerca de Asistente de reservas</translation>
    </message>
    <message>
        <source>Booking Assistant %1

Tell it where you want to go in your own words; it finds flight offers and keeps your conversations on this computer.

Sandbox fares are generated for trying the app out and cannot be booked.</source>
        <translation>Asistente de reservas %1

Dígale con sus propias palabras adónde quiere ir; encuentra ofertas de vuelos y guarda sus conversaciones en este equipo.

Las tarifas de demostración se generan para probar la aplicación y no se pueden reservar.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnóstico…</translation>
    </message>
    <message>
        <source>&amp;History Storage…</source>
        <translation>Almacenamiento del &amp;historial…</translation>
    </message>
</context>
<context>
    <name>ConversationTransfer</name>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Exportar conversación…</translation>
    </message>
    <message>
        <source>&amp;Import conversation…</source>
        <translation>&amp;Importar conversación…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>There is no saved conversation to export yet.</source>
        <translation>Todavía no hay ninguna conversación guardada para exportar.</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exportar conversación</translation>
    </message>
    <message>
        <source>Conversation, to import again (*.json)</source>
        <translation>Conversación, para volver a importar (*.json)</translation>
    </message>
    <message>
        <source>Offers seen, for a spreadsheet (*.csv)</source>
        <translation>Ofertas vistas, para una hoja de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the conversation…</source>
        <translation>Exportando la conversación…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>That conversation no longer exists.</source>
        <translation>Esa conversación ya no existe.</translation>
    </message>
    <message>
        <source>Conversation exported to %1</source>
        <translation>Conversación exportada a %1</translation>
    </message>
    <message>
        <source>The conversation could not be read from the history.</source>
        <translation>No se pudo leer la conversación del historial.</translation>
    </message>
    <message>
        <source>Import conversation</source>
        <translation>Importar conversación</translation>
    </message>
    <message>
        <source>Exported conversation (*.json)</source>
        <translation>Conversación exportada (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing the conversation…</source>
        <translation>Importando la conversación…</translation>
    </message>
    <message>
        <source>Conversation imported.</source>
        <translation>Conversación importada.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>The conversation could not be imported; nothing was added to the history.

%1</source>
        <translation>No se pudo importar la conversación; no se añadió nada al historial.

%1</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Aún no comprobado.</translation>
    </message>
    <message>
        <source>Provider reachable</source>
        <translation>Proveedor accesible</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Límite de solicitudes</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Tiempo de respuesta</translation>
    </message>
    <message>
        <source>History database</source>
        <translation>Base de datos del historial</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Something does not work: see the failed checks below.</source>
        <translation>Algo no funciona: vea las comprobaciones fallidas a continuación.</translation>
    </message>
    <message>
        <source>Everything needed works, with warnings below.</source>
        <translation>Todo lo necesario funciona, con avisos a continuación.</translation>
    </message>
    <message>
        <source>Everything works.</source>
        <translation>Todo funciona.</translation>
    </message>
    <message>
        <source>Recent calls: the active provider runs in the app, with no network calls to time.</source>
        <translation>Llamadas recientes: el proveedor activo funciona dentro de la aplicación, sin llamadas de red que medir.</translation>
    </message>
    <message>
        <source>Recent calls: none yet.</source>
        <translation>Llamadas recientes: ninguna todavía.</translation>
    </message>
    <message>
        <source>Recent calls: %1, %2 ms (median), %3 ms (95th percentile), %4 failed.</source>
        <translation>Llamadas recientes: %1, %2 ms (mediana), %3 ms (percentil 95), %4 fallidas.</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 es una carpeta; elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: choose another folder.</source>
        <translation>La carpeta %1 es de solo lectura: elija otra carpeta.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written. Free some space and try again.</source>
        <translation>El disco está lleno: no se escribió %1. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
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
        <translation>No se contactó con %1, porque no se pudo configurar.</translation>
    </message>
    <message>
        <source>The provider was replaced while it was being checked: check again.</source>
        <translation>El proveedor se sustituyó durante la comprobación: vuelva a comprobar.</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms.</source>
        <translation>%1 respondió en %2 ms.</translation>
    </message>
    <message>
        <source>%1 could not be reached: check your connection and the endpoint in the settings (%2).</source>
        <translation>No se pudo contactar con %1: compruebe su conexión y la dirección en los ajustes (%2).</translation>
    </message>
    <message>
        <source>%1 did not answer in time: try again later.</source>
        <translation>%1 no respondió a tiempo: inténtelo más tarde.</translation>
    </message>
    <message>
        <source>%1 answered with an error (%2): try again later.</source>
        <translation>%1 respondió con un error (%2): inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The sandbox needs no credentials.</source>
        <translation>La demo no necesita credenciales.</translation>
    </message>
    <message>
        <source>%1 refused your credentials: enter them again in the settings.</source>
        <translation>%1 rechazó sus credenciales: vuelva a introducirlas en los ajustes.</translation>
    </message>
    <message>
        <source>%1 accepted your credentials.</source>
        <translation>%1 aceptó sus credenciales.</translation>
    </message>
    <message>
        <source>Your credentials could not be checked, as %1 did not answer properly.</source>
        <translation>No se pudieron comprobar sus credenciales, porque %1 no respondió correctamente.</translation>
    </message>
    <message>
        <source>The sandbox runs in the app and has no rate limit.</source>
        <translation>La demo funciona dentro de la aplicación y no tiene límite de solicitudes.</translation>
    </message>
    <message>
        <source>The rate limit is unknown, as the provider could not be checked.</source>
        <translation>El límite de solicitudes es desconocido, porque no se pudo comprobar el proveedor.</translation>
    </message>
    <message>
        <source>%1 did not report a rate limit.</source>
        <translation>%1 no indicó ningún límite de solicitudes.</translation>
    </message>
    <message>
        <source>The rate limit of %1 is used up: searches wait %2 s until it resets.</source>
        <translation>El límite de solicitudes de %1 se ha agotado: las búsquedas esperan %2 s hasta que se restablezca.</translation>
    </message>
    <message>
        <source>The rate limit of %1 is nearly used up: %2 of %3 requests left.</source>
        <translation>El límite de solicitudes de %1 está casi agotado: quedan %2 de %3 solicitudes.</translation>
    </message>
    <message>
        <source>%1 of %2 requests left in the current rate-limit window.</source>
        <translation>Quedan %1 de %2 solicitudes en la ventana de límite actual.</translation>
    </message>
    <message>
        <source>%1 requests left in the current rate-limit window.</source>
        <translation>Quedan %1 solicitudes en la ventana de límite actual.</translation>
    </message>
    <message>
        <source>No call succeeded, so no latency was measured.</source>
        <translation>Ninguna llamada tuvo éxito, así que no se midió ningún tiempo de respuesta.</translation>
    </message>
    <message>
        <source>%1 of %2 calls failed; the others took %3 ms (median), %4 ms (95th percentile).</source>
        <translation>Fallaron %1 de %2 llamadas; las demás tardaron %3 ms (mediana), %4 ms (percentil 95).</translation>
    </message>
    <message>
        <source>Calls are slow: %1 ms (median), %2 ms (95th percentile).</source>
        <translation>Las llamadas son lentas: %1 ms (mediana), %2 ms (percentil 95).</translation>
    </message>
    <message>
        <source>%1 calls took %2 ms (median), %3 ms (95th percentile).</source>
        <translation>%1 llamadas tardaron %2 ms (mediana), %3 ms (percentil 95).</translation>
    </message>
    <message>
        <source>No keychain is available: credentials entered in the settings are kept only until you quit, or can come from the BOOKING_DUFFEL_TOKEN, BOOKING_AMADEUS_CLIENT_ID and BOOKING_AMADEUS_CLIENT_SECRET variables.</source>
        <translation>No hay ningún llavero disponible: las credenciales introducidas en los ajustes solo se conservan hasta que salga, o pueden venir de las variables BOOKING_DUFFEL_TOKEN, BOOKING_AMADEUS_CLIENT_ID y BOOKING_AMADEUS_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>The keychain is available.</source>
        <translation>El llavero está disponible.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused: allow Booking Assistant in your keychain, then check again.</source>
        <translation>Se denegó el acceso al llavero: permita Booking Assistant en su llavero y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>The keychain failed (%1): unlock it or restart your session, then check again.</source>
        <translation>El llavero falló (%1): desbloquéelo o reinicie su sesión y vuelva a comprobar.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s: it may be locked or waiting for you to unlock it.</source>
        <translation>El llavero no respondió en %1 s: puede que esté bloqueado o esperando a que lo desbloquee.</translation>
    </message>
    <message>
        <source>The history is empty (no database yet).</source>
        <translation>El historial está vacío (aún no hay base de datos).</translation>
    </message>
    <message>
        <source>The history database could not be opened (%1).</source>
        <translation>No se pudo abrir la base de datos del historial (%1).</translation>
    </message>
    <message>
        <source>The history database is damaged (%1): the app moves it aside and starts a new one when it opens it.</source>
        <translation>La base de datos del historial está dañada (%1): la aplicación la aparta y crea una nueva al abrirla.</translation>
    </message>
    <message>
        <source>The history database is intact.</source>
        <translation>La base de datos del historial está intacta.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>1 message</source>
        <translation>1 mensaje</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 offer</source>
        <translation>1 oferta</translation>
    </message>
    <message numerus="yes">
        <source>%n offers</source>
        <translation>
            <numerusform>%n oferta</numerusform>
            <numerusform>%n ofertas</numerusform>
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
        <translation>(conversación sin título)</translation>
    </message>
    <message>
        <source>%1
From the command line</source>
        <translation>%1
Desde la línea de comandos</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Hi&amp;story</source>
        <translation>Hi&amp;storial</translation>
    </message>
    <message>
        <source>&amp;Delete Conversation…</source>
        <translation>&amp;Eliminar conversación…</translation>
    </message>
    <message>
        <source>&amp;Clear History…</source>
        <translation>&amp;Borrar historial…</translation>
    </message>
    <message>
        <source>Search conversations and places</source>
        <translation>Buscar conversaciones y lugares</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>The history could not be searched.</source>
        <translation>No se pudo buscar en el historial.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Eliminar conversación</translation>
    </message>
    <message>
        <source>Delete the conversation “%1” and the offers it showed? This cannot be undone.</source>
        <translation>¿Eliminar la conversación «%1» y las ofertas que mostró? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversación sin título</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The conversation could not be deleted.</source>
        <translation>No se pudo eliminar la conversación.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Borrar historial</translation>
    </message>
    <message>
        <source>Delete every stored conversation and every offer seen? This cannot be undone.</source>
        <translation>¿Eliminar todas las conversaciones guardadas y todas las ofertas vistas? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Borrar historial</translation>
    </message>
    <message>
        <source>The history could not be cleared.</source>
        <translation>No se pudo borrar el historial.</translation>
    </message>
</context>
<context>
    <name>HistorySearchModel</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversación sin título</translation>
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
        <translation>Almacenamiento del historial</translation>
    </message>
    <message>
        <source>On this &amp;computer</source>
        <translation>En este &amp;equipo</translation>
    </message>
    <message>
        <source>&amp;Shared PostgreSQL server</source>
        <translation>&amp;Servidor PostgreSQL compartido</translation>
    </message>
    <message>
        <source>Everyone who connects to the same database sees the same history, for example the agents of an agency. The password is kept in the keychain, never in the settings file.</source>
        <translation>Todos los que se conectan a la misma base de datos ven el mismo historial, por ejemplo los agentes de una agencia. La contraseña se guarda en el llavero, nunca en el archivo de ajustes.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
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
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>S&amp;ecure connection:</source>
        <translation>Conexión s&amp;egura:</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Conexión segura</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>For example db.example.com</source>
        <translation>Por ejemplo db.example.com</translation>
    </message>
    <message>
        <source>For example booking_history</source>
        <translation>Por ejemplo booking_history</translation>
    </message>
    <message>
        <source>If the server offers it (default)</source>
        <translation>Si el servidor la ofrece (predeterminado)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <source>Required, with a trusted certificate</source>
        <translation>Obligatoria, con un certificado de confianza</translation>
    </message>
    <message>
        <source>Required, with a trusted certificate for this host name</source>
        <translation>Obligatoria, con un certificado de confianza para este nombre de host</translation>
    </message>
    <message>
        <source>The history is kept in %1, for this computer&apos;s user only.</source>
        <translation>El historial se guarda en %1, solo para el usuario de este equipo.</translation>
    </message>
    <message>
        <source>A password is stored in the keychain; type to replace it</source>
        <translation>Hay una contraseña guardada en el llavero; escriba para reemplazarla</translation>
    </message>
    <message>
        <source>The stored password could not be read from the keychain.</source>
        <translation>No se pudo leer la contraseña guardada del llavero.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>The password cannot be stored: no keychain is available.</source>
        <translation>No se puede guardar la contraseña: no hay ningún llavero disponible.</translation>
    </message>
    <message>
        <source>The keychain refused to store the password; nothing was saved.</source>
        <translation>El llavero se negó a guardar la contraseña; no se guardó nada.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain; nothing was saved.</source>
        <translation>No se pudo guardar la contraseña en el llavero; no se guardó nada.</translation>
    </message>
    <message>
        <source>No keychain is available on this system: the password is kept in memory only, until you quit.</source>
        <translation>No hay ningún llavero disponible en este sistema: la contraseña se guarda solo en memoria, hasta que salga.</translation>
    </message>
    <message>
        <source>The new history storage is used once Booking Assistant restarts. Restart now?</source>
        <translation>El nuevo almacenamiento del historial se usará cuando Booking Assistant se reinicie. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>OfferCalendar</name>
    <message>
        <source>Flight %1</source>
        <translation>Vuelo %1</translation>
    </message>
    <message>
        <source>Flight %1, %2</source>
        <translation>Vuelo %1, %2</translation>
    </message>
    <message>
        <source>Departs %1 at %2</source>
        <translation>Sale de %1 el %2</translation>
    </message>
    <message>
        <source>Arrives %1 at %2</source>
        <translation>Llega a %1 el %2</translation>
    </message>
    <message>
        <source>Aircraft: %1</source>
        <translation>Avión: %1</translation>
    </message>
    <message>
        <source>Price: %1 %2 for the whole trip (offer %3 from %4)</source>
        <translation>Precio: %1 %2 por todo el viaje (oferta %3 de %4)</translation>
    </message>
    <message>
        <source>Booking reference: %1</source>
        <translation>Localizador de la reserva: %1</translation>
    </message>
    <message>
        <source>Sandbox fare: generated for trying the app out, it cannot be booked.</source>
        <translation>Tarifa de prueba: generada para probar la aplicación, no se puede reservar.</translation>
    </message>
</context>
<context>
    <name>OfferDetailsDialog</name>
    <message>
        <source>Offer: %1 → %2</source>
        <translation>Oferta: %1 → %2</translation>
    </message>
    <message>
        <source>Add to &amp;calendar…</source>
        <translation>Añadir al &amp;calendario…</translation>
    </message>
    <message>
        <source>Save these flights as an .ics file for your calendar</source>
        <translation>Guardar estos vuelos en un archivo .ics para su calendario</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Añadir al calendario</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Archivo de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Saved to %1: open it with your calendar to add the flights.</source>
        <translation>Guardado en %1: ábralo con su calendario para añadir los vuelos.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Prices seen on %1 → %2: %3</source>
        <translation>Precios vistos en %1 → %2: %3</translation>
    </message>
</context>
<context>
    <name>OfferFormat</name>
    <message>
        <source>%1d %2h %3m</source>
        <translation>%1 d %2 h %3 min</translation>
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
        <translation>Directo</translation>
    </message>
    <message>
        <source>1 stop (%1)</source>
        <translation>1 escala (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n stops (%1)</source>
        <translation>
            <numerusform>%n escala (%1)</numerusform>
            <numerusform>%n escalas (%1)</numerusform>
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
        <translation>Turista</translation>
    </message>
    <message>
        <source>Premium economy</source>
        <translation>Turista prémium</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primera</translation>
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
        <translation>Clase: %1</translation>
    </message>
    <message>
        <source>Sandbox fare: generated for testing, not bookable.</source>
        <translation>Tarifa de demostración: generada para pruebas, no reservable.</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Proveedor: %1</translation>
    </message>
    <message>
        <source>Offer id: %1</source>
        <translation>ID de la oferta: %1</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ida</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Vuelta</translation>
    </message>
    <message>
        <source>Journey %1</source>
        <translation>Trayecto %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3 · %4 · %5</source>
        <translation>%1: %2 → %3 · %4 · %5</translation>
    </message>
    <message>
        <source>    Connection in %1: %2</source>
        <translation>    Conexión en %1: %2</translation>
    </message>
    <message>
        <source>  %1 %2 · %3</source>
        <translation>  %1 %2 · %3</translation>
    </message>
    <message>
        <source>aircraft not given</source>
        <translation>avión no indicado</translation>
    </message>
    <message>
        <source>    Depart %1 %2</source>
        <translation>    Salida %1 %2</translation>
    </message>
    <message>
        <source>    Arrive %1 %2 · %3</source>
        <translation>    Llegada %1 %2 · %3</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>Press Enter or double-click for details</source>
        <translation>Pulse Intro o haga doble clic para ver los detalles</translation>
    </message>
    <message>
        <source>Airline</source>
        <translation>Aerolínea</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>Vuelos</translation>
    </message>
    <message>
        <source>Depart</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Escalas</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Vuelta</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
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
        <translation>%1 al %2</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>entre las %1 y las %2</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>después de las %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>antes de las %1</translation>
    </message>
    <message numerus="yes">
        <source>%n adult(s)</source>
        <translation>
            <numerusform>%n adulto</numerusform>
            <numerusform>%n adultos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n niño</numerusform>
            <numerusform>%n niños</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n infant(s)</source>
        <translation>
            <numerusform>%n bebé</numerusform>
            <numerusform>%n bebés</numerusform>
        </translation>
    </message>
    <message>
        <source>That date has already passed. Which day would you like to fly?</source>
        <translation>Esa fecha ya ha pasado. ¿Qué día le gustaría volar?</translation>
    </message>
    <message>
        <source>Airlines sell seats only about a year ahead. Could you choose an earlier date?</source>
        <translation>Las aerolíneas solo venden plazas con aproximadamente un año de antelación. ¿Podría elegir una fecha más próxima?</translation>
    </message>
    <message>
        <source>The return date is before the departure. When would you like to come back?</source>
        <translation>La fecha de vuelta es anterior a la de salida. ¿Cuándo le gustaría volver?</translation>
    </message>
    <message>
        <source>The departure and the destination are the same place. Where would you like to go?</source>
        <translation>El origen y el destino son el mismo lugar. ¿Adónde le gustaría ir?</translation>
    </message>
    <message>
        <source>I can search for 1 to 9 travellers, with at least one adult and no more infants than adults. How many are travelling?</source>
        <translation>Puedo buscar para entre 1 y 9 viajeros, con al menos un adulto y no más bebés que adultos. ¿Cuántas personas viajan?</translation>
    </message>
    <message>
        <source>I cannot search that request as it is. Could you rephrase it?</source>
        <translation>No puedo buscar esa solicitud tal como está. ¿Podría reformularla?</translation>
    </message>
    <message>
        <source>Sorry, I did not understand that.</source>
        <translation>Lo siento, no lo he entendido.</translation>
    </message>
    <message>
        <source>Hello! Tell me where and when you would like to fly, for example &quot;Paris to Rome next Friday for two adults&quot;.</source>
        <translation>¡Hola! Dígame adónde y cuándo le gustaría volar, por ejemplo &quot;París a Roma el próximo viernes para dos adultos&quot;.</translation>
    </message>
    <message>
        <source>Tell me your trip in your own words: where from, where to, when, and who is travelling. For example &quot;LHR to JFK on 10 December&quot; or &quot;from Paris to Rome next friday, 2 adults, back on Sunday&quot;. I search, and you can sort the offers by price, duration or time. Past conversations are in the history on the left.</source>
        <translation>Cuénteme su viaje con sus propias palabras: desde dónde, adónde, cuándo y quién viaja. Por ejemplo &quot;LHR a JFK el 10 de diciembre&quot; o &quot;de París a Roma el próximo viernes, 2 adultos, vuelta el domingo&quot;. Yo busco y usted puede ordenar las ofertas por precio, duración u hora. Las conversaciones anteriores están en el historial, a la izquierda.</translation>
    </message>
    <message>
        <source>Sorry, I did not understand that. Tell me where you would like to fly, for example &quot;Paris to Rome next Friday&quot;.</source>
        <translation>Lo siento, no lo he entendido. Dígame adónde le gustaría volar, por ejemplo &quot;París a Roma el próximo viernes&quot;.</translation>
    </message>
    <message>
        <source>Where would you like to fly to from %1?</source>
        <translation>¿Adónde le gustaría volar desde %1?</translation>
    </message>
    <message>
        <source>Where would you like to fly to?</source>
        <translation>¿Adónde le gustaría volar?</translation>
    </message>
    <message>
        <source>Where will you fly to %1 from?</source>
        <translation>¿Desde dónde volará a %1?</translation>
    </message>
    <message>
        <source>When would you like to fly from %1 to %2?</source>
        <translation>¿Cuándo le gustaría volar de %1 a %2?</translation>
    </message>
    <message>
        <source>Searching flights from %1 to %2 on %3</source>
        <translation>Buscando vuelos de %1 a %2 el %3</translation>
    </message>
    <message>
        <source>returning %1</source>
        <translation>con vuelta el %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>I found no flights matching all your conditions. Try allowing stops, another airline or a higher budget.</source>
        <translation>No he encontrado vuelos que cumplan todas sus condiciones. Pruebe a permitir escalas, otra aerolínea o un presupuesto mayor.</translation>
    </message>
    <message>
        <source>I found no flights for that day. Try another date or a nearby airport.</source>
        <translation>No he encontrado vuelos para ese día. Pruebe otra fecha o un aeropuerto cercano.</translation>
    </message>
    <message numerus="yes">
        <source>I found %n offer(s).</source>
        <translation>
            <numerusform>He encontrado %n oferta.</numerusform>
            <numerusform>He encontrado %n ofertas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cheapest is %1 with %2.</source>
        <translation>La más barata cuesta %1 con %2.</translation>
    </message>
    <message>
        <source>The fastest takes %1 h %2 min.</source>
        <translation>La más rápida dura %1 h %2 min.</translation>
    </message>
    <message>
        <source>(Sandbox fares: realistic examples, not bookable.)</source>
        <translation>(Tarifas de demostración: ejemplos realistas, no reservables.)</translation>
    </message>
    <message>
        <source>I could not find any way to fly between those places. Try a nearby larger city or airport.</source>
        <translation>No he encontrado ninguna forma de volar entre esos lugares. Pruebe con una ciudad más grande o un aeropuerto cercano.</translation>
    </message>
    <message>
        <source>That search could not be made as it is. Please check the places and dates.</source>
        <translation>No se ha podido realizar esa búsqueda tal como está. Compruebe los lugares y las fechas.</translation>
    </message>
    <message>
        <source>I could not reach the flight provider. Check your connection and try again.</source>
        <translation>No he podido conectar con el proveedor de vuelos. Compruebe su conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The flight provider took too long to answer. Please try again in a moment.</source>
        <translation>El proveedor de vuelos ha tardado demasiado en responder. Inténtelo de nuevo en unos instantes.</translation>
    </message>
    <message>
        <source>The flight provider refused the credentials. Check them in the settings.</source>
        <translation>El proveedor de vuelos ha rechazado las credenciales. Compruébelas en la configuración.</translation>
    </message>
    <message>
        <source>The flight provider asks us to slow down. Please try again in a minute.</source>
        <translation>El proveedor de vuelos nos pide que reduzcamos el ritmo. Inténtelo de nuevo dentro de un minuto.</translation>
    </message>
    <message>
        <source>The flight provider had a problem with this search. Please try again later.</source>
        <translation>El proveedor de vuelos ha tenido un problema con esta búsqueda. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Search cancelled. Change anything you like and I will search again.</source>
        <translation>Búsqueda cancelada. Cambie lo que quiera y volveré a buscar.</translation>
    </message>
    <message>
        <source>economy</source>
        <translation>clase turista</translation>
    </message>
    <message>
        <source>premium economy</source>
        <translation>turista prémium</translation>
    </message>
    <message>
        <source>business class</source>
        <translation>clase business</translation>
    </message>
    <message>
        <source>first class</source>
        <translation>primera clase</translation>
    </message>
    <message>
        <source>Sorry, I did not understand that. You can change the date, the travellers or the cabin (&quot;make it Tuesday&quot;, &quot;2 adults&quot;, &quot;business class&quot;), or ask for another trip.</source>
        <translation>Lo siento, no lo he entendido. Puede cambiar la fecha, los viajeros o la clase («mejor el martes», «2 adultos», «clase business») o pedir otro viaje.</translation>
    </message>
    <message>
        <source>non-stop only</source>
        <translation>solo vuelos directos</translation>
    </message>
    <message>
        <source>(I search the first of those days; name another day to see it)</source>
        <translation>(busco el primero de esos días; indique otro día para verlo)</translation>
    </message>
    <message>
        <source>This flight provider cannot do that. Choose another provider in the settings.</source>
        <translation>Este proveedor de vuelos no ofrece esa opción. Elija otro proveedor en los ajustes.</translation>
    </message>
    <message>
        <source>That offer is no longer available. Search again for the current fares.</source>
        <translation>Esa oferta ya no está disponible. Vuelva a buscar para ver las tarifas actuales.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) earlier or later too</source>
        <translation>
            <numerusform>también %n día antes o después</numerusform>
            <numerusform>también %n días antes o después</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 no flights</source>
        <translation>%1 sin vuelos</translation>
    </message>
    <message>
        <source>Cheapest by day: %1.</source>
        <translation>Lo más barato por día: %1.</translation>
    </message>
    <message>
        <source>(%1 of the %2 searches could not be made; the offers come from the others.)</source>
        <translation>(%1 de las %2 búsquedas no se pudo hacer; las ofertas vienen de las demás.)</translation>
    </message>
</context>
<context>
    <name>SessionImporter</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a conversation file.</source>
        <translation>%1 es una carpeta, no un archivo de conversación.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB, too large for a conversation.</source>
        <translation>El archivo %1 supera los %2 MiB, demasiado para una conversación.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo %1: %2</translation>
    </message>
</context>
<context>
    <name>SessionJson</name>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>campo desconocido «%1»</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>falta el campo «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>«%1» debe ser un texto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 time with a time zone offset (got &quot;%2&quot;)</source>
        <translation>«%1» debe ser una hora ISO 8601 con desfase horario (se recibió «%2»)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>«%1» debe ser una lista</translation>
    </message>
    <message>
        <source>an offer must be an object</source>
        <translation>una oferta debe ser un objeto</translation>
    </message>
    <message>
        <source>the offer cannot be restored (its id, price, currency, times or flights are missing or malformed)</source>
        <translation>la oferta no se puede restaurar (faltan o son incorrectos su id, precio, moneda, horas o vuelos)</translation>
    </message>
    <message>
        <source>the offer is not in the exported format (a field was changed, added or is missing)</source>
        <translation>la oferta no está en el formato exportado (se cambió, añadió o falta un campo)</translation>
    </message>
    <message>
        <source>a message must be an object</source>
        <translation>un mensaje debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;role&quot; must be user, assistant or system (got &quot;%1&quot;)</source>
        <translation>«role» debe ser user, assistant o system (se recibió «%1»)</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>el texto supera los %1 caracteres</translation>
    </message>
    <message>
        <source>a highlight must be [start, end] inside the message text</source>
        <translation>un resaltado debe ser [inicio, fin] dentro del texto del mensaje</translation>
    </message>
    <message>
        <source>&quot;offer_count&quot; must be a whole number of zero or more</source>
        <translation>«offer_count» debe ser un número entero de cero o más</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, too large for a conversation.</source>
        <translation>El archivo supera los %1 MiB, demasiado para una conversación.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>El archivo no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>The file is not an exported conversation (no JSON object).</source>
        <translation>El archivo no es una conversación exportada (no hay objeto JSON).</translation>
    </message>
    <message>
        <source>The file is not an exported conversation (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>El archivo no es una conversación exportada (su «format» no es «%1»).</translation>
    </message>
    <message>
        <source>The file is a conversation in format version %1; this program reads version %2 only.</source>
        <translation>El archivo es una conversación en la versión de formato %1; este programa solo lee la versión %2.</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters</source>
        <translation>el título supera los %1 caracteres</translation>
    </message>
    <message>
        <source>&quot;source&quot; must be app or cli (got &quot;%1&quot;)</source>
        <translation>«source» debe ser app o cli (se recibió «%1»)</translation>
    </message>
    <message>
        <source>The conversation file is not valid: %1.</source>
        <translation>El archivo de conversación no es válido: %1.</translation>
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
        <translation>Compatible con Amadeus</translation>
    </message>
    <message>
        <source>Sandbox (loading your %1 credentials…)</source>
        <translation>Demo (cargando sus credenciales de %1…)</translation>
    </message>
    <message>
        <source>Sandbox (no keychain available: enter your %1 credentials in Settings; they are kept until you quit)</source>
        <translation>Demo (no hay llavero disponible: introduzca sus credenciales de %1 en Ajustes; se conservarán hasta que salga)</translation>
    </message>
    <message>
        <source>Sandbox (no %1 credentials yet: enter them in Settings)</source>
        <translation>Demo (aún no hay credenciales de %1: introdúzcalas en Ajustes)</translation>
    </message>
    <message>
        <source>Sandbox (%1 could not be started: check the endpoint in Settings)</source>
        <translation>Demo (no se pudo iniciar %1: revise la dirección en Ajustes)</translation>
    </message>
    <message>
        <source>%1 (credentials kept in memory until you quit)</source>
        <translation>%1 (credenciales guardadas en memoria hasta que salga)</translation>
    </message>
    <message>
        <source>Sandbox (loading the credentials of every provider…)</source>
        <translation>Sandbox (cargando las credenciales de cada proveedor…)</translation>
    </message>
    <message>
        <source>Sandbox (no other provider has credentials yet: enter them in Settings)</source>
        <translation>Sandbox (ningún otro proveedor tiene credenciales todavía: introdúcelas en Ajustes)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;Flight provider:</source>
        <translation>&amp;Proveedor de vuelos:</translation>
    </message>
    <message>
        <source>Flight provider</source>
        <translation>Proveedor de vuelos</translation>
    </message>
    <message>
        <source>Duffel account</source>
        <translation>Cuenta de Duffel</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <source>Duffel access token</source>
        <translation>Token de acceso de Duffel</translation>
    </message>
    <message>
        <source>Amadeus-compatible account</source>
        <translation>Cuenta compatible con Amadeus</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Amadeus client ID</source>
        <translation>ID de cliente de Amadeus</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>Amadeus client secret</source>
        <translation>Secreto de cliente de Amadeus</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;URL del servicio:</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL del servicio</translation>
    </message>
    <message>
        <source>Leave empty to use the provider&apos;s own address.</source>
        <translation>Déjelo vacío para usar la dirección del propio proveedor.</translation>
    </message>
    <message>
        <source>&amp;Forget stored credentials</source>
        <translation>&amp;Olvidar las credenciales guardadas</translation>
    </message>
    <message>
        <source>For example https://api.example.com</source>
        <translation>Por ejemplo https://api.example.com</translation>
    </message>
    <message>
        <source>No keychain is available on this system: the credentials are kept in memory until you quit.</source>
        <translation>No hay ningún llavero disponible en este sistema: las credenciales se guardan en memoria hasta que salga.</translation>
    </message>
    <message>
        <source>Sandbox (offline, no account)</source>
        <translation>Demo (sin conexión, sin cuenta)</translation>
    </message>
    <message>
        <source>Duffel</source>
        <translation>Duffel</translation>
    </message>
    <message>
        <source>Amadeus-compatible</source>
        <translation>Compatible con Amadeus</translation>
    </message>
    <message>
        <source>Real offers from Duffel. You need an access token from your Duffel account.</source>
        <translation>Ofertas reales de Duffel. Necesita un token de acceso de su cuenta de Duffel.</translation>
    </message>
    <message>
        <source>Offers from an Amadeus-compatible service. You need the client ID and secret your provider gave you.</source>
        <translation>Ofertas de un servicio compatible con Amadeus. Necesita el ID de cliente y el secreto que le dio su proveedor.</translation>
    </message>
    <message>
        <source>Generated fares for trying the app out. Works offline; they cannot be booked.</source>
        <translation>Tarifas generadas para probar la aplicación. Funciona sin conexión; no se pueden reservar.</translation>
    </message>
    <message>
        <source>Not set yet.</source>
        <translation>Aún no configurado.</translation>
    </message>
    <message>
        <source>Kept in memory until you quit.</source>
        <translation>Guardado en memoria hasta que salga.</translation>
    </message>
    <message>
        <source>Partly set, kept in memory until you quit.</source>
        <translation>Configurado en parte, guardado en memoria hasta que salga.</translation>
    </message>
    <message>
        <source>Stored in the keychain. Type a new value to replace it.</source>
        <translation>Guardado en el llavero. Escriba un valor nuevo para sustituirlo.</translation>
    </message>
    <message>
        <source>Partly stored in the keychain: fill in what is missing.</source>
        <translation>Guardado en parte en el llavero: complete lo que falta.</translation>
    </message>
    <message>
        <source>Stored (hidden)</source>
        <translation>Guardado (oculto)</translation>
    </message>
    <message>
        <source>Paste your access token</source>
        <translation>Pegue su token de acceso</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>The keychain could not remove the credentials. Try again, or remove them with your system&apos;s password manager.</source>
        <translation>El llavero no pudo eliminar las credenciales. Inténtelo de nuevo o elimínelas con el gestor de contraseñas de su sistema.</translation>
    </message>
    <message>
        <source>The credentials were forgotten.</source>
        <translation>Se han olvidado las credenciales.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused, so nothing was saved. Save again and allow access when the system asks.</source>
        <translation>Se denegó el acceso al llavero, así que no se guardó nada. Guarde de nuevo y permita el acceso cuando el sistema lo pida.</translation>
    </message>
    <message>
        <source>The keychain could not save the credentials, so nothing was saved. Check that your keychain is unlocked and try again.</source>
        <translation>El llavero no pudo guardar las credenciales, así que no se guardó nada. Compruebe que su llavero está desbloqueado e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Enter your Duffel access token, or choose the sandbox.</source>
        <translation>Introduzca su token de acceso de Duffel o elija el demo.</translation>
    </message>
    <message>
        <source>Enter both the client ID and the client secret, or choose the sandbox.</source>
        <translation>Introduzca el ID de cliente y el secreto de cliente, o elija el demo.</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Guardando en el llavero…</translation>
    </message>
    <message>
        <source>Removing from the keychain…</source>
        <translation>Eliminando del llavero…</translation>
    </message>
    <message>
        <source>The endpoint must be a web address such as https://api.example.com.</source>
        <translation>El servicio debe ser una dirección web como https://api.example.com.</translation>
    </message>
    <message>
        <source>The endpoint must use https:// (plain http:// is only allowed for a sandbox on this computer).</source>
        <translation>El servicio debe usar https:// (http:// solo se permite para una demo en este ordenador).</translation>
    </message>
    <message>
        <source>Search every provider that has &amp;credentials at once</source>
        <translation>Buscar a la vez en cada proveedor con &amp;credenciales</translation>
    </message>
    <message>
        <source>Duffel and Amadeus-compatible are searched together when their credentials are stored, and their offers merged. The sandbox joins only when no other provider is ready, or when it is the provider chosen above.</source>
        <translation>Duffel y Amadeus compatible se consultan juntos cuando sus credenciales están guardadas, y sus ofertas se combinan. El sandbox solo se une si ningún otro proveedor está listo o si es el proveedor elegido arriba.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Find flights by telling the assistant what you want, in your own words.</source>
        <translation>Encuentre vuelos diciéndole al asistente lo que busca con sus propias palabras.</translation>
    </message>
    <message>
        <source>Keep the history and settings in &lt;dir&gt;.</source>
        <translation>Guardar el historial y la configuración en &lt;carpeta&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
</context>
</TS>
