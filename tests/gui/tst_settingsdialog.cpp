// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsDialog (offscreen, a MemorySecretStore injected): fill, save, reopen shows the
// provider and that a token is stored without showing it; validation; forgetting; the
// no-keychain message; and SettingsApplier switching the controller's provider.
#include "ChatWindow.h"
#include "SettingsApplier.h"
#include "SettingsDialog.h"
#include "assistant/ChatController.h"
#include "providers/FlightProvider.h"
#include "secrets/FallbackSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "util/ProviderSettings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
constexpr int Wait = 20000; // a generous wait for asynchronous work, not a performance limit

template <typename T> T *child(QObject *parent, const char *name) {
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QPushButton *saveButton(SettingsDialog *dialog) {
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save);
}
} // namespace

class TestSettingsDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    std::unique_ptr<SettingsDialog> openDialog(SecretStore *store) {
        auto dialog = std::make_unique<SettingsDialog>(store, m_settings.get());
        dialog->show();
        // The dialog first checks which secrets are stored, without blocking.
        if (!QTest::qWaitFor([&dialog] { return !dialog->isBusy(); }, Wait))
            qWarning("the settings dialog is still checking the stored secrets");
        return dialog;
    }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        QFile::remove(ProviderSettings::settingsPathFor(m_dir.path()));
        m_settings = std::make_unique<QSettings>(ProviderSettings::settingsPathFor(m_dir.path()),
                                                 QSettings::IniFormat);
    }

    void defaultsToTheSandbox() {
        MemorySecretStore store;
        auto dialog = openDialog(&store);
        QVERIFY(!dialog->isBusy());
        QCOMPARE(dialog->selectedProvider(), QStringLiteral("sandbox"));
        QVERIFY(!child<QWidget>(dialog.get(), "duffelGroup")->isVisible());
        QVERIFY(!child<QWidget>(dialog.get(), "amadeusGroup")->isVisible());
        QVERIFY(dialog->message().isEmpty());
        QVERIFY(!dialog->isShowingNoKeychain());
    }

    void saveDuffelThenReopenShowsItStoredButHidden() {
        MemorySecretStore store;
        {
            auto dialog = openDialog(&store);
            QSignalSpy saved(dialog.get(), &SettingsDialog::saved);
            dialog->selectProvider(QStringLiteral("duffel"));
            QVERIFY(child<QWidget>(dialog.get(), "duffelGroup")->isVisible());
            auto *token = child<QLineEdit>(dialog.get(), "duffelTokenEdit");
            QCOMPARE(token->echoMode(), QLineEdit::Password);
            QTest::keyClicks(token, QStringLiteral("duffel_test_secret42"));
            child<QLineEdit>(dialog.get(), "endpointEdit")
                ->setText(QStringLiteral("http://127.0.0.1:8089"));
            QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
            // Saving is asynchronous: the form is disabled while the keychain works.
            QVERIFY(dialog->isBusy());
            QVERIFY(!saveButton(dialog.get())->isEnabled());
            QVERIFY(child<QWidget>(dialog.get(), "progressRow")->isVisible());
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, Wait);
            QCOMPARE(dialog->result(), int(QDialog::Accepted));
            QVERIFY(!dialog->isShowingNoKeychain());
        }
        QVERIFY(store.contains(QStringLiteral("duffel/token")));
        // QSettings holds the choice, never the secret.
        m_settings->sync();
        QCOMPARE(m_settings->value(QStringLiteral("provider/id")).toString(),
                 QStringLiteral("duffel"));
        QCOMPARE(m_settings->value(QStringLiteral("provider/endpoint")).toString(),
                 QStringLiteral("http://127.0.0.1:8089"));
        QFile file(ProviderSettings::settingsPathFor(m_dir.path()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("duffel_test_secret42"));

        auto reopened = openDialog(&store);
        QCOMPARE(reopened->selectedProvider(), QStringLiteral("duffel"));
        QVERIFY(reopened->isStored(QStringLiteral("duffel/token")));
        auto *token = child<QLineEdit>(reopened.get(), "duffelTokenEdit");
        QVERIFY(token->text().isEmpty()); // the secret is never shown
        QVERIFY(!token->placeholderText().contains(QStringLiteral("secret42")));
        QVERIFY(!child<QLabel>(reopened.get(), "duffelState")->text().isEmpty());
        QCOMPARE(child<QLineEdit>(reopened.get(), "endpointEdit")->text(),
                 QStringLiteral("http://127.0.0.1:8089"));

        // Saving again with the field left empty keeps the stored token.
        QSignalSpy saved(reopened.get(), &SettingsDialog::saved);
        QTest::mouseClick(saveButton(reopened.get()), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, Wait);
        std::unique_ptr<SecretJob> read(store.read(QStringLiteral("duffel/token")));
        QSignalSpy readDone(read.get(), &SecretJob::finished);
        QVERIFY(readDone.wait(Wait));
        QCOMPARE(read->value(), QStringLiteral("duffel_test_secret42"));
    }

    void amadeusNeedsBothAndSavesBoth() {
        MemorySecretStore store;
        auto dialog = openDialog(&store);
        QSignalSpy saved(dialog.get(), &SettingsDialog::saved);
        dialog->selectProvider(QStringLiteral("amadeus"));
        child<QLineEdit>(dialog.get(), "amadeusClientIdEdit")->setText(QStringLiteral("my-id"));
        QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
        QVERIFY(!dialog->isBusy()); // refused at once: the secret is missing
        QVERIFY(!dialog->message().isEmpty());
        QCOMPARE(saved.count(), 0);
        QCOMPARE(store.count(), 0);
        child<QLineEdit>(dialog.get(), "amadeusClientSecretEdit")
            ->setText(QStringLiteral("my-secret"));
        QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, Wait);
        QVERIFY(store.contains(QStringLiteral("amadeus/client_id")));
        QVERIFY(store.contains(QStringLiteral("amadeus/client_secret")));
        QCOMPARE(saved.first().first().value<ProviderSettings>().providerId,
                 QStringLiteral("amadeus"));
    }

    void endpointMustBeSafe_data() {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("https") << QStringLiteral("https://api.example.com") << true;
        QTest::newRow("local http") << QStringLiteral("http://127.0.0.1:9000") << true;
        QTest::newRow("localhost http") << QStringLiteral("http://localhost:9000") << true;
        QTest::newRow("remote http") << QStringLiteral("http://api.example.com") << false;
        QTest::newRow("not a url") << QStringLiteral("api example") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << false;
    }
    void endpointMustBeSafe() {
        QFETCH(QString, endpoint);
        QFETCH(bool, accepted);
        MemorySecretStore store;
        auto dialog = openDialog(&store);
        QSignalSpy saved(dialog.get(), &SettingsDialog::saved);
        dialog->selectProvider(QStringLiteral("duffel"));
        child<QLineEdit>(dialog.get(), "duffelTokenEdit")->setText(QStringLiteral("t"));
        child<QLineEdit>(dialog.get(), "endpointEdit")->setText(endpoint);
        QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
        if (accepted) {
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, Wait);
        } else {
            QVERIFY(!dialog->isBusy());
            QVERIFY(!dialog->message().isEmpty());
            QCOMPARE(saved.count(), 0);
            QCOMPARE(store.count(), 0);
        }
    }

    void forgetRemovesTheProvidersSecrets() {
        MemorySecretStore store;
        {
            std::unique_ptr<SecretJob> w(
                store.write(QStringLiteral("duffel/token"), QStringLiteral("x")));
        }
        m_settings->setValue(QStringLiteral("provider/id"), QStringLiteral("duffel"));
        auto dialog = openDialog(&store);
        QVERIFY(dialog->isStored(QStringLiteral("duffel/token")));
        QSignalSpy forgotten(dialog.get(), &SettingsDialog::credentialsForgotten);
        QTest::mouseClick(child<QPushButton>(dialog.get(), "forgetButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(forgotten.count(), 1, Wait);
        QVERIFY(!store.contains(QStringLiteral("duffel/token")));
        QVERIFY(!dialog->isStored(QStringLiteral("duffel/token")));
    }

    void noKeychainKeepsThemInMemoryAndSaysSo() {
        auto *keychain = new MemorySecretStore;
        keychain->setFailure(SecretJob::Status::NoKeychain, QStringLiteral("no secret service"));
        FallbackSecretStore store(keychain);
        auto dialog = openDialog(&store);
        // Already the first reads found no keychain: the dialog says so before saving.
        QVERIFY(dialog->isShowingNoKeychain());
        QCOMPARE(dialog->message(), SettingsDialog::noKeychainMessage());
        QSignalSpy saved(dialog.get(), &SettingsDialog::saved);
        dialog->selectProvider(QStringLiteral("duffel"));
        child<QLineEdit>(dialog.get(), "duffelTokenEdit")->setText(QStringLiteral("mem-token"));
        QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, Wait);
        // It stays open so that the person reads why, with the message shown.
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->message(), SettingsDialog::noKeychainMessage());
        QVERIFY(child<QLabel>(dialog.get(), "messageLabel")->isVisible());
        QVERIFY(!keychain->contains(QStringLiteral("duffel/token")));
        std::unique_ptr<SecretJob> read(store.read(QStringLiteral("duffel/token")));
        QSignalSpy readDone(read.get(), &SecretJob::finished);
        QVERIFY(readDone.wait(Wait));
        QCOMPARE(read->value(), QStringLiteral("mem-token"));
        QVERIFY(read->isInMemoryOnly());
    }

    void deniedSavesNothing() {
        MemorySecretStore store;
        auto dialog = openDialog(&store);
        store.setFailure(SecretJob::Status::Denied);
        QSignalSpy saved(dialog.get(), &SettingsDialog::saved);
        dialog->selectProvider(QStringLiteral("duffel"));
        child<QLineEdit>(dialog.get(), "duffelTokenEdit")->setText(QStringLiteral("t"));
        QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), Wait);
        QCOMPARE(saved.count(), 0);
        QVERIFY(!dialog->message().isEmpty());
        QVERIFY(!dialog->isShowingNoKeychain());
        QVERIFY(!m_settings->contains(QStringLiteral("provider/id")));
        QVERIFY(saveButton(dialog.get())->isEnabled()); // the person can try again
    }

    void theWindowMenuOpensSettings() {
        ChatWindow window(nullptr, nullptr);
        QAction *action = window.settingsAction();
        QVERIFY(action);
        QCOMPARE(action->menuRole(), QAction::PreferencesRole);
        QVERIFY(window.findChild<QMenu *>(QStringLiteral("menuFile"))->actions().contains(action));
        QSignalSpy requested(&window, &ChatWindow::settingsRequested);
        action->trigger();
        QCOMPARE(requested.count(), 1);
    }

    void applierUsesTheSandboxUntilCredentialsLoad() {
        MemorySecretStore store;
        SettingsApplier applier(&store, m_settings.get());
        applier.setInstantSandbox(true);
        ChatController controller(applier.provider(), nullptr);
        ChatWindow window(&controller, nullptr);
        applier.attach(&controller, &window);
        QCOMPARE(applier.activeProviderId(), QStringLiteral("sandbox"));

        // Duffel chosen but no token anywhere: the sandbox stays, and the status says why.
        qunsetenv("BOOKING_DUFFEL_TOKEN");
        m_settings->setValue(QStringLiteral("provider/id"), QStringLiteral("duffel"));
        QSignalSpy applied(&applier, &SettingsApplier::applied);
        applier.apply();
        QVERIFY(applier.isLoading());
        QVERIFY(applier.statusText().contains(QStringLiteral("Sandbox")));
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, Wait);
        QCOMPARE(applier.activeProviderId(), QStringLiteral("sandbox"));
        QCOMPARE(controller.provider(), applier.provider());
        QVERIFY(applier.statusText().contains(QStringLiteral("Settings")));

        // With a token in the store, Duffel takes over.
        std::unique_ptr<SecretJob> w(
            store.write(QStringLiteral("duffel/token"), QStringLiteral("duffel_test_x")));
        QSignalSpy changed(&applier, &SettingsApplier::providerChanged);
        applier.apply();
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 2, Wait);
        QCOMPARE(applier.activeProviderId(), QStringLiteral("duffel"));
        QCOMPARE(controller.provider()->id(), QStringLiteral("duffel"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!applier.statusText().contains(QStringLiteral("duffel_test_x")));

        // Back to the sandbox.
        m_settings->setValue(QStringLiteral("provider/id"), QStringLiteral("sandbox"));
        applier.apply();
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 3, Wait);
        QCOMPARE(controller.provider()->id(), QStringLiteral("sandbox"));
    }
    void searchAllIsSavedAndReopened() {
        MemorySecretStore store;
        {
            auto dialog = openDialog(&store);
            auto *box = child<QCheckBox>(dialog.get(), "searchAllCheck");
            QVERIFY(!box->isChecked());
            QSignalSpy saved(dialog.get(), &SettingsDialog::saved);
            box->setChecked(true);
            QTest::mouseClick(saveButton(dialog.get()), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, Wait);
        }
        m_settings->sync();
        QCOMPARE(m_settings->value(QStringLiteral("provider/search_all")).toBool(), true);
        QVERIFY(ProviderSettings::load(*m_settings).searchAll);
        auto reopened = openDialog(&store);
        QVERIFY(reopened->searchesAllProviders());
        QVERIFY(child<QCheckBox>(reopened.get(), "searchAllCheck")->isChecked());
    }

    void applierSearchesEveryProviderWithCredentials() {
        qunsetenv("BOOKING_DUFFEL_TOKEN");
        qunsetenv("BOOKING_AMADEUS_CLIENT_ID");
        qunsetenv("BOOKING_AMADEUS_CLIENT_SECRET");
        MemorySecretStore store;
        SettingsApplier applier(&store, m_settings.get());
        applier.setInstantSandbox(true);
        ChatController controller(applier.provider(), nullptr);
        ChatWindow window(&controller, nullptr);
        applier.attach(&controller, &window);
        QSignalSpy applied(&applier, &SettingsApplier::applied);
        const auto ids = [](const QList<FlightProvider *> &providers) {
            QStringList list;
            for (FlightProvider *p : providers)
                list.append(p->id());
            return list;
        };

        // Nothing has credentials: the sandbox alone.
        ProviderSettings all;
        all.providerId = QStringLiteral("duffel");
        all.searchAll = true;
        all.save(*m_settings);
        applier.apply();
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, Wait);
        QCOMPARE(ids(applier.providers()), QStringList{QStringLiteral("sandbox")});
        QCOMPARE(ids(controller.providers()), QStringList{QStringLiteral("sandbox")});

        // Duffel and Amadeus both have credentials: both at once, without the sandbox.
        std::unique_ptr<SecretJob> w1(
            store.write(QStringLiteral("duffel/token"), QStringLiteral("duffel_test_x")));
        std::unique_ptr<SecretJob> w2(
            store.write(QStringLiteral("amadeus/client_id"), QStringLiteral("client")));
        std::unique_ptr<SecretJob> w3(
            store.write(QStringLiteral("amadeus/client_secret"), QStringLiteral("secret")));
        applier.apply();
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 2, Wait);
        QCOMPARE(ids(applier.providers()),
                 (QStringList{QStringLiteral("duffel"), QStringLiteral("amadeus")}));
        QCOMPARE(ids(controller.providers()), ids(applier.providers()));
        QCOMPARE(applier.activeProviderId(), QStringLiteral("duffel"));
        QVERIFY2(applier.statusText().contains(QStringLiteral("Duffel")) &&
                     applier.statusText().contains(QStringLiteral("Amadeus")),
                 qPrintable(applier.statusText()));
        QVERIFY(!applier.statusText().contains(QStringLiteral("Sandbox")));

        // The sandbox joins when it is the chosen provider.
        all.providerId = QStringLiteral("sandbox");
        all.save(*m_settings);
        applier.apply();
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 3, Wait);
        QCOMPARE(ids(controller.providers()),
                 (QStringList{QStringLiteral("duffel"), QStringLiteral("amadeus"),
                              QStringLiteral("sandbox")}));

        // Unticked: one provider again.
        all.searchAll = false;
        all.save(*m_settings);
        applier.apply();
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 4, Wait);
        QCOMPARE(ids(controller.providers()), QStringList{QStringLiteral("sandbox")});
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
