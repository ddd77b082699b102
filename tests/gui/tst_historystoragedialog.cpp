// SPDX-License-Identifier: GPL-3.0-or-later
// File › History Storage…: the choice goes to settings.ini, the password only to the SecretStore,
// and "Test connection" answers in a sentence without blocking (against the real PostgreSQL
// server of ctest's "postgres" fixture).
#include "HistoryStorageDialog.h"
#include "PostgresTestServer.h"
#include "secrets/MemorySecretStore.h"
#include "storage/SessionStore.h"
#include "util/HistorySettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

namespace {
template <typename T> T *child(QDialog &dialog, const char *name) {
    T *widget = dialog.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

void fill(QDialog &dialog, const HistoryConnection &connection) {
    child<QRadioButton>(dialog, "serverRadio")->setChecked(true);
    child<QLineEdit>(dialog, "hostEdit")->setText(connection.host);
    child<QSpinBox>(dialog, "portSpin")->setValue(connection.port);
    child<QLineEdit>(dialog, "databaseEdit")->setText(connection.database);
    child<QLineEdit>(dialog, "userEdit")->setText(connection.user);
    child<QLineEdit>(dialog, "passwordEdit")->setText(connection.password);
}

void clickSave(QDialog &dialog) {
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save)->click();
}
} // namespace

class TestHistoryStorageDialog : public QObject {
    Q_OBJECT

private:
    PostgresTestServer m_server;

private Q_SLOTS:
    void startsOnTheLocalFile() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        HistoryStorageDialog dialog(&secrets, &settings, dir.path());
        QVERIFY(child<QRadioButton>(dialog, "localRadio")->isChecked());
        QVERIFY(!child<QWidget>(dialog, "serverGroup")->isEnabled());
        QVERIFY(child<QLabel>(dialog, "localDescription")
                    ->text()
                    .contains(SessionStore::databasePathFor(dir.path())));
        QCOMPARE(dialog.connection().backend, HistoryConnection::Backend::Sqlite);
        child<QRadioButton>(dialog, "serverRadio")->setChecked(true);
        QVERIFY(child<QWidget>(dialog, "serverGroup")->isEnabled());
        QCOMPARE(child<QSpinBox>(dialog, "portSpin")->value(), 5432);
    }

    void savesThePasswordOnlyInTheKeychain() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        QSettings settings(path, QSettings::IniFormat);
        MemorySecretStore secrets;
        HistoryStorageDialog dialog(&secrets, &settings, dir.path());
        QSignalSpy saved(&dialog, &HistoryStorageDialog::saved);
        const HistoryConnection wanted = HistoryConnection::postgreSql(
            QStringLiteral("db.agency.example"), 6432, QStringLiteral("history"),
            QStringLiteral("agent"), QStringLiteral("Pa55-word-42"));
        fill(dialog, wanted);
        clickSave(dialog);
        QVERIFY(saved.wait(5000));
        const HistoryConnection savedConnection = saved.at(0).at(0).value<HistoryConnection>();
        QVERIFY(savedConnection.password.isEmpty());
        QCOMPARE(savedConnection.secretKey(), wanted.secretKey());
        QVERIFY(secrets.contains(wanted.secretKey()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("Pa55-word-42"));
        QVERIFY(bytes.contains("db.agency.example"));

        // Opened again: the fields come back, the password is not shown but is used.
        HistoryStorageDialog again(&secrets, &settings, dir.path());
        QTRY_VERIFY(again.hasStoredPassword());
        QVERIFY(child<QRadioButton>(again, "serverRadio")->isChecked());
        QCOMPARE(child<QLineEdit>(again, "hostEdit")->text(), QStringLiteral("db.agency.example"));
        QVERIFY(child<QLineEdit>(again, "passwordEdit")->text().isEmpty());
        QCOMPARE(again.connection().password, QStringLiteral("Pa55-word-42"));
        // Another user: the stored password is not theirs.
        child<QLineEdit>(again, "userEdit")->setText(QStringLiteral("someone-else"));
        QVERIFY(again.connection().password.isEmpty());
    }

    void incompleteFormIsNotSaved() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        HistoryStorageDialog dialog(&secrets, &settings, dir.path());
        QSignalSpy saved(&dialog, &HistoryStorageDialog::saved);
        child<QRadioButton>(dialog, "serverRadio")->setChecked(true);
        child<QLineEdit>(dialog, "hostEdit")->setText(QStringLiteral("db"));
        clickSave(dialog);
        QVERIFY(dialog.message().contains(QLatin1String("database")));
        QCOMPARE(saved.count(), 0);
        QVERIFY(!settings.contains(QStringLiteral("history/backend")));
        // Test connection says the same, without trying.
        child<QPushButton>(dialog, "testButton")->click();
        QVERIFY(dialog.testResult().contains(QLatin1String("database")));
    }

    void keychainFailureSavesNothing() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        secrets.setFailure(SecretJob::Status::Denied);
        HistoryStorageDialog dialog(&secrets, &settings, dir.path());
        QSignalSpy saved(&dialog, &HistoryStorageDialog::saved);
        fill(dialog,
             HistoryConnection::postgreSql(QStringLiteral("db"), 5432, QStringLiteral("history"),
                                           QStringLiteral("agent"), QStringLiteral("pw")));
        clickSave(dialog);
        QTRY_VERIFY(!dialog.message().isEmpty());
        QVERIFY(dialog.message().contains(QLatin1String("nothing was saved")));
        QCOMPARE(saved.count(), 0);
        QVERIFY(!settings.contains(QStringLiteral("history/backend")));
    }

    void savingTheLocalFileNeedsNoKeychain() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        HistorySettings::save(settings, HistoryConnection::postgreSql(QStringLiteral("db"), 5432,
                                                                      QStringLiteral("h"),
                                                                      QStringLiteral("u")));
        MemorySecretStore secrets;
        HistoryStorageDialog dialog(&secrets, &settings, dir.path());
        QSignalSpy saved(&dialog, &HistoryStorageDialog::saved);
        QTRY_VERIFY(!dialog.isBusy()); // the stored password's read (none here)
        child<QRadioButton>(dialog, "localRadio")->setChecked(true);
        clickSave(dialog);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(HistorySettings::load(settings, dir.path()).backend,
                 HistoryConnection::Backend::Sqlite);
        QCOMPARE(secrets.count(), 0);
    }

    void testConnectionAgainstTheServer() {
        BOOKING_REQUIRE_POSTGRES(m_server);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        HistoryStorageDialog dialog(&secrets, &settings, dir.path());
        QSignalSpy tested(&dialog, &HistoryStorageDialog::tested);
        fill(dialog, m_server.base());
        child<QPushButton>(dialog, "testButton")->click();
        QVERIFY(dialog.isTesting()); // off the GUI thread: the click returned at once
        QVERIFY(tested.wait(30000));
        QVERIFY2(dialog.testResult().startsWith(QLatin1String("Connected to PostgreSQL")),
                 qPrintable(dialog.testResult()));

        child<QLineEdit>(dialog, "passwordEdit")->setText(QStringLiteral("wrong"));
        child<QPushButton>(dialog, "testButton")->click();
        QVERIFY(tested.wait(30000));
        QVERIFY2(dialog.testResult().contains(QLatin1String("refused the user name or password")),
                 qPrintable(dialog.testResult()));
    }
};

QTEST_MAIN(TestHistoryStorageDialog)
#include "tst_historystoragedialog.moc"
