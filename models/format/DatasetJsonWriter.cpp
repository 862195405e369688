#include "models/format/DatasetJsonWriter.h"

#include <QSet>

namespace {

// True for a UTF-16 unit written as an escape: JSON's own (quote, backslash, C0 controls), and
// what would hide or break a line in a diff or a JavaScript reader: DEL, C1 controls, U+2028,
// U+2029. A surrogate is escaped only when it is half a pair (UTF-8 cannot hold it).
bool needsEscape(char16_t u)
{
    return u < 0x20 || u == u'"' || u == u'\\' || (u >= 0x7F && u <= 0x9F) || u == 0x2028 ||
           u == 0x2029;
}

void appendEscape(QByteArray &out, char16_t u)
{
    switch (u) {
    case u'"':
        out += "\\\"";
        break;
    case u'\\':
        out += "\\\\";
        break;
    case u'\n':
        out += "\\n";
        break;
    case u'\t':
        out += "\\t";
        break;
    case u'\r':
        out += "\\r";
        break;
    default:
        out += "\\u";
        out += QByteArray::number(u, 16).rightJustified(4, '0');
    }
}

// JSON string literal; non-ASCII stays as UTF-8 so French reads as French in a diff. Runs of
// plain text are converted whole, so that a surrogate pair (an emoji, a CJK extension
// ideograph) becomes its one four-byte UTF-8 sequence.
void appendString(QByteArray &out, const QString &s)
{
    out += '"';
    const QStringView text(s);
    const qsizetype size = text.size();
    qsizetype run = 0;
    const auto flush = [&](qsizetype end) {
        if (end > run)
            out += text.sliced(run, end - run).toUtf8();
    };
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate()) {
            ++i;
            continue;
        }
        if (!needsEscape(c.unicode()) && !c.isSurrogate())
            continue;
        flush(i);
        appendEscape(out, c.unicode());
        run = i + 1;
    }
    flush(size);
    out += '"';
}

class Writer
{
public:
    QByteArray out;

    void key(int indent, const char *name)
    {
        out += QByteArray(indent, ' ');
        out += '"';
        out += name;
        out += "\": ";
    }
    void field(int indent, const char *name, const QString &value, bool last = false)
    {
        key(indent, name);
        appendString(out, value);
        end(last);
    }
    void nullableField(int indent, const char *name, const QString &value, bool last = false)
    {
        key(indent, name);
        if (value.isEmpty())
            out += "null";
        else
            appendString(out, value);
        end(last);
    }
    void intField(int indent, const char *name, int value, bool last = false)
    {
        key(indent, name);
        out += QByteArray::number(value);
        end(last);
    }
    void inlineStrings(int indent, const char *name, const QStringList &values, bool last = false)
    {
        key(indent, name);
        out += '[';
        for (int i = 0; i < values.size(); ++i) {
            if (i)
                out += ", ";
            appendString(out, values[i]);
        }
        out += ']';
        end(last);
    }
    void end(bool last) { out += last ? "\n" : ",\n"; }
};

void writeSource(Writer &w, const Source &s)
{
    w.field(6, "id", s.id);
    w.field(6, "label", s.label);
    w.field(6, "file", s.file);
    w.field(6, "outlet", s.outlet);
    w.field(6, "title", s.title);
    w.nullableField(6, "author", s.author);
    w.field(6, "published", s.published.toIsoString());
    w.field(6, "published_note", s.publishedNote);
    w.field(6, "notes", s.notes);
    w.field(6, "language", s.language);
    w.field(6, "sha256", s.sha256, true);
}

void writeActor(Writer &w, const Actor &a)
{
    w.field(6, "id", a.id);
    w.field(6, "name", a.name);
    w.field(6, "kind", a.kind);
    w.inlineStrings(6, "aliases", a.aliases);
    w.field(6, "description", a.description, true);
}

