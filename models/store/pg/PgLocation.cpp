#include "models/store/pg/PgLocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <libpq-fe.h>

namespace PgLocation {

bool isConnectionString(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
        t.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive))
        return true;
    // libpq's key=value form; a file name holding "host=" is very unlikely, one that exists is
    // still opened as a file by whoever asks this first.
    static const QRegularExpression words(
        QStringLiteral("(^|\\s)(service|host|hostaddr|dbname)\\s*="));
    return words.match(t).hasMatch();
}

namespace {

QString passwordOf(const QString &connection)
{
    char *why = nullptr;
    PQconninfoOption *options = PQconninfoParse(connection.toUtf8().constData(), &why);
    PQfreemem(why);
    QString password;
    for (PQconninfoOption *o = options; o && o->keyword; ++o)
        if (qstrcmp(o->keyword, "password") == 0 && o->val)
            password = QString::fromUtf8(o->val);
    PQconninfoFree(options);
    return password;
}

} // namespace

QString withoutPassword(const QString &connection)
{
    const QString t = connection.trimmed();
    if (t.startsWith(QLatin1String("postgres"), Qt::CaseInsensitive) && t.contains(u"://")) {
        QUrl url(t);
        if (url.isValid()) {
            QUrlQuery query(url);
            query.removeAllQueryItems(QStringLiteral("password"));
            url.setQuery(query);
            return url.toString(QUrl::RemovePassword);
        }
    }
    static const QRegularExpression password(
        QStringLiteral("\\s*\\bpassword\\s*=\\s*('([^'\\\\]|\\\\.)*'|\\S*)"));
    return scrubbed(QString(t).remove(password).trimmed(), connection);
}

QString scrubbed(const QString &text, const QString &connection)
{
    const QString password = passwordOf(connection);
    if (password.isEmpty())
        return text;
    QString out = text;
    out.replace(password, QStringLiteral("***"));
    // Percent-encoded in a URI, the password may appear in that form too.
    out.replace(QString::fromLatin1(QUrl::toPercentEncoding(password)), QStringLiteral("***"));
    return out;
}

} // namespace PgLocation
