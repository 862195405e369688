#pragma once

#include <QString>
#include <QStringEncoder>
#include <string>

struct pg_conn;

/// One `COPY … FROM STDIN` in PostgreSQL's text format: rows of values, escaped and sent in
/// large chunks. The caller owns the transaction. A value the text format cannot carry (U+0000,
/// which no PostgreSQL text can hold) fails the copy, and finish() says which.
class PgCopy
{
public:
    /// A text value written as SQL NULL when empty (the optional columns).
    struct OrNull
    {
        const QString &text;
    };
    static OrNull orNull(const QString &text) { return {text}; }

    PgCopy(pg_conn *conn, const char *copySql);
    ~PgCopy();
    PgCopy(const PgCopy &) = delete;
    PgCopy &operator=(const PgCopy &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    template <typename... Values> void row(const Values &...values)
    {
        if (!ok())
            return;
        bool first = true;
        ((first ? void(first = false) : m_buffer.push_back('\t'), put(values)), ...);
        m_buffer.push_back('\n');
        if (m_buffer.size() >= FlushBytes)
            flush();
    }
    /// Ends the copy; false with the reason when it or any row failed.
    bool finish(QString *error);

private:
    static constexpr size_t FlushBytes = size_t(1) << 20;
    void put(const QString &text);
    void put(QLatin1StringView text);
    void put(OrNull value);
    void put(qint64 value);
    void put(int value) { put(qint64(value)); }
    void flush();
    void fail(const QString &why);

    pg_conn *m_conn;
    bool m_copying = false;
    std::string m_buffer;
    std::string m_utf8;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    QString m_error;
};
