<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>ChatWindow</name>
    <message>
        <source>Booking Assistant</source>
        <translation>Assistente de reservas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Past conversations, newest first. Select one to review it.</source>
        <translation>Conversas anteriores, as mais recentes primeiro. Selecione uma para a consultar.</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Iniciar uma nova conversa (Ctrl+N)</translation>
    </message>
    <message>
        <source>Viewing a past conversation (read-only). Start a new conversation to continue.</source>
        <translation>Está a ver uma conversa anterior (só de leitura). Inicie uma nova conversa para continuar.</translation>
    </message>
    <message>
        <source>Back to current conversation</source>
        <translation>Voltar à conversa atual</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>A pesquisar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop this search (Esc)</source>
        <translation>Parar esta pesquisa (Esc)</translation>
    </message>
    <message>
        <source>Where would you like to go? e.g. “Paris to Lisbon next Friday, 2 adults”</source>
        <translation>Para onde gostaria de ir? P. ex. “Paris para Lisboa na próxima sexta-feira, 2 adultos”</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send your message (Enter)</source>
        <translation>Enviar a mensagem (Enter)</translation>
    </message>
    <message>
        <source>No offers yet</source>
        <translation>Ainda sem ofertas</translation>
    </message>
    <message>
        <source>Click a column title to sort; press Enter or double-click an offer for its details.</source>
        <translation>Clique no título de uma coluna para ordenar; prima Enter ou faça duplo clique numa oferta para ver os detalhes.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New conversation</source>
        <translation>&amp;Nova conversa</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Booking Assistant</source>
        <translation>&amp;Acerca do Assistente de reservas</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Past conversations</source>
        <translation>Conversas anteriores</translation>
    </message>
    <message>
        <source>Flight offers</source>
        <translation>Ofertas de voos</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>A sua mensagem</translation>
    </message>
    <message>
        <source>Hello! Tell me where and when you would like to fly, in your own words, and I will look for flights. For example:
• London to New York on 10 December
• Paris to Lisbon next Friday, 2 adults, back on Sunday</source>
        <translation>Olá! Diga-me, por palavras suas, para onde e quando gostaria de voar, e eu procuro voos. Por exemplo:
• Londres para Nova Iorque a 10 de dezembro
• Paris para Lisboa na próxima sexta-feira, 2 adultos, volta no domingo</translation>
    </message>
    <message>
        <source>This conversation is read-only: start a new conversation to continue</source>
        <translation>Esta conversa é só de leitura: inicie uma nova conversa para continuar</translation>
    </message>
    <message>
        <source>The history could not be opened.</source>
        <translation>Não foi possível abrir o histórico.</translation>
    </message>
    <message>
        <source>History unavailable</source>
        <translation>Histórico indisponível</translation>
    </message>
    <message>
        <source>The conversation history could not be opened, so this session will not be saved. You can keep searching as usual.

Check that this folder can be written:
%1</source>
        <translation>Não foi possível abrir o histórico de conversas, pelo que esta sessão não será guardada. Pode continuar a pesquisar normalmente.

Verifique se é possível escrever nesta pasta:
%1</translation>
    </message>
    <message>
        <source>History repaired</source>
        <translation>Histórico reparado</translation>
    </message>
    <message>
        <source>The history file could not be read, so a new one was started. The old file was kept as:
%1</source>
        <translation>Não foi possível ler o ficheiro do histórico, pelo que foi criado um novo. O ficheiro antigo foi guardado como:
%1</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>Não foi possível ler o histórico.</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>A carregar a conversa…</translation>
    </message>
    <message>
        <source>That conversation could not be loaded.</source>
        <translation>Não foi possível carregar essa conversa.</translation>
    </message>
    <message>
        <source>That conversation no longer exists.</source>
        <translation>Essa conversa já não existe.</translation>
    </message>
    <message>
        <source>No offers in this conversation</source>
        <translation>Sem ofertas nesta conversa</translation>
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
        <translation>%1 · tarifas de demonstração (não reserváveis)</translation>
    </message>
    <message>
        <source>%1 · includes sandbox fares (not bookable)</source>
        <translation>%1 · inclui tarifas de demonstração (não reserváveis)</translation>
    </message>
    <message>
        <source>%1 · as seen then</source>
        <translation>%1 · tal como vistas na altura</translation>
    </message>
    <message>
        <source>History: off</source>
        <translation>Histórico: desativado</translation>
    </message>
    <message>
        <source>History unavailable: conversations are not being saved</source>
        <translation>Histórico indisponível: as conversas não estão a ser guardadas</translation>
    </message>
    <message>
        <source>History: on</source>
        <translation>Histórico: ativado</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Histórico: %1</translation>
    </message>
    <message>
        <source>Provider: %1 · %2</source>
        <translation>Fornecedor: %1 · %2</translation>
    </message>
    <message>
        <source>About Booking Assistant</source>
        <translation>Acerca do Assistente de reservas</translation>
    </message>
    <message>
        <source>Booking Assistant %1

Tell it where you want to go in your own words; it finds flight offers and keeps your conversations on this computer.

Sandbox fares are generated for trying the app out and cannot be booked.</source>
        <translation>Assistente de reservas %1

Diga-lhe, por palavras suas, para onde quer ir; encontra ofertas de voos e guarda as suas conversas neste computador.

