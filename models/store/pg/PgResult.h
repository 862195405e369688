#pragma once

#include <QList>
#include <QString>
#include <cstdlib>
#include <libpq-fe.h>
#include <optional>

/// A libpq result, cleared when it goes: the store's statements read through it.
class PgResult
{
public:
    explicit PgResult(PGresult *r) : m_r(r) {}
    ~PgResult() { PQclear(m_r); }
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;
    PGresult *get() const { return m_r; }
    bool ok() const
    {
        const ExecStatusType s = PQresultStatus(m_r);
        return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
    }
    int rows() const { return PQntuples(m_r); }
    /// Rows an UPDATE or DELETE touched.
    int affected() const { return std::atoi(PQcmdTuples(m_r)); }
    QString text(int row, int column) const
    {
        return QString::fromUtf8(PQgetvalue(m_r, row, column), PQgetlength(m_r, row, column));
    }
    int integer(int row, int column) const { return std::atoi(PQgetvalue(m_r, row, column)); }
    qint64 bigint(int row, int column) const
    {
        return std::strtoll(PQgetvalue(m_r, row, column), nullptr, 10);
    }

private:
    PGresult *m_r;
};

/// One statement's parameters, as text (nullopt: SQL NULL).
using PgParams = QList<std::optional<QString>>;

/// Runs `sql` with `params` as text parameters.
inline PGresult *pgExec(PGconn *conn, const char *sql, const PgParams &params)
{
    QList<QByteArray> utf8;
    QList<const char *> values;
    utf8.reserve(params.size());
    for (const auto &p : params)
        utf8.append(p ? p->toUtf8() : QByteArray());
    for (qsizetype i = 0; i < params.size(); ++i)
        values.append(params[i] ? utf8[i].constData() : nullptr);
    return PQexecParams(conn, sql, int(params.size()), nullptr, values.constData(), nullptr,
                        nullptr, 0);
}
