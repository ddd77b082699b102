// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

/**
 * Begins a transaction on construction and rolls it back on destruction unless commit() was
 * reached: every multi-statement write of the history goes through one. Failures to begin or
 * commit throw StoreError.
 *
 * One begun while another is open on the same connection (in the same thread) is part of the
 * outer one: its commit() does nothing and the outer one commits or rolls back all of it. Code
 * inside must therefore end an unfinished inner transaction by throwing, never by returning.
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
    bool m_nested = false; ///< inside another SqlTransaction on this connection
};
