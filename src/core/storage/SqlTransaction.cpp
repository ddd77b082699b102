// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlTransaction.h"

#include "SqlUtil.h"

#include <QSqlError>

#include <utility>

SqlTransaction::SqlTransaction(QSqlDatabase db, const QString &what)
    : m_db(std::move(db))
    , m_what(what) {
    if (!m_db.transaction())
        SqlUtil::fail(m_what + QStringLiteral(" (begin)"), m_db.lastError());
}

SqlTransaction::~SqlTransaction() {
    if (!m_done)
        m_db.rollback();
}

void SqlTransaction::commit() {
    if (!m_db.commit())
        SqlUtil::fail(m_what + QStringLiteral(" (commit)"), m_db.lastError());
    m_done = true;
}
