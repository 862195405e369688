#include "models/store/pg/PgConnectionFields.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <libpq-fe.h>

namespace {

/// libpq's rule for a value in key=value words: single quotes around it when it is empty or
/// holds a space, with a backslash before each quote and backslash inside.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    const bool plain = !value.isEmpty() && escaped == value &&
                       std::none_of(value.cbegin(), value.cend(),
                                    [](QChar c) { return c.isSpace() || c == u'='; });
    return plain ? value : u'\'' + escaped + u'\'';
}

} // namespace

QString PgConnectionFields::toConnectionString(const QString &password) const
{
    QStringList words;
    const auto add = [&words](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty())
            words << QString::fromLatin1(key) + u'=' + quoted(value.trimmed());
    };
    add("service", service);
    add("host", host);
    add("port", port);
    add("dbname", database);
    add("user", user);
    add("sslmode", sslMode);
    // A password keeps its spaces: it is a secret, not a name.
    if (!password.isEmpty())
        words << QStringLiteral("password=") + quoted(password);
    return words.join(u' ');
}

PgConnectionFields PgConnectionFields::fromConnectionString(const QString &connection,
                                                            QString *error)
{
    char *why = nullptr;
    PQconninfoOption *options = PQconninfoParse(connection.trimmed().toUtf8().constData(), &why);
    PgConnectionFields fields;
    if (!options) {
        if (error)
            *error = why ? QString::fromUtf8(why).trimmed()
                         : QCoreApplication::translate("PgConnectionFields", "out of memory");
        PQfreemem(why);
        return fields;
    }
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString value = QString::fromUtf8(o->val);
        const QByteArray key(o->keyword);
        if (key == "service")
            fields.service = value;
        else if (key == "host")
            fields.host = value;
        else if (key == "port")
            fields.port = value;
        else if (key == "dbname")
            fields.database = value;
        else if (key == "user")
            fields.user = value;
        else if (key == "sslmode")
            fields.sslMode = value;
    }
    PQconninfoFree(options);
    return fields;
}

bool PgConnectionFields::isEmpty() const
{
    return *this == PgConnectionFields();
}
