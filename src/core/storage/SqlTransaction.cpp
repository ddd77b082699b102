// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlTransaction.h"

#include "SqlUtil.h"

#include <QHash>
#include <QSqlError>

#include <utility>

namespace {
/** Open SqlTransactions per connection name; connections belong to one thread each. */
thread_local QHash<QString, int> openDepth;
} // namespace

SqlTransaction::SqlTransaction(QSqlDatabase db, const QString &what)
    : m_db(std::move(db))
    , m_what(what) {
    int &depth = openDepth[m_db.connectionName()];
    m_nested = depth > 0;
    if (!m_nested && !m_db.transaction())
        SqlUtil::fail(m_what + QStringLiteral(" (begin)"), m_db.lastError());
    ++depth;
}

SqlTransaction::~SqlTransaction() {
    const QString name = m_db.connectionName();
    if (--openDepth[name] <= 0)
        openDepth.remove(name);
    if (!m_nested && !m_done)
        m_db.rollback();
}

void SqlTransaction::commit() {
    if (!m_nested && !m_db.commit())
        SqlUtil::fail(m_what + QStringLiteral(" (commit)"), m_db.lastError());
    m_done = true;
}
