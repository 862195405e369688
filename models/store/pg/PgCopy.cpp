#include "models/store/pg/PgCopy.h"

#include <QCoreApplication>
#include <charconv>
#include <libpq-fe.h>

PgCopy::PgCopy(pg_conn *conn, const char *copySql) : m_conn(conn)
{
    PGresult *r = PQexec(conn, copySql);
    m_copying = PQresultStatus(r) == PGRES_COPY_IN;
    PQclear(r);
    if (!m_copying)
        fail(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
    m_buffer.reserve(FlushBytes + 4096);
}

PgCopy::~PgCopy()
{
    // Left unfinished (an early return): end the copy so the connection is usable again; the
    // caller rolls back.
    if (m_copying) {
        PQputCopyEnd(m_conn, "abandoned");
        PQclear(PQgetResult(m_conn));
    }
}

void PgCopy::put(const QString &text)
{
    // UTF-8 first (Qt's conversion is vectorised), then the text format's escapes: backslash,
    // and the three characters that would end a value or a row.
    m_utf8.resize(size_t(text.size()) * 3);
    m_utf8.resize(size_t(m_encoder.appendToBuffer(m_utf8.data(), text) - m_utf8.data()));
    for (const char c : m_utf8) {
        switch (c) {
        case '\\':
            m_buffer.append("\\\\", 2);
            break;
        case '\t':
            m_buffer.append("\\t", 2);
            break;
        case '\n':
            m_buffer.append("\\n", 2);
            break;
        case '\r':
            m_buffer.append("\\r", 2);
            break;
        case '\0':
            fail(QCoreApplication::translate("PgStore", "a text holds the character U+0000, which "
                                                        "PostgreSQL cannot store: \"%1\"")
                     .arg(QString(text).replace(QChar(0), QStringLiteral("\\u0000")).left(60)));
            return;
        default:
            m_buffer.push_back(c);
        }
    }
}

void PgCopy::put(QLatin1StringView text)
{
    put(QString(text));
}

void PgCopy::put(OrNull value)
{
    if (value.text.isEmpty())
        m_buffer.append("\\N", 2);
    else
        put(value.text);
}

void PgCopy::put(qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_buffer.append(digits, size_t(end - digits));
}

void PgCopy::flush()
{
    if (!m_copying || m_buffer.empty())
        return;
    if (PQputCopyData(m_conn, m_buffer.data(), int(m_buffer.size())) != 1)
        fail(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    m_buffer.clear();
}

void PgCopy::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
}

bool PgCopy::finish(QString *error)
{
    if (ok())
        flush();
    if (m_copying) {
        m_copying = false;
        const bool sent = PQputCopyEnd(m_conn, ok() ? nullptr : "refused by Dossier") == 1;
        PGresult *r = PQgetResult(m_conn);
        if (ok() && (!sent || PQresultStatus(r) != PGRES_COMMAND_OK))
            fail(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        PQclear(r);
        // The copy's last result is followed by a null one.
        while (PGresult *rest = PQgetResult(m_conn))
            PQclear(rest);
    }
    if (!ok())
        *error = m_error;
    return ok();
}