As tarifas de demonstração são geradas para experimentar a aplicação e não podem ser reservadas.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Definições…</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Diagnóstico…</translation>
    </message>
    <message>
        <source>&amp;History Storage…</source>
        <translation>Armazenamento do &amp;histórico…</translation>
    </message>
</context>
<context>
    <name>ConversationTransfer</name>
    <message>
        <source>&amp;Export conversation…</source>
        <translation>&amp;Exportar conversa…</translation>
    </message>
    <message>
        <source>&amp;Import conversation…</source>
        <translation>&amp;Importar conversa…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não guardado</translation>
    </message>
    <message>
        <source>There is no saved conversation to export yet.</source>
        <translation>Ainda não há nenhuma conversa guardada para exportar.</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exportar conversa</translation>
    </message>
    <message>
        <source>Conversation, to import again (*.json)</source>
        <translation>Conversa, para importar de novo (*.json)</translation>
    </message>
    <message>
        <source>Offers seen, for a spreadsheet (*.csv)</source>
        <translation>Ofertas vistas, para uma folha de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the conversation…</source>
        <translation>A exportar a conversa…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Não exportado</translation>
    </message>
    <message>
        <source>That conversation no longer exists.</source>
        <translation>Essa conversa já não existe.</translation>
    </message>
    <message>
        <source>Conversation exported to %1</source>
        <translation>Conversa exportada para %1</translation>
    </message>
    <message>
        <source>The conversation could not be read from the history.</source>
        <translation>Não foi possível ler a conversa do histórico.</translation>
    </message>
    <message>
        <source>Import conversation</source>
        <translation>Importar conversa</translation>
    </message>
    <message>
        <source>Exported conversation (*.json)</source>
        <translation>Conversa exportada (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Importing the conversation…</source>
        <translation>A importar a conversa…</translation>
    </message>
    <message>
        <source>Conversation imported.</source>
        <translation>Conversa importada.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Não importado</translation>
    </message>
    <message>
        <source>The conversation could not be imported; nothing was added to the history.

%1</source>
        <translation>Não foi possível importar a conversa; nada foi acrescentado ao histórico.

%1</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
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
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Ainda não verificado.</translation>
    </message>
    <message>
        <source>Provider reachable</source>
        <translation>Fornecedor acessível</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sessão iniciada</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de pedidos</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Tempo de resposta</translation>
    </message>
    <message>
        <source>History database</source>
        <translation>Base de dados do histórico</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Porta-chaves</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>A verificar…</translation>
    </message>
    <message>
        <source>Something does not work: see the failed checks below.</source>
        <translation>Algo não funciona: veja as verificações falhadas abaixo.</translation>
    </message>
    <message>
        <source>Everything needed works, with warnings below.</source>
        <translation>Tudo o que é necessário funciona, com avisos abaixo.</translation>
    </message>
    <message>
        <source>Everything works.</source>
        <translation>Tudo funciona.</translation>
    </message>
    <message>
        <source>Recent calls: the active provider runs in the app, with no network calls to time.</source>
        <translation>Chamadas recentes: o fornecedor ativo funciona na aplicação, sem chamadas de rede para medir.</translation>
    </message>
    <message>
        <source>Recent calls: none yet.</source>
        <translation>Chamadas recentes: ainda nenhuma.</translation>
    </message>
    <message>
        <source>Recent calls: %1, %2 ms (median), %3 ms (95th percentile), %4 failed.</source>
        <translation>Chamadas recentes: %1, %2 ms (mediana), %3 ms (percentil 95), %4 falhadas.</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 é uma pasta; escolha um nome de ficheiro.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: choose another folder.</source>
        <translation>A pasta %1 é só de leitura: escolha outra pasta.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Não é possível escrever %1: %2</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written. Free some space and try again.</source>
        <translation>O disco está cheio: %1 não foi escrito. Liberte espaço e tente de novo.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Não foi possível escrever %1: %2</translation>
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
        <translation>A demo</translation>
    </message>
    <message>
        <source>%1 was not contacted, as it could not be set up.</source>
        <translation>%1 não foi contactado, porque não foi possível configurá-lo.</translation>
    </message>
    <message>
        <source>The provider was replaced while it was being checked: check again.</source>
        <translation>O fornecedor foi substituído durante a verificação: verifique novamente.</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms.</source>
        <translation>%1 respondeu em %2 ms.</translation>
    </message>
    <message>
        <source>%1 could not be reached: check your connection and the endpoint in the settings (%2).</source>
        <translation>Não foi possível contactar %1: verifique a sua ligação e o endereço nas definições (%2).</translation>
    </message>
    <message>
        <source>%1 did not answer in time: try again later.</source>
        <translation>%1 não respondeu a tempo: tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>%1 answered with an error (%2): try again later.</source>
        <translation>%1 respondeu com um erro (%2): tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The sandbox needs no credentials.</source>
        <translation>A demo não precisa de credenciais.</translation>
    </message>
    <message>
        <source>%1 refused your credentials: enter them again in the settings.</source>
        <translation>%1 recusou as suas credenciais: introduza-as novamente nas definições.</translation>
    </message>
    <message>
        <source>%1 accepted your credentials.</source>
        <translation>%1 aceitou as suas credenciais.</translation>
    </message>
    <message>
        <source>Your credentials could not be checked, as %1 did not answer properly.</source>
        <translation>Não foi possível verificar as suas credenciais, porque %1 não respondeu corretamente.</translation>
    </message>
    <message>
        <source>The sandbox runs in the app and has no rate limit.</source>
        <translation>A demo funciona na aplicação e não tem limite de pedidos.</translation>
    </message>
    <message>
        <source>The rate limit is unknown, as the provider could not be checked.</source>
        <translation>O limite de pedidos é desconhecido, porque não foi possível verificar o fornecedor.</translation>
    </message>
    <message>
        <source>%1 did not report a rate limit.</source>
        <translation>%1 não indicou nenhum limite de pedidos.</translation>
    </message>
    <message>
        <source>The rate limit of %1 is used up: searches wait %2 s until it resets.</source>
        <translation>O limite de pedidos de %1 esgotou-se: as pesquisas esperam %2 s até ser reposto.</translation>
    </message>
    <message>
        <source>The rate limit of %1 is nearly used up: %2 of %3 requests left.</source>
        <translation>O limite de pedidos de %1 está quase esgotado: restam %2 de %3 pedidos.</translation>
    </message>
    <message>
        <source>%1 of %2 requests left in the current rate-limit window.</source>
        <translation>Restam %1 de %2 pedidos na janela de limite atual.</translation>
    </message>
    <message>
        <source>%1 requests left in the current rate-limit window.</source>
        <translation>Restam %1 pedidos na janela de limite atual.</translation>
    </message>
    <message>
        <source>No call succeeded, so no latency was measured.</source>
        <translation>Nenhuma chamada teve êxito, por isso não foi medido nenhum tempo de resposta.</translation>
    </message>
    <message>
        <source>%1 of %2 calls failed; the others took %3 ms (median), %4 ms (95th percentile).</source>
        <translation>%1 de %2 chamadas falharam; as restantes demoraram %3 ms (mediana), %4 ms (percentil 95).</translation>
    </message>
    <message>
        <source>Calls are slow: %1 ms (median), %2 ms (95th percentile).</source>
        <translation>As chamadas são lentas: %1 ms (mediana), %2 ms (percentil 95).</translation>
    </message>
    <message>
        <source>%1 calls took %2 ms (median), %3 ms (95th percentile).</source>
        <translation>%1 chamadas demoraram %2 ms (mediana), %3 ms (percentil 95).</translation>
    </message>
    <message>
        <source>No keychain is available: credentials entered in the settings are kept only until you quit, or can come from the BOOKING_DUFFEL_TOKEN, BOOKING_AMADEUS_CLIENT_ID and BOOKING_AMADEUS_CLIENT_SECRET variables.</source>
        <translation>Nenhum porta-chaves disponível: as credenciais introduzidas nas definições só são guardadas até sair, ou podem vir das variáveis BOOKING_DUFFEL_TOKEN, BOOKING_AMADEUS_CLIENT_ID e BOOKING_AMADEUS_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>The keychain is available.</source>
        <translation>O porta-chaves está disponível.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused: allow Booking Assistant in your keychain, then check again.</source>
        <translation>O acesso ao porta-chaves foi recusado: autorize o Booking Assistant no seu porta-chaves e verifique novamente.</translation>
    </message>
    <message>
        <source>The keychain failed (%1): unlock it or restart your session, then check again.</source>
        <translation>O porta-chaves falhou (%1): desbloqueie-o ou reinicie a sessão e verifique novamente.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s: it may be locked or waiting for you to unlock it.</source>
        <translation>O porta-chaves não respondeu em %1 s: pode estar bloqueado ou à espera de que o desbloqueie.</translation>
    </message>
    <message>
        <source>The history is empty (no database yet).</source>
        <translation>O histórico está vazio (ainda não há base de dados).</translation>
    </message>
    <message>
        <source>The history database could not be opened (%1).</source>
        <translation>Não foi possível abrir a base de dados do histórico (%1).</translation>
    </message>
    <message>
        <source>The history database is damaged (%1): the app moves it aside and starts a new one when it opens it.</source>
        <translation>A base de dados do histórico está danificada (%1): a aplicação põe-na de lado e cria uma nova ao abri-la.</translation>
    </message>
    <message>
        <source>The history database is intact.</source>
        <translation>A base de dados do histórico está intacta.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>1 message</source>
        <translation>1 mensagem</translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n mensagem</numerusform>
            <numerusform>%n mensagens</numerusform>
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
        <translation>(conversa sem título)</translation>
    </message>
    <message>
        <source>%1
From the command line</source>
        <translation>%1
A partir da linha de comandos</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Hi&amp;story</source>
        <translation>Hi&amp;stórico</translation>
    </message>
    <message>
        <source>&amp;Delete Conversation…</source>
        <translation>&amp;Eliminar conversa…</translation>
    </message>
    <message>
        <source>&amp;Clear History…</source>
        <translation>&amp;Limpar histórico…</translation>
    </message>
    <message>
        <source>Search conversations and places</source>
        <translation>Pesquisar conversas e locais</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Pesquisar no histórico</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>The history could not be searched.</source>
        <translation>Não foi possível pesquisar o histórico.</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>Eliminar conversa</translation>
    </message>
    <message>
        <source>Delete the conversation “%1” and the offers it showed? This cannot be undone.</source>
        <translation>Eliminar a conversa «%1» e as ofertas que mostrou? Não é possível anular.</translation>
    </message>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversa sem título</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The conversation could not be deleted.</source>
        <translation>Não foi possível eliminar a conversa.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Limpar histórico</translation>
    </message>
    <message>
        <source>Delete every stored conversation and every offer seen? This cannot be undone.</source>
        <translation>Eliminar todas as conversas guardadas e todas as ofertas vistas? Não é possível anular.</translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation>Limpar histórico</translation>
    </message>
    <message>
        <source>The history could not be cleared.</source>
        <translation>Não foi possível limpar o histórico.</translation>
    </message>
</context>
<context>
    <name>HistorySearchModel</name>
    <message>
        <source>Untitled conversation</source>
        <translation>Conversa sem título</translation>
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
        <translation>Armazenamento do histórico</translation>
    </message>
    <message>
        <source>On this &amp;computer</source>
        <translation>Neste &amp;computador</translation>
    </message>
    <message>
        <source>&amp;Shared PostgreSQL server</source>
        <translation>&amp;Servidor PostgreSQL partilhado</translation>
    </message>
    <message>
        <source>Everyone who connects to the same database sees the same history, for example the agents of an agency. The password is kept in the keychain, never in the settings file.</source>
        <translation>Todos os que se ligam à mesma base de dados veem o mesmo histórico, por exemplo os agentes de uma agência. A palavra-passe fica no porta-chaves, nunca no ficheiro de definições.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Anfitrião:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Anfitrião</translation>
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
        <translation>&amp;Base de dados:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de dados</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizador:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilizador</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Palavra-&amp;passe:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Palavra-passe</translation>
    </message>
    <message>
        <source>S&amp;ecure connection:</source>
        <translation>Ligação s&amp;egura:</translation>
    </message>
    <message>
        <source>Secure connection</source>
        <translation>Ligação segura</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Testar a ligação</translation>
    </message>
    <message>
        <source>For example db.example.com</source>
        <translation>Por exemplo db.example.com</translation>
    </message>
    <message>
        <source>For example booking_history</source>
        <translation>Por exemplo booking_history</translation>
    </message>
    <message>
        <source>If the server offers it (default)</source>
        <translation>Se o servidor a oferecer (predefinição)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatória</translation>
    </message>
    <message>
        <source>Required, with a trusted certificate</source>
        <translation>Obrigatória, com um certificado de confiança</translation>
    </message>
    <message>
        <source>Required, with a trusted certificate for this host name</source>
        <translation>Obrigatória, com um certificado de confiança para este nome de anfitrião</translation>
    </message>
    <message>
        <source>The history is kept in %1, for this computer&apos;s user only.</source>
        <translation>O histórico é guardado em %1, apenas para o utilizador deste computador.</translation>
    </message>
    <message>
        <source>A password is stored in the keychain; type to replace it</source>
        <translation>Há uma palavra-passe guardada no porta-chaves; escreva para a substituir</translation>
    </message>
    <message>
        <source>The stored password could not be read from the keychain.</source>
        <translation>Não foi possível ler a palavra-passe guardada no porta-chaves.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>A testar a ligação…</translation>
    </message>
    <message>
        <source>The password cannot be stored: no keychain is available.</source>
        <translation>Não é possível guardar a palavra-passe: não há nenhum porta-chaves disponível.</translation>
    </message>
    <message>
        <source>The keychain refused to store the password; nothing was saved.</source>
        <translation>O porta-chaves recusou guardar a palavra-passe; nada foi guardado.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain; nothing was saved.</source>
        <translation>Não foi possível guardar a palavra-passe no porta-chaves; nada foi guardado.</translation>
    </message>
    <message>
        <source>No keychain is available on this system: the password is kept in memory only, until you quit.</source>
        <translation>Não há nenhum porta-chaves disponível neste sistema: a palavra-passe fica apenas na memória, até sair.</translation>
    </message>
    <message>
        <source>The new history storage is used once Booking Assistant restarts. Restart now?</source>
        <translation>O novo armazenamento do histórico será usado quando o Booking Assistant reiniciar. Reiniciar agora?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Reiniciar agora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
</context>
<context>
    <name>OfferCalendar</name>
    <message>
        <source>Flight %1</source>
        <translation>Voo %1</translation>
    </message>
    <message>
        <source>Flight %1, %2</source>
        <translation>Voo %1, %2</translation>
    </message>
    <message>
        <source>Departs %1 at %2</source>
        <translation>Parte de %1 a %2</translation>
    </message>
    <message>
        <source>Arrives %1 at %2</source>
        <translation>Chega a %1 a %2</translation>
    </message>
    <message>
        <source>Aircraft: %1</source>
        <translation>Avião: %1</translation>
    </message>
    <message>
        <source>Price: %1 %2 for the whole trip (offer %3 from %4)</source>
        <translation>Preço: %1 %2 pela viagem inteira (oferta %3 de %4)</translation>
    </message>
    <message>
        <source>Booking reference: %1</source>
        <translation>Referência da reserva: %1</translation>
    </message>
    <message>
        <source>Sandbox fare: generated for trying the app out, it cannot be booked.</source>
        <translation>Tarifa de teste: gerada para experimentar a aplicação, não pode ser reservada.</translation>
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
        <translation>Adicionar ao &amp;calendário…</translation>
    </message>
    <message>
        <source>Save these flights as an .ics file for your calendar</source>
        <translation>Guardar estes voos num ficheiro .ics para o seu calendário</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Adicionar ao calendário</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Ficheiro de calendário (*.ics)</translation>
    </message>
    <message>
        <source>Saved to %1: open it with your calendar to add the flights.</source>
        <translation>Guardado em %1: abra-o com o seu calendário para adicionar os voos.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>Prices seen on %1 → %2: %3</source>
        <translation>Preços vistos em %1 → %2: %3</translation>
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
        <translation>Direto</translation>
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
        <translation>Económica</translation>
    </message>
    <message>
        <source>Premium economy</source>
        <translation>Económica premium</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Executiva</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primeira</translation>
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
        <translation>Tarifa de demonstração: gerada para testes, não reservável.</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Fornecedor: %1</translation>
    </message>
    <message>
        <source>Offer id: %1</source>
        <translation>ID da oferta: %1</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ida</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Volta</translation>
    </message>
    <message>
        <source>Journey %1</source>
        <translation>Trajeto %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3 · %4 · %5</source>
        <translation>%1: %2 → %3 · %4 · %5</translation>
    </message>
    <message>
        <source>    Connection in %1: %2</source>
        <translation>    Ligação em %1: %2</translation>
    </message>
    <message>
        <source>  %1 %2 · %3</source>
        <translation>  %1 %2 · %3</translation>
    </message>
    <message>
        <source>aircraft not given</source>
        <translation>aeronave não indicada</translation>
    </message>
    <message>
        <source>    Depart %1 %2</source>
        <translation>    Partida %1 %2</translation>
    </message>
    <message>
        <source>    Arrive %1 %2 · %3</source>
        <translation>    Chegada %1 %2 · %3</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>Press Enter or double-click for details</source>
        <translation>Prima Enter ou faça duplo clique para ver os detalhes</translation>
    </message>
    <message>
        <source>Airline</source>
        <translation>Companhia aérea</translation>
    </message>
    <message>
        <source>Flights</source>
        <translation>Voos</translation>
    </message>
    <message>
        <source>Depart</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation>Chegada</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Escalas</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Volta</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
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
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>entre as %1 e as %2</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>depois das %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>antes das %1</translation>
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
            <numerusform>%n criança</numerusform>
            <numerusform>%n crianças</numerusform>
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
        <translation>Essa data já passou. Em que dia gostaria de viajar?</translation>
    </message>
    <message>
        <source>Airlines sell seats only about a year ahead. Could you choose an earlier date?</source>
        <translation>As companhias aéreas só vendem lugares com cerca de um ano de antecedência. Poderia escolher uma data mais próxima?</translation>
    </message>
    <message>
        <source>The return date is before the departure. When would you like to come back?</source>
        <translation>A data de regresso é anterior à partida. Quando gostaria de voltar?</translation>
    </message>
    <message>
        <source>The departure and the destination are the same place. Where would you like to go?</source>
        <translation>A origem e o destino são o mesmo local. Para onde gostaria de ir?</translation>
    </message>
    <message>
        <source>I can search for 1 to 9 travellers, with at least one adult and no more infants than adults. How many are travelling?</source>
        <translation>Posso pesquisar para 1 a 9 passageiros, com pelo menos um adulto e não mais bebés do que adultos. Quantas pessoas vão viajar?</translation>
    </message>
    <message>
        <source>I cannot search that request as it is. Could you rephrase it?</source>
        <translation>Não consigo pesquisar esse pedido tal como está. Poderia reformulá-lo?</translation>
    </message>
    <message>
        <source>Sorry, I did not understand that.</source>
        <translation>Desculpe, não percebi.</translation>
    </message>
    <message>
        <source>Hello! Tell me where and when you would like to fly, for example &quot;Paris to Rome next Friday for two adults&quot;.</source>
        <translation>Olá! Diga-me para onde e quando gostaria de voar, por exemplo &quot;Paris para Roma na próxima sexta-feira, para dois adultos&quot;.</translation>
    </message>
    <message>
        <source>Tell me your trip in your own words: where from, where to, when, and who is travelling. For example &quot;LHR to JFK on 10 December&quot; or &quot;from Paris to Rome next friday, 2 adults, back on Sunday&quot;. I search, and you can sort the offers by price, duration or time. Past conversations are in the history on the left.</source>
        <translation>Descreva a sua viagem por palavras suas: de onde, para onde, quando e quem viaja. Por exemplo &quot;LHR para JFK a 10 de dezembro&quot; ou &quot;de Paris para Roma na próxima sexta-feira, 2 adultos, volta no domingo&quot;. Eu pesquiso e pode ordenar as ofertas por preço, duração ou horário. As conversas anteriores estão no histórico, à esquerda.</translation>
    </message>
    <message>
        <source>Sorry, I did not understand that. Tell me where you would like to fly, for example &quot;Paris to Rome next Friday&quot;.</source>
        <translation>Desculpe, não percebi. Diga-me para onde gostaria de voar, por exemplo &quot;Paris para Roma na próxima sexta-feira&quot;.</translation>
    </message>
    <message>
        <source>Where would you like to fly to from %1?</source>
        <translation>Para onde gostaria de voar a partir de %1?</translation>
    </message>
    <message>
        <source>Where would you like to fly to?</source>
        <translation>Para onde gostaria de voar?</translation>
    </message>
    <message>
        <source>Where will you fly to %1 from?</source>
        <translation>De onde vai partir para %1?</translation>
    </message>
    <message>
        <source>When would you like to fly from %1 to %2?</source>
        <translation>Quando gostaria de voar de %1 para %2?</translation>
    </message>
    <message>
        <source>Searching flights from %1 to %2 on %3</source>
        <translation>A pesquisar voos de %1 para %2 a %3</translation>
    </message>
    <message>
        <source>returning %1</source>
        <translation>com regresso a %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>I found no flights matching all your conditions. Try allowing stops, another airline or a higher budget.</source>
        <translation>Não encontrei voos que cumpram todas as suas condições. Experimente permitir escalas, outra companhia aérea ou um orçamento mais alto.</translation>
    </message>
    <message>
        <source>I found no flights for that day. Try another date or a nearby airport.</source>
        <translation>Não encontrei voos para esse dia. Experimente outra data ou um aeroporto próximo.</translation>
    </message>
    <message numerus="yes">
        <source>I found %n offer(s).</source>
        <translation>
            <numerusform>Encontrei %n oferta.</numerusform>
            <numerusform>Encontrei %n ofertas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cheapest is %1 with %2.</source>
        <translation>A mais barata custa %1 com %2.</translation>
    </message>
    <message>
        <source>The fastest takes %1 h %2 min.</source>
        <translation>A mais rápida demora %1 h %2 min.</translation>
    </message>
    <message>
        <source>(Sandbox fares: realistic examples, not bookable.)</source>
        <translation>(Tarifas de demonstração: exemplos realistas, não reserváveis.)</translation>
    </message>
    <message>
        <source>I could not find any way to fly between those places. Try a nearby larger city or airport.</source>
        <translation>Não encontrei nenhuma forma de voar entre esses locais. Experimente uma cidade maior ou um aeroporto próximo.</translation>
    </message>
    <message>
        <source>That search could not be made as it is. Please check the places and dates.</source>
        <translation>Não foi possível fazer essa pesquisa tal como está. Verifique os locais e as datas.</translation>
    </message>
    <message>
        <source>I could not reach the flight provider. Check your connection and try again.</source>
        <translation>Não consegui contactar o fornecedor de voos. Verifique a sua ligação e tente novamente.</translation>
    </message>
    <message>
        <source>The flight provider took too long to answer. Please try again in a moment.</source>
        <translation>O fornecedor de voos demorou demasiado a responder. Tente novamente dentro de momentos.</translation>
    </message>
    <message>
        <source>The flight provider refused the credentials. Check them in the settings.</source>
        <translation>O fornecedor de voos recusou as credenciais. Verifique-as nas definições.</translation>
    </message>
    <message>
        <source>The flight provider asks us to slow down. Please try again in a minute.</source>
        <translation>O fornecedor de voos pede-nos para abrandar. Tente novamente dentro de um minuto.</translation>
    </message>
    <message>
        <source>The flight provider had a problem with this search. Please try again later.</source>
        <translation>O fornecedor de voos teve um problema com esta pesquisa. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Search cancelled. Change anything you like and I will search again.</source>
        <translation>Pesquisa cancelada. Altere o que quiser e eu pesquiso novamente.</translation>
    </message>
    <message>
        <source>economy</source>
        <translation>classe económica</translation>
    </message>
    <message>
        <source>premium economy</source>
        <translation>económica premium</translation>
    </message>
    <message>
        <source>business class</source>
        <translation>classe executiva</translation>
    </message>
    <message>
        <source>first class</source>
        <translation>primeira classe</translation>
    </message>
    <message>
        <source>Sorry, I did not understand that. You can change the date, the travellers or the cabin (&quot;make it Tuesday&quot;, &quot;2 adults&quot;, &quot;business class&quot;), or ask for another trip.</source>
        <translation>Desculpe, não percebi. Pode alterar a data, os viajantes ou a classe («antes na terça», «2 adultos», «classe executiva») ou pedir outra viagem.</translation>
    </message>
    <message>
        <source>non-stop only</source>
        <translation>apenas voos diretos</translation>
    </message>
    <message>
        <source>(I search the first of those days; name another day to see it)</source>
        <translation>(pesquiso o primeiro desses dias; indique outro dia para o ver)</translation>
    </message>
    <message>
        <source>This flight provider cannot do that. Choose another provider in the settings.</source>
        <translation>Este fornecedor de voos não permite isso. Escolha outro fornecedor nas definições.</translation>
    </message>
    <message>
        <source>That offer is no longer available. Search again for the current fares.</source>
        <translation>Essa oferta já não está disponível. Pesquise de novo para ver as tarifas atuais.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) earlier or later too</source>
        <translation>
            <numerusform>também %n dia antes ou depois</numerusform>
            <numerusform>também %n dias antes ou depois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 no flights</source>
        <translation>%1 sem voos</translation>
    </message>
    <message>
        <source>Cheapest by day: %1.</source>
        <translation>O mais barato por dia: %1.</translation>
    </message>
    <message>
        <source>(%1 of the %2 searches could not be made; the offers come from the others.)</source>
        <translation>(%1 das %2 pesquisas não pôde ser feita; as ofertas vêm das outras.)</translation>
    </message>
