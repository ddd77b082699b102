// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

/**
 * Begins a transaction on construction and rolls it back on destruction unless commit() was
 * reached: every multi-statement write of the history goes through one. Failures to begin or
 * commit throw StoreError.
 */
class SqlTransaction {
public:
    SqlTransaction(QSqlDatabase db, const QString &what);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    QString m_what;
    bool m_done = false;
};
