// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app: command line, translations, and the wiring of provider, history store,
// controller and window. Nothing here reads the disk on the GUI thread before the window shows.
#include "ChatWindow.h"
#include "SettingsApplier.h"
#include "assistant/ChatController.h"
#include "diagnostics/LoggingCategories.h"
#include "geo/GeoDatabase.h"
#include "secrets/FallbackSecretStore.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/SessionStore.h"
#include "util/AppInfo.h"
#include "util/ProviderSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QSettings>
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

    // The provider choice lives in settings.ini next to the history; its credentials only in the
    // keychain (or, where no keychain works, in memory until the app quits).
    QSettings settings(ProviderSettings::settingsPathFor(dataDir), QSettings::IniFormat);
    FallbackSecretStore secrets(new KeychainSecretStore);
    // The sandbox serves until the chosen provider's credentials are loaded (asynchronously).
    SettingsApplier providers(&secrets, &settings);
    SessionStore store(databasePath);
    const QFuture<StoreOpenResult> opening = store.open();
    ChatController controller(providers.provider(), &store);
    controller.setSource(QStringLiteral("app"));

    ChatWindow window(&controller, &store);
    providers.attach(&controller, &window);
    window.setHistoryLocation(databasePath);
    window.attachHistory(opening);
    window.resize(1200, 800);
    window.show();
    // Then the saved provider and its credentials, from the event loop (the keychain answers
    // asynchronously; the sandbox serves meanwhile and the status bar says so).
    QTimer::singleShot(0, &providers, &SettingsApplier::apply);
    // Once the first frame is out and events flow, the window answers the person: measured by
    // bench/bench_startup (enable with QT_LOGGING_RULES="booking.gui.info=true").
    QTimer::singleShot(0, &window, [&sinceStart] {
        qCInfo(lcGui, "interactive after %lld ms", static_cast<long long>(sinceStart.elapsed()));
    });
    return QApplication::exec();
}