void writeClaim(Writer &w, const Claim &c)
{
    w.field(6, "id", c.id);
    w.field(6, "date", c.date.toIsoString());
    if (c.datedByReport)
        w.field(6, "date_basis", QStringLiteral("reported"));
    w.field(6, "date_note", c.dateNote);
    w.field(6, "kind", c.kind);
    w.field(6, "statement", c.statement);
    w.key(6, "actors");
    w.out += '[';
    for (int i = 0; i < c.actors.size(); ++i) {
        w.out += i ? ",\n        " : "\n        ";
        w.out += "{\"actor\": ";
        appendString(w.out, c.actors[i].actor);
        w.out += ", \"role\": ";
        appendString(w.out, c.actors[i].role);
        w.out += '}';
    }
    w.out += c.actors.isEmpty() ? "],\n" : "\n      ],\n";
    w.nullableField(6, "claimant", c.claimant);
    w.nullableField(6, "responds_to", c.respondsTo);
    w.key(6, "citations");
    w.out += "[\n";
    for (int i = 0; i < c.citations.size(); ++i) {
        const Citation &cit = c.citations[i];
        const bool hasContext = !cit.prefix.isEmpty() || !cit.suffix.isEmpty();
        w.out += "        {\n";
        w.field(10, "source", cit.source);
        w.intField(10, "paragraph", cit.paragraph);
        w.field(10, "quote", cit.quote, !hasContext);
        if (hasContext) {
            w.field(10, "prefix", cit.prefix);
            w.field(10, "suffix", cit.suffix, true);
        }
        w.out += i + 1 < c.citations.size() ? "        },\n" : "        }\n";
    }
    w.out += "      ]\n";
}

void writeConflict(Writer &w, const Conflict &k)
{
    w.field(6, "id", k.id);
    w.inlineStrings(6, "claims", k.claims);
    w.field(6, "about", k.about, true);
}

template <typename T, typename Fn>
void writeList(Writer &w, const char *name, const QList<T> &items, Fn writeOne, bool last)
{
    w.key(2, name);
    if (items.isEmpty()) {
        w.out += "[]";
        w.end(last);
        return;
    }
    w.out += "[\n";
    for (int i = 0; i < items.size(); ++i) {
        w.out += "    {\n";
        writeOne(w, items[i]);
        w.out += i + 1 < items.size() ? "    },\n" : "    }\n";
    }
    w.out += "  ]";
    w.end(last);
}

template <typename T, typename Fn> QByteArray writeRecord(const T &record, Fn writeOne)
{
    Writer w;
    w.out += "{\n";
    writeOne(w, record);
    w.out += "    }";
    return w.out;
}

} // namespace

QByteArray DatasetJsonWriter::record(const Source &source)
{
    return writeRecord(source, writeSource);
}

QByteArray DatasetJsonWriter::record(const Actor &actor)
{
    return writeRecord(actor, writeActor);
}

QByteArray DatasetJsonWriter::record(const Claim &claim)
{
    return writeRecord(claim, writeClaim);
}

QByteArray DatasetJsonWriter::record(const Conflict &conflict)
{
    return writeRecord(conflict, writeConflict);
}

QByteArray DatasetJsonWriter::write(const Dataset &dataset)
{
    Writer w;
    w.out.reserve(1024 + dataset.claims.size() * 600);
    w.out += "{\n";
    w.field(2, "format", QStringLiteral("dossier-dataset"));
    w.intField(2, "format_version", Dataset::FormatVersion);
    w.field(2, "version", dataset.info.version);
    w.field(2, "title", dataset.info.title);
    w.field(2, "description", dataset.info.description);
    writeList(w, "sources", dataset.sources, writeSource, false);
    writeList(w, "actors", dataset.actors, writeActor, false);
    writeList(w, "claims", dataset.claims, writeClaim, false);
    writeList(w, "conflicts", dataset.conflicts, writeConflict, true);
    w.out += "}\n";
    return w.out;
}

QByteArray DatasetJsonWriter::write(const Dataset &dataset, const QList<int> &claims)
{
    Dataset subset;
    subset.info = dataset.info;
    QSet<int> sources;
    QSet<int> actors;
    QSet<QString> claimIds;
    for (int c : claims) {
        subset.claims.append(dataset.claims[c]);
        claimIds.insert(dataset.claims[c].id);
        for (int s : dataset.sourcesOfClaim(c))
            sources.insert(s);
        for (int a : dataset.actorsOfClaim(c))
            actors.insert(a);
    }
    // A response whose target was filtered out would dangle: drop the link, keep the claim.
    for (Claim &c : subset.claims)
        if (!c.respondsTo.isEmpty() && !claimIds.contains(c.respondsTo))
            c.respondsTo.clear();
    for (int i = 0; i < dataset.sources.size(); ++i)
        if (sources.contains(i))
            subset.sources.append(dataset.sources[i]);
    for (int i = 0; i < dataset.actors.size(); ++i)
        if (actors.contains(i))
            subset.actors.append(dataset.actors[i]);
    // A conflict is kept when at least two of its claims remain.
    for (const Conflict &k : dataset.conflicts) {
        Conflict kept = k;
        kept.claims.removeIf([&](const QString &id) { return !claimIds.contains(id); });
        if (kept.claims.size() >= 2)
            subset.conflicts.append(kept);
    }
    return write(subset);
}
