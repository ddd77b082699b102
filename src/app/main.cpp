// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app: command line, translations, and the wiring of provider, history store,
// controller and window. Nothing here reads the disk on the GUI thread before the window shows.
#include "ChatWindow.h"
#include "HistoryStorageDialog.h"
#include "SettingsApplier.h"
#include "assistant/ChatController.h"
#include "diagnostics/LoggingCategories.h"
#include "geo/GeoDatabase.h"
#include "secrets/FallbackSecretStore.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/SessionStore.h"
#include "util/AppInfo.h"
#include "util/HistorySettings.h"
#include "util/ProviderSettings.h"

#include "BookingVersion.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QPromise>
#include <QScopeGuard>
#include <QSettings>
#include <QStyleFactory>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent>

#include <memory>

int main(int argc, char *argv[]) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    AppInfo::configureApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Booking Assistant"));
    // Wayland and the desktop shells match windows to the installed desktop entry by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral(BOOKING_APP_ID));
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
    // Where the history is kept (File > History Storage…): the SQLite file of the data folder, or
    // a shared PostgreSQL database whose password comes from the keychain, asynchronously. The
    // store's database thread waits for it, so calls made meanwhile queue behind the open.
    const HistoryConnection history = HistorySettings::load(settings, dataDir);
    SessionStore store(history);
    // Work of the global thread pool that writes through the store (a conversation being
    // imported) ends before the store goes: destroyed in reverse order, this guard runs first.
    const auto drainWorkers = qScopeGuard([] { QThreadPool::globalInstance()->waitForDone(); });
    QFuture<StoreOpenResult> opening;
    // Declared after the store, so it goes first: a password never delivered (the app quit
    // before the keychain answered) is cancelled, which lets the store's thread finish.
    auto historyPassword = std::make_shared<QPromise<QString>>();
    if (history.isPostgreSql()) {
        historyPassword->start();
        opening = store.open(historyPassword->future());
        SecretJob *job = secrets.read(history.secretKey());
        QObject::connect(job, &SecretJob::finished, job,
                         [job, weak = std::weak_ptr<QPromise<QString>>(historyPassword)] {
                             if (const auto promise = weak.lock()) {
                                 if (job->isOk())
                                     promise->addResult(job->value());
                                 promise->finish();
                             }
                             job->deleteLater();
                         });
    } else {
        opening = store.open();
    }
    ChatController controller(providers.provider(), &store);
    controller.setSource(QStringLiteral("app"));

    ChatWindow window(&controller, &store);
    providers.attach(&controller, &window);
    window.setHistoryLocation(history.isPostgreSql() ? history.displayName() : databasePath);
    // File > History Storage…: saved settings take effect at the next start (offered at once).
    QObject::connect(&window, &ChatWindow::historyStorageRequested, &window, [&] {
        auto *dialog = new HistoryStorageDialog(&secrets, &settings, dataDir, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &HistoryStorageDialog::saved, &window,
                         [&window, inUse = store.connection()](const HistoryConnection &saved) {
                             const bool moved = saved.backend != inUse.backend ||
                                                saved.displayName() != inUse.displayName() ||
                                                saved.sslMode != inUse.sslMode;
                             if (moved || !window.isHistoryAvailable())
                                 HistoryStorageDialog::askToRestart(&window);
                         });
        dialog->open();
    });
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
