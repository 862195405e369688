#include "tests/bench/SqlScript.h"

#include <QFile>

namespace {

QByteArray lit(const QString &s)
{
    QString e = s;
    e.replace(QLatin1Char('\''), QStringLiteral("''"));
    return "'" + e.toUtf8() + "'";
}

QByteArray schema()
{
    QFile f(QStringLiteral(":/schema/001_initial.sql"));
    f.open(QIODevice::ReadOnly);
    return f.readAll() + '\n';
}

} // namespace

namespace SqlScript {

void write(const Dataset &d, const QString &path)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("PRAGMA journal_mode = WAL;\n" + schema() + "BEGIN;\n");
    for (int i = 0; i < d.sources.size(); ++i) {
        const Source &s = d.sources[i];
        f.write("INSERT INTO sources VALUES (" + lit(s.id) + "," + QByteArray::number(i) + "," +
                lit(s.file) + "," + lit(s.outlet) + "," + lit(s.title) + "," + lit(s.author) + "," +
                lit(s.published.toIsoString()) + "," + lit(s.publishedNote) + "," +
                lit(s.language) + "," + lit(s.sha256) + ");\n");
    }
    for (int i = 0; i < d.actors.size(); ++i) {
        const Actor &a = d.actors[i];
        f.write("INSERT INTO actors VALUES (" + lit(a.id) + "," + QByteArray::number(i) + "," +
                lit(a.name) + "," + lit(a.kind) + "," + lit(a.description) + ");\n");
        for (int k = 0; k < a.aliases.size(); ++k)
            f.write("INSERT INTO actor_aliases VALUES (" + lit(a.id) + "," + QByteArray::number(k) +
                    "," + lit(a.aliases[k]) + ");\n");
    }
    QByteArray buffer;
    for (int i = 0; i < d.claims.size(); ++i) {
        const Claim &c = d.claims[i];
        buffer += "INSERT INTO claims VALUES (" + lit(c.id) + "," + QByteArray::number(i) + "," +
                  lit(c.date.toIsoString()) + "," + QByteArray::number(c.date.firstDay()) + "," +
                  QByteArray::number(c.date.lastDay()) + "," + lit(c.dateNote) + "," + lit(c.kind) +
                  "," + lit(c.statement) + "," +
                  (c.claimant.isEmpty() ? QByteArray("NULL") : lit(c.claimant)) + "," +
                  (c.respondsTo.isEmpty() ? QByteArray("NULL") : lit(c.respondsTo)) + ");\n";
        for (int k = 0; k < c.actors.size(); ++k)
            buffer += "INSERT INTO claim_actors VALUES (" + lit(c.id) + "," +
                      QByteArray::number(k) + "," + lit(c.actors[k].actor) + "," +
                      lit(c.actors[k].role) + ");\n";
        for (int k = 0; k < c.citations.size(); ++k) {
            const Citation &t = c.citations[k];
            buffer += "INSERT INTO citations VALUES (" + lit(c.id) + "," + QByteArray::number(k) +
                      "," + lit(t.source) + "," + QByteArray::number(t.paragraph) + "," +
                      lit(t.quote) + "," + lit(t.prefix) + "," + lit(t.suffix) + ");\n";
        }
        if (buffer.size() > (1 << 20)) {
            f.write(buffer);
            buffer.clear();
        }
    }
    f.write(buffer);
    for (int i = 0; i < d.conflicts.size(); ++i) {
        const Conflict &k = d.conflicts[i];
        f.write("INSERT INTO conflicts VALUES (" + lit(k.id) + "," + QByteArray::number(i) + "," +
                lit(k.about) + ");\n");
        for (int c = 0; c < k.claims.size(); ++c)
            f.write("INSERT INTO conflict_claims VALUES (" + lit(k.id) + "," +
                    QByteArray::number(c) + "," + lit(k.claims[c]) + ");\n");
    }
    f.write("COMMIT;\n");
}

void writeFilterIndexes(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("BEGIN;\n"
            "CREATE INDEX claim_actors_by_actor ON claim_actors(actor_id);\n"
            "CREATE INDEX claims_by_date ON claims(first_day, last_day);\n"
            "CREATE VIRTUAL TABLE claim_text USING fts5(claim_id UNINDEXED, statement, quotes, "
            "tokenize = 'unicode61 remove_diacritics 2');\n"
            "INSERT INTO claim_text (claim_id, statement, quotes) SELECT c.id, c.statement, "
            "coalesce((SELECT group_concat(quote, ' ') FROM citations WHERE claim_id = c.id), '') "
            "FROM claims c;\n"
            "COMMIT;\n");
}

} // namespace SqlScript
