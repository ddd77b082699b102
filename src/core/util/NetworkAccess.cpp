// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkAccess.h"

#include <QNetworkAccessManager>
#include <QThreadStorage>

namespace {
// QThreadStorage deletes a thread's manager when that thread finishes (before QThread::wait()
// returns), and the main thread's when the QCoreApplication is destroyed.
QThreadStorage<QNetworkAccessManager *> &managers() {
    static QThreadStorage<QNetworkAccessManager *> storage;
    return storage;
}
} // namespace

QNetworkAccessManager *NetworkAccess::forCurrentThread() {
    QThreadStorage<QNetworkAccessManager *> &storage = managers();
    if (!storage.hasLocalData())
        storage.setLocalData(new QNetworkAccessManager);
    return storage.localData();
}

bool NetworkAccess::hasManagerForCurrentThread() {
    return managers().hasLocalData();
}