</context>
<context>
    <name>SessionImporter</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>O ficheiro %1 não existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a conversation file.</source>
        <translation>%1 é uma pasta, não um ficheiro de conversa.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB, too large for a conversation.</source>
        <translation>O ficheiro %1 tem mais de %2 MiB, demasiado para uma conversa.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Não é possível ler o ficheiro %1: %2</translation>
    </message>
</context>
<context>
    <name>SessionJson</name>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>campo desconhecido «%1»</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>falta o campo «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>«%1» tem de ser um texto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 time with a time zone offset (got &quot;%2&quot;)</source>
        <translation>«%1» tem de ser uma hora ISO 8601 com desvio de fuso horário (recebido «%2»)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>«%1» tem de ser uma lista</translation>
    </message>
    <message>
        <source>an offer must be an object</source>
        <translation>uma oferta tem de ser um objeto</translation>
    </message>
    <message>
        <source>the offer cannot be restored (its id, price, currency, times or flights are missing or malformed)</source>
        <translation>a oferta não pode ser restaurada (id, preço, moeda, horas ou voos em falta ou malformados)</translation>
    </message>
    <message>
        <source>the offer is not in the exported format (a field was changed, added or is missing)</source>
        <translation>a oferta não está no formato exportado (um campo foi alterado, acrescentado ou falta)</translation>
    </message>
    <message>
        <source>a message must be an object</source>
        <translation>uma mensagem tem de ser um objeto</translation>
    </message>
    <message>
        <source>&quot;role&quot; must be user, assistant or system (got &quot;%1&quot;)</source>
        <translation>«role» tem de ser user, assistant ou system (recebido «%1»)</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>o texto tem mais de %1 caracteres</translation>
    </message>
    <message>
        <source>a highlight must be [start, end] inside the message text</source>
        <translation>um destaque tem de ser [início, fim] dentro do texto da mensagem</translation>
    </message>
    <message>
        <source>&quot;offer_count&quot; must be a whole number of zero or more</source>
        <translation>«offer_count» tem de ser um número inteiro igual ou superior a zero</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, too large for a conversation.</source>
        <translation>O ficheiro tem mais de %1 MiB, demasiado para uma conversa.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>O ficheiro não é JSON válido (%1 no byte %2).</translation>
    </message>
    <message>
        <source>The file is not an exported conversation (no JSON object).</source>
        <translation>O ficheiro não é uma conversa exportada (sem objeto JSON).</translation>
    </message>
    <message>
        <source>The file is not an exported conversation (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>O ficheiro não é uma conversa exportada (o seu «format» não é «%1»).</translation>
    </message>
    <message>
        <source>The file is a conversation in format version %1; this program reads version %2 only.</source>
        <translation>O ficheiro é uma conversa no formato versão %1; este programa só lê a versão %2.</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>tem de ser um objeto</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters</source>
        <translation>o título tem mais de %1 caracteres</translation>
    </message>
    <message>
        <source>&quot;source&quot; must be app or cli (got &quot;%1&quot;)</source>
        <translation>«source» tem de ser app ou cli (recebido «%1»)</translation>
    </message>
    <message>
        <source>The conversation file is not valid: %1.</source>
        <translation>O ficheiro de conversa não é válido: %1.</translation>
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
        <translation>Compatível com Amadeus</translation>
    </message>
    <message>
        <source>Sandbox (loading your %1 credentials…)</source>
        <translation>Demo (a carregar as suas credenciais %1…)</translation>
    </message>
    <message>
        <source>Sandbox (no keychain available: enter your %1 credentials in Settings; they are kept until you quit)</source>
        <translation>Demo (nenhum porta-chaves disponível: introduza as suas credenciais %1 nas Definições; ficam guardadas até sair)</translation>
    </message>
    <message>
        <source>Sandbox (no %1 credentials yet: enter them in Settings)</source>
        <translation>Demo (ainda sem credenciais %1: introduza-as nas Definições)</translation>
    </message>
    <message>
        <source>Sandbox (%1 could not be started: check the endpoint in Settings)</source>
        <translation>Demo (não foi possível iniciar %1: verifique o endereço nas Definições)</translation>
    </message>
    <message>
        <source>%1 (credentials kept in memory until you quit)</source>
        <translation>%1 (credenciais guardadas em memória até sair)</translation>
    </message>
    <message>
        <source>Sandbox (loading the credentials of every provider…)</source>
        <translation>Sandbox (a carregar as credenciais de cada fornecedor…)</translation>
    </message>
    <message>
        <source>Sandbox (no other provider has credentials yet: enter them in Settings)</source>
        <translation>Sandbox (nenhum outro fornecedor tem credenciais ainda: introduza-as nas Definições)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>&amp;Flight provider:</source>
        <translation>&amp;Fornecedor de voos:</translation>
    </message>
    <message>
        <source>Flight provider</source>
        <translation>Fornecedor de voos</translation>
    </message>
    <message>
        <source>Duffel account</source>
        <translation>Conta Duffel</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acesso:</translation>
    </message>
    <message>
        <source>Duffel access token</source>
        <translation>Token de acesso Duffel</translation>
    </message>
    <message>
        <source>Amadeus-compatible account</source>
        <translation>Conta compatível com Amadeus</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Amadeus client ID</source>
        <translation>ID de cliente Amadeus</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Segredo de cliente:</translation>
    </message>
    <message>
        <source>Amadeus client secret</source>
        <translation>Segredo de cliente Amadeus</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avançado</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;URL do serviço:</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL do serviço</translation>
    </message>
    <message>
        <source>Leave empty to use the provider&apos;s own address.</source>
        <translation>Deixe vazio para usar o endereço do próprio fornecedor.</translation>
    </message>
    <message>
        <source>&amp;Forget stored credentials</source>
        <translation>&amp;Esquecer as credenciais guardadas</translation>
    </message>
    <message>
        <source>For example https://api.example.com</source>
        <translation>Por exemplo https://api.example.com</translation>
    </message>
    <message>
        <source>No keychain is available on this system: the credentials are kept in memory until you quit.</source>
        <translation>Não há nenhum porta-chaves disponível neste sistema: as credenciais ficam guardadas em memória até sair.</translation>
    </message>
    <message>
        <source>Sandbox (offline, no account)</source>
        <translation>Demo (offline, sem conta)</translation>
    </message>
    <message>
        <source>Duffel</source>
        <translation>Duffel</translation>
    </message>
    <message>
        <source>Amadeus-compatible</source>
        <translation>Compatível com Amadeus</translation>
    </message>
    <message>
        <source>Real offers from Duffel. You need an access token from your Duffel account.</source>
        <translation>Ofertas reais da Duffel. Precisa de um token de acesso da sua conta Duffel.</translation>
    </message>
    <message>
        <source>Offers from an Amadeus-compatible service. You need the client ID and secret your provider gave you.</source>
        <translation>Ofertas de um serviço compatível com Amadeus. Precisa do ID de cliente e do segredo que o seu fornecedor lhe deu.</translation>
    </message>
    <message>
        <source>Generated fares for trying the app out. Works offline; they cannot be booked.</source>
        <translation>Tarifas geradas para experimentar a aplicação. Funciona offline; não podem ser reservadas.</translation>
    </message>
    <message>
        <source>Not set yet.</source>
        <translation>Ainda não definido.</translation>
    </message>
    <message>
        <source>Kept in memory until you quit.</source>
        <translation>Guardado em memória até sair.</translation>
    </message>
    <message>
        <source>Partly set, kept in memory until you quit.</source>
        <translation>Definido em parte, guardado em memória até sair.</translation>
    </message>
    <message>
        <source>Stored in the keychain. Type a new value to replace it.</source>
        <translation>Guardado no porta-chaves. Escreva um novo valor para o substituir.</translation>
    </message>
    <message>
        <source>Partly stored in the keychain: fill in what is missing.</source>
        <translation>Guardado em parte no porta-chaves: preencha o que falta.</translation>
    </message>
    <message>
        <source>Stored (hidden)</source>
        <translation>Guardado (oculto)</translation>
    </message>
    <message>
        <source>Paste your access token</source>
        <translation>Cole o seu token de acesso</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>A verificar o porta-chaves…</translation>
    </message>
    <message>
        <source>The keychain could not remove the credentials. Try again, or remove them with your system&apos;s password manager.</source>
        <translation>O porta-chaves não conseguiu remover as credenciais. Tente novamente ou remova-as com o gestor de palavras-passe do seu sistema.</translation>
    </message>
    <message>
        <source>The credentials were forgotten.</source>
        <translation>As credenciais foram esquecidas.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused, so nothing was saved. Save again and allow access when the system asks.</source>
        <translation>O acesso ao porta-chaves foi recusado, por isso nada foi guardado. Guarde novamente e permita o acesso quando o sistema pedir.</translation>
    </message>
    <message>
        <source>The keychain could not save the credentials, so nothing was saved. Check that your keychain is unlocked and try again.</source>
        <translation>O porta-chaves não conseguiu guardar as credenciais, por isso nada foi guardado. Verifique se o porta-chaves está desbloqueado e tente novamente.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Enter your Duffel access token, or choose the sandbox.</source>
        <translation>Introduza o seu token de acesso Duffel ou escolha a demo.</translation>
    </message>
    <message>
        <source>Enter both the client ID and the client secret, or choose the sandbox.</source>
        <translation>Introduza o ID de cliente e o segredo de cliente, ou escolha a demo.</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>A guardar no porta-chaves…</translation>
    </message>
    <message>
        <source>Removing from the keychain…</source>
        <translation>A remover do porta-chaves…</translation>
    </message>
    <message>
        <source>The endpoint must be a web address such as https://api.example.com.</source>
        <translation>O serviço tem de ser um endereço web como https://api.example.com.</translation>
    </message>
    <message>
        <source>The endpoint must use https:// (plain http:// is only allowed for a sandbox on this computer).</source>
        <translation>O serviço tem de usar https:// (http:// só é permitido para uma demo neste computador).</translation>
    </message>
    <message>
        <source>Search every provider that has &amp;credentials at once</source>
        <translation>Pesquisar ao mesmo tempo em cada fornecedor com &amp;credenciais</translation>
    </message>
    <message>
        <source>Duffel and Amadeus-compatible are searched together when their credentials are stored, and their offers merged. The sandbox joins only when no other provider is ready, or when it is the provider chosen above.</source>
        <translation>Duffel e compatível com Amadeus são pesquisados em conjunto quando as suas credenciais estão guardadas, e as ofertas juntadas. A sandbox só se junta quando nenhum outro fornecedor está pronto, ou quando é o fornecedor escolhido acima.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Find flights by telling the assistant what you want, in your own words.</source>
        <translation>Encontre voos dizendo ao assistente o que pretende, por palavras suas.</translation>
    </message>
    <message>
        <source>Keep the history and settings in &lt;dir&gt;.</source>
        <translation>Guardar o histórico e as definições em &lt;pasta&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>pasta</translation>
    </message>
</context>
</TS>
