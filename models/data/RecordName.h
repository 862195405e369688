#pragma once

#include <QString>

/// How a record is named in messages: "claim c012" when its id can name it, else "claims[12]".
/// Almost no record has a problem, so the name is built on its first use, not per record.
/// `IdOf` is called then, and gives the record's id, or an empty string when the id cannot
/// name the record (the reader and the validator judge that differently).
template <typename IdOf> class LazyRecordName
{
public:
    explicit LazyRecordName(QString fixed) : m_text(std::move(fixed)), m_built(true) {}
    LazyRecordName(const char *singular, const char *plural, int index, IdOf idOf)
        : m_singular(singular), m_plural(plural), m_index(index), m_idOf(std::move(idOf))
    {
    }

    const QString &text() const
    {
        if (!m_built) {
            const QString id = m_idOf();
            m_text = id.isEmpty()
                         ? QStringLiteral("%1[%2]").arg(QLatin1String(m_plural)).arg(m_index)
                         : QStringLiteral("%1 %2").arg(QLatin1String(m_singular), id);
            m_built = true;
        }
        return m_text;
    }

private:
    const char *m_singular = nullptr;
    const char *m_plural = nullptr;
    int m_index = 0;
    IdOf m_idOf{};
    mutable QString m_text;
    mutable bool m_built = false;
};
