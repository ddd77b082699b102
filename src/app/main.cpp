// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app: command line, translations, and the wiring of provider, history store,
// controller and window. Nothing here reads the disk on the GUI thread before the window shows.
#include "ChatWindow.h"
#include "assistant/ChatController.h"
#include "diagnostics/LoggingCategories.h"
#include "geo/GeoDatabase.h"
#include "providers/sandbox/SandboxProvider.h"
#include "storage/SessionStore.h"
#include "util/AppInfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QStyleFactory>
#include <QTimer>
#include <QtConcurrent>

int main(int argc, char *argv[]) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    AppInfo::configureApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Booking Assistant"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/booking/icons/booking-assistant.svg")));

    AppInfo::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Find flights by telling the assistant what you want, in your own words."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QApplication::translate("main", "Keep the history and settings in <dir>."),
        QApplication::translate("main", "dir"));
    parser.addOption(dataDirOption);
    parser.process(app);

    // Load the airport, city and airline tables off the GUI thread while the window comes up.
    // The result is not needed here: the first parse or search finds the tables loaded (or
    // waits for this same one-time load on its own worker thread).
    auto warmUp = QtConcurrent::run([] { GeoDatabase::instance(); });
    Q_UNUSED(warmUp)

    const QString dataDir = AppInfo::dataDir(parser.value(dataDirOption));
    const QString databasePath = SessionStore::databasePathFor(dataDir);

    SandboxProvider provider;
    // Feel like a real search (300-600 ms, the same for the same request) so the busy state shows.
    provider.setLatencyMs(SandboxProvider::RealisticLatency);
    SessionStore store(databasePath);
    const QFuture<StoreOpenResult> opening = store.open();
    ChatController controller(&provider, &store);
    controller.setSource(QStringLiteral("app"));

    ChatWindow window(&controller, &store);
    window.setProviderName(QApplication::translate("main", "Sandbox"));
    window.setHistoryLocation(databasePath);
    window.attachHistory(opening);
    window.resize(1200, 800);
    window.show();
    // Once the first frame is out and events flow, the window answers the person: measured by
    // bench/bench_startup (enable with QT_LOGGING_RULES="booking.gui.info=true").
    QTimer::singleShot(0, &window, [&sinceStart] {
        qCInfo(lcGui, "interactive after %lld ms", static_cast<long long>(sinceStart.elapsed()));
    });
    return QApplication::exec();
}
