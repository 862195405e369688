#include "models/format/DatasetValidator.h"

#include "models/data/ActorKinds.h"
#include "models/data/ClaimKinds.h"
#include "models/data/Parallel.h"
#include "models/data/RecordName.h"
#include "models/data/TextRules.h"
#include "models/data/TextUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringView>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace {

// Claims from which checking them is shared among threads.
constexpr qsizetype ParallelClaims = 4096;

// A record's id names it in messages when it is a valid id.
struct ValidId
{
    const QString *id = nullptr;
    QString operator()() const { return DatasetValidator::isValidId(*id) ? *id : QString(); }
};
using RecordName = LazyRecordName<ValidId>;

using Limits = DatasetValidator::Limits;

class Reporter
{
public:
    Reporter(QString file, Problems *problems, const Limits &limits)
        : m_file(std::move(file)), m_problems(problems), m_limits(limits)
    {
    }
    void operator()(const RecordName &record, const QString &field, const QString &message)
    {
        m_problems->append({m_file, record.text(), field, message, 0, 0});
    }
    const Limits &limits() const { return m_limits; }

private:
    QString m_file;
    Problems *m_problems;
    const Limits &m_limits;
};

// True when some id occurs twice. An index maps an id to one record, so two records with the
// same id cannot both find themselves: this holds even for a stale index.
template <typename T, typename Lookup> bool hasDuplicates(const QList<T> &records, Lookup indexOf)
{
    for (int i = 0; i < records.size(); ++i)
        if (indexOf(records[i].id) != i)
            return true;
    return false;
}

// False, with the problem reported, when the id is not well-formed.
bool checkIdForm(const QString &id, const RecordName &rec, Reporter &report)
{
    if (DatasetValidator::isValidId(id))
        return true;
    report(rec, QStringLiteral("id"),
           QCoreApplication::translate(
               "DatasetValidator",
               "'%1' is not a valid id (lowercase letters, digits, '.', '_', '-'; at most 64)")
               .arg(id.left(80)));
    return false;
}

// Ids: well-formed and unique within their list.
template <typename T, typename Lookup>
void checkIds(const QList<T> &records, Lookup indexOf, const char *kind, const char *plural,
              Reporter &report)
{
    const bool duplicates = hasDuplicates(records, indexOf);
    QSet<QString> seen;
    for (int i = 0; i < records.size(); ++i) {
        const QString &id = records[i].id;
        const RecordName rec(kind, plural, i, ValidId{&id});
        if (checkIdForm(id, rec, report) && duplicates && seen.contains(id))
            report(rec, QStringLiteral("id"),
                   QCoreApplication::translate("DatasetValidator", "duplicate id '%1'").arg(id));
        if (duplicates)
            seen.insert(id);
    }
}

// What a text field must hold besides its characters: something, or nothing or something.
enum class Presence
{
    Optional, ///< may be empty or blank (a note, a description)
    Shown,    ///< may be empty, but when not, shows something (an author, a role)
    Required  ///< must show something (a name, a statement, a quote)
};

struct TextField
{
    int Limits::*limit; // characters, or UTF-8 bytes for fileBytes
    TextRules::Lines lines;
    Presence presence;
};

constexpr TextField Prose{&Limits::text, TextRules::Lines::Many, Presence::Optional};
constexpr TextField Statement{&Limits::text, TextRules::Lines::Many, Presence::Required};
constexpr TextField Title{&Limits::title, TextRules::Lines::One, Presence::Required};
constexpr TextField DatasetTitle{&Limits::title, TextRules::Lines::One, Presence::Shown};
constexpr TextField Name{&Limits::name, TextRules::Lines::One, Presence::Required};
constexpr TextField Label{&Limits::label, TextRules::Lines::One, Presence::Required};
constexpr TextField OptionalName{&Limits::name, TextRules::Lines::One, Presence::Shown};
constexpr TextField QuoteText{&Limits::quote, TextRules::Lines::One, Presence::Required};
constexpr TextField QuoteContext{&Limits::quote, TextRules::Lines::One, Presence::Optional};
constexpr TextField Language{&Limits::language, TextRules::Lines::One, Presence::Required};
constexpr TextField FileName{&Limits::fileBytes, TextRules::Lines::One, Presence::Required};

// One text field against the format's character rules, its length limit and its presence.
// Every text field of the dataset goes through here.
void checkText(Reporter &report, const RecordName &rec, const QString &field, const QString &value,
               const TextField &kind)
{
    if (const TextRules::Finding f = TextRules::check(value, kind.lines))
        report(rec, field, TextRules::describe(f));
    const int limit = report.limits().*kind.limit;
    if (kind.limit == &Limits::fileBytes) {
        // A file system counts a name's bytes; an ASCII name has as many as it has units.
        if (value.size() > limit / 3) {
            const qsizetype bytes = value.toUtf8().size();
            if (bytes > limit)
                report(rec, field,
                       QCoreApplication::translate(
                           "DatasetValidator",
                           "is %1 bytes long in UTF-8; a file name holds at most %2")
                           .arg(bytes)
                           .arg(limit));
        }
    } else if (value.size() > limit) { // code points never outnumber UTF-16 units
        const qsizetype length = TextUtil::codePointCount(value);
        if (length > limit)
            report(rec, field,
                   QCoreApplication::translate("DatasetValidator",
                                               "is %1 characters long; this field holds at most %2")
                       .arg(length)
                       .arg(limit));
    }
    if (kind.presence == Presence::Required && value.trimmed().isEmpty())
        report(rec, field, QCoreApplication::translate("DatasetValidator", "must not be empty"));
    else if (kind.presence != Presence::Optional && !value.isEmpty() &&
             !TextRules::hasVisibleCharacter(value))
        report(rec, field,
               QCoreApplication::translate("DatasetValidator",
                                           "shows nothing: it holds only spaces, invisible "
                                           "characters or marks without a letter"));
}

void checkText(Reporter &report, const RecordName &rec, const char *field, const QString &value,
               const TextField &kind)
{
    checkText(report, rec, QLatin1String(field), value, kind);
}

// A list within a record: its length against its limit.
void checkCount(Reporter &report, const RecordName &rec, const QString &field, qsizetype count,
                qsizetype limit)
{
    if (count > limit)
        report(rec, field,
               QCoreApplication::translate("DatasetValidator",
                                           "holds %1 items; this list holds at most %2")
                   .arg(count)
                   .arg(limit));
}

// The names by which a reader-facing text could point at a corpus file instead of naming the
// source: the file name, its stem unless a plain word, and a leading number such as the "003" of
// "003_e8eee85ec9923d55.txt" (only with a leading zero or under four digits, so that a year is
// never one). Readers know sources by their labels; file names mean nothing to them.
class FileMentions
{
public:
    explicit FileMentions(const QList<Source> &sources)
    {
        for (const Source &s : sources) {
            const QString name = s.file.trimmed().toCaseFolded();
            if (!isMarked(name))
                continue; // a plain word ("README") is prose, not a file's name
            m_names.insert(name);
            // A stem that is a plain word ("musk" of "musk.txt") is prose, not a file's name.
            const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
            const QString stem = dot > 0 ? name.left(dot) : QString();
            if (isMarked(stem))
                m_names.insert(stem);
            qsizetype digits = 0;
            while (digits < name.size() && name[digits].isDigit())
                ++digits;
            const bool separated =
                digits < name.size() && QStringLiteral("._- ").contains(name[digits]);
            if (digits > 0 && separated && (digits < 4 || name[0] == QLatin1Char('0')))
                m_numbers.insert(name.left(digits));
        }
    }

    bool isEmpty() const { return m_names.isEmpty(); }

    /// The first file name or number `text` holds as a word of its own; empty when none.
    QString find(const QString &text) const
    {
        const auto wordChar = [](QChar c) {
            return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('_') ||
                   c == QLatin1Char('-');
        };
        const auto joiner = [](QChar c) {
            return c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-');
        };
        qsizetype i = 0;
        while (i < text.size()) {
            if (!wordChar(text[i])) {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < text.size() && wordChar(text[end]))
                ++end;
            qsizetype from = i, to = end;
            while (from < to && joiner(text[from]))
                ++from;
            while (to > from && joiner(text[to - 1]))
                --to;
            if (!isMarked(QStringView(text).sliced(from, to - from))) {
                i = end; // most words: no file name or number can be one
                continue;
            }
            const QString word = text.sliced(from, to - from).toCaseFolded();
            if (m_names.contains(word))
                return text.sliced(from, to - from);
            // "003" of "1 003" or "1,003" is a digit group of a larger number, not a file.
            const bool group = from >= 2 && text[from - 2].isDigit() &&
                               QStringView(u", .\u00a0\u2009\u202f").contains(text[from - 1]);
            bool first = true;
            for (const QStringView piece : QStringView(word).tokenize(u'_', Qt::SkipEmptyParts))
                for (const QStringView number : piece.tokenize(u'-', Qt::SkipEmptyParts)) {
                    if (!(first && group) && m_numbers.contains(number.toString()))
                        return number.toString();
                    first = false;
                }
            i = end;
        }
        return {};
    }

    void check(Reporter &report, const RecordName &rec, const char *field,
               const QString &text) const
    {
        if (m_names.isEmpty() || text.isEmpty())
            return;
        if (const QString found = find(text); !found.isEmpty())
            report(rec, QLatin1String(field),
                   QCoreApplication::translate("DatasetValidator",
                                               "names the corpus file '%1'; readers know a "
                                               "source by its label")
                       .arg(found.left(80)));
    }

private:
    // Holds a digit, '.', '_' or '-': what tells a file name or number from a word.
    static bool isMarked(QStringView text)
    {
        return std::any_of(text.begin(), text.end(), [](QChar c) {
            return c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char('_') ||
                   c == QLatin1Char('-');
        });
    }

    QSet<QString> m_names;
    QSet<QString> m_numbers;
};

// Two sources with one label: `other` is the one that had it first.
void reportSharedLabel(const Dataset &d, const RecordName &rec, int i, int other, Reporter &report)
{
    report(rec, QStringLiteral("label"),
           QCoreApplication::translate("DatasetValidator",
                                       "'%1' is also the label of source '%2'; a "
                                       "label tells its source apart")
               .arg(d.sources[i].label.left(80), d.sources[other].id.left(80)));
}

QString labelKey(const Source &s)
{
    return s.label.trimmed().toCaseFolded();
}

// Everything about one source but whether another has its label.
void checkSource(const Dataset &d, const FileMentions &files, int i, Reporter &report)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    const Source &s = d.sources[i];
    const RecordName rec("source", "sources", i, ValidId{&s.id});
    checkText(report, rec, "label", s.label, Label);
    checkText(report, rec, "file", s.file, FileName);
    checkText(report, rec, "outlet", s.outlet, Name);
    checkText(report, rec, "title", s.title, Title);
    checkText(report, rec, "author", s.author, OptionalName);
    checkText(report, rec, "published_note", s.publishedNote, Prose);
    checkText(report, rec, "notes", s.notes, Prose);
    checkText(report, rec, "language", s.language, Language);
    files.check(report, rec, "label", s.label);
    files.check(report, rec, "published_note", s.publishedNote);
    files.check(report, rec, "notes", s.notes);
    if (s.file.contains(QLatin1Char('/')) || s.file.contains(QLatin1Char('\\')) ||
        s.file.startsWith(QLatin1Char('.')))
        report(rec, QStringLiteral("file"),
               QCoreApplication::translate(
                   "DatasetValidator", "'%1' must be a plain file name inside the corpus folder")
                   .arg(s.file.left(300)));
    if (!hex.match(s.sha256).hasMatch())
        report(rec, QStringLiteral("sha256"),
               QCoreApplication::translate("DatasetValidator",
                                           "must be 64 lowercase hexadecimal digits"));
}

void checkSources(const Dataset &d, const FileMentions &files, Reporter &report)
{
    QHash<QString, int> labels;
    for (int i = 0; i < d.sources.size(); ++i) {
        checkSource(d, files, i, report);
        const QString label = labelKey(d.sources[i]);
        if (label.isEmpty())
            continue;
        const int first = labels.value(label, i);
        labels.insert(label, first);
        if (first != i)
            reportSharedLabel(d, RecordName("source", "sources", i, ValidId{&d.sources[i].id}), i,
                              first, report);
    }
}

// One source's label against every other's: a scan, for a source an edit touches.
void checkSourceLabel(const Dataset &d, int i, Reporter &report)
{
    const QString label = labelKey(d.sources[i]);
    if (label.isEmpty())
        return;
    for (int other = 0; other < d.sources.size(); ++other)
        if (other != i && labelKey(d.sources[other]) == label) {
            reportSharedLabel(d, RecordName("source", "sources", i, ValidId{&d.sources[i].id}), i,
                              other, report);
            return;
        }
}

void checkActor(const Dataset &d, const FileMentions &files, int i, Reporter &report)
{
    const Actor &a = d.actors[i];
    const RecordName rec("actor", "actors", i, ValidId{&a.id});
    checkText(report, rec, "name", a.name, Name);
    checkText(report, rec, "description", a.description, Prose);
    files.check(report, rec, "description", a.description);
    if (!ActorKinds::known().contains(a.kind))
        report(rec, QStringLiteral("kind"),
               QCoreApplication::translate("DatasetValidator", "unknown kind '%1' (one of: %2)")
                   .arg(a.kind.left(80), ActorKinds::known().join(QStringLiteral(", "))));
    checkCount(report, rec, QStringLiteral("aliases"), a.aliases.size(), report.limits().aliases);
    // Past its limit a list is not read further: its length is the problem.
    const qsizetype aliases = qMin<qsizetype>(a.aliases.size(), report.limits().aliases);
    for (int k = 0; k < aliases; ++k)
        checkText(report, rec, QStringLiteral("aliases[%1]").arg(k), a.aliases[k], Name);
}

void checkActors(const Dataset &d, const FileMentions &files, Reporter &report)
{
    for (int i = 0; i < d.actors.size(); ++i)
        checkActor(d, files, i, report);
}

// Dataset::findActor() finds an actor by its id, name or aliases, folded: one of these that folds
// like another actor's would find only one of the two, silently. Within one actor a repeat is
// harmless ("Tesla" as name and alias).
void checkActorNames(const Dataset &d, Reporter &report)
{
    const auto fold = [](const QString &text) { return TextUtil::foldForSearch(text.trimmed()); };
    QHash<QString, int> byId;
    for (int i = 0; i < d.actors.size(); ++i)
        byId.insert(fold(d.actors[i].id), i);
    QHash<QString, int> byName; // the first actor with the name or alias
    for (int i = 0; i < d.actors.size(); ++i) {
        const Actor &a = d.actors[i];
        const RecordName rec("actor", "actors", i, ValidId{&a.id});
        for (int k = -1; k < a.aliases.size(); ++k) {
            const QString &name = k < 0 ? a.name : a.aliases[k];
            const QString folded = fold(name);
            if (folded.isEmpty())
                continue; // reported as empty
            int owner = byId.value(folded, -1);
            if (owner < 0) {
                owner = byName.value(folded, i);
                byName.insert(folded, owner);
            }
            if (owner == i)
                continue;
            const QString field =
                k < 0 ? QStringLiteral("name") : QStringLiteral("aliases[%1]").arg(k);
            report(rec, field,
                   QCoreApplication::translate("DatasetValidator",
                                               "'%1' also names actor '%2': it must find one actor")
                       .arg(name.left(200), d.actors[owner].id));
        }
    }
}

// `index` places the citation in its claim: "citations[2].quote".
void checkCitation(const Dataset &d, const Citation &c, const RecordName &rec, int index,
                   Reporter &report)
{
    const auto field = [index](const char *name) {
        return QStringLiteral("citations[%1]").arg(index) + QLatin1String(name);
    };
    if (d.sourceIndex(c.source) < 0)
        report(rec, field(".source"),
               QCoreApplication::translate("DatasetValidator", "unknown source '%1'")
                   .arg(c.source.left(80)));
    if (c.paragraph < 1)
        report(rec, field(".paragraph"),
               QCoreApplication::translate("DatasetValidator", "must be 1 or more"));
    else if (c.paragraph > DatasetValidator::MaxParagraph)
        report(rec, field(".paragraph"),
               QCoreApplication::translate("DatasetValidator", "must be %1 or less")
                   .arg(DatasetValidator::MaxParagraph));
    checkText(report, rec, field(".quote"), c.quote, QuoteText);
    checkText(report, rec, field(".prefix"), c.prefix, QuoteContext);
    checkText(report, rec, field(".suffix"), c.suffix, QuoteContext);
}

// A claim dated by its report carries the publication date of a source citing it.
bool datedAsReported(const Dataset &d, const Claim &c)
{
    for (const Citation &cit : c.citations)
        if (const int s = d.sourceIndex(cit.source); s >= 0 && d.sources[s].published == c.date)
            return true;
    return false;
}

void checkClaim(const Dataset &d, const FileMentions &files, int i, Reporter &report)
{
    const Claim &c = d.claims[i];
    const RecordName rec("claim", "claims", i, ValidId{&c.id});
    checkText(report, rec, "statement", c.statement, Statement);
    checkText(report, rec, "date_note", c.dateNote, Prose);
    files.check(report, rec, "statement", c.statement);
    files.check(report, rec, "date_note", c.dateNote);
    if (c.datedByReport && c.date.isValid() && !datedAsReported(d, c))
        report(rec, QStringLiteral("date_basis"),
               QCoreApplication::translate("DatasetValidator",
                                           "a claim dated by its report carries the "
                                           "publication date of a source it cites"));
    if (!ClaimKinds::known().contains(c.kind))
        report(rec, QStringLiteral("kind"),
               QCoreApplication::translate("DatasetValidator", "unknown kind '%1' (one of: %2)")
                   .arg(c.kind.left(80), ClaimKinds::known().join(QStringLiteral(", "))));
    checkCount(report, rec, QStringLiteral("actors"), c.actors.size(), report.limits().claimActors);
    const qsizetype actors = qMin<qsizetype>(c.actors.size(), report.limits().claimActors);
    for (int k = 0; k < actors; ++k) {
        if (d.actorIndex(c.actors[k].actor) < 0)
            report(rec, QStringLiteral("actors[%1].actor").arg(k),
                   QCoreApplication::translate("DatasetValidator", "unknown actor '%1'")
                       .arg(c.actors[k].actor.left(80)));
        checkText(report, rec, QStringLiteral("actors[%1].role").arg(k), c.actors[k].role,
                  OptionalName);
    }
    if (!c.claimant.isEmpty() && d.actorIndex(c.claimant) < 0)
        report(rec, QStringLiteral("claimant"),
               QCoreApplication::translate("DatasetValidator", "unknown actor '%1'")
                   .arg(c.claimant.left(80)));
    if (!c.respondsTo.isEmpty()) {
        if (d.claimIndex(c.respondsTo) < 0)
            report(rec, QStringLiteral("responds_to"),
                   QCoreApplication::translate("DatasetValidator", "unknown claim '%1'")
                       .arg(c.respondsTo.left(80)));
        else if (c.respondsTo == c.id)
            report(rec, QStringLiteral("responds_to"),
                   QCoreApplication::translate("DatasetValidator", "a claim cannot answer itself"));
    }
    if (c.citations.isEmpty())
        report(
            rec, QStringLiteral("citations"),
            QCoreApplication::translate("DatasetValidator", "a claim needs at least one citation"));
    checkCount(report, rec, QStringLiteral("citations"), c.citations.size(),
               report.limits().citations);
    const qsizetype citations = qMin<qsizetype>(c.citations.size(), report.limits().citations);
    for (int k = 0; k < citations; ++k)
        checkCitation(d, c.citations[k], rec, k, report);
}

void checkClaims(const Dataset &d, const FileMentions &files, qsizetype from, qsizetype to,
                 Reporter &report)
{
    for (int i = int(from); i < to; ++i)
        checkClaim(d, files, i, report);
}

void checkConflict(const Dataset &d, const FileMentions &files, int i, Reporter &report)
{
    const Conflict &k = d.conflicts[i];
    const RecordName rec("conflict", "conflicts", i, ValidId{&k.id});
    checkText(report, rec, "about", k.about, Statement);
    files.check(report, rec, "about", k.about);
    if (QSet<QString>(k.claims.begin(), k.claims.end()).size() < 2)
        report(rec, QStringLiteral("claims"),
               QCoreApplication::translate("DatasetValidator",
                                           "a conflict links two different claims or more"));
    checkCount(report, rec, QStringLiteral("claims"), k.claims.size(),
               report.limits().conflictClaims);
    const qsizetype claims = qMin<qsizetype>(k.claims.size(), report.limits().conflictClaims);
    for (int c = 0; c < claims; ++c)
        if (d.claimIndex(k.claims[c]) < 0)
            report(rec, QStringLiteral("claims[%1]").arg(c),
                   QCoreApplication::translate("DatasetValidator", "unknown claim '%1'")
                       .arg(k.claims[c].left(80)));
}

void checkConflicts(const Dataset &d, const FileMentions &files, Reporter &report)
{
    for (int i = 0; i < d.conflicts.size(); ++i)
        checkConflict(d, files, i, report);
}

} // namespace

bool DatasetValidator::isValidId(const QString &id)
{
    // [a-z0-9][a-z0-9._-]{0,63}, the whole id, written out: it runs for every record, and a
    // regular expression match cost more than the rest of validation. Nothing may follow, not
    // even the final newline a PCRE '$' lets through: "c1\n" looks like c1 and is another id.
    const QStringView text(id);
    if (text.isEmpty() || text.size() > 64)
        return false;
    const auto alphanumeric = [](char16_t c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
    };
    if (!alphanumeric(text.front().unicode()))
        return false;
    for (const QChar c : text.sliced(1)) {
        const char16_t u = c.unicode();
        if (!alphanumeric(u) && u != u'.' && u != u'_' && u != u'-')
            return false;
    }
    return true;
}

Problems DatasetValidator::validate(const Dataset &dataset, const QString &fileName)
{
    return validate(dataset, fileName, Limits());
}

Problems DatasetValidator::validate(const Dataset &dataset, const QString &fileName,
                                    const Limits &limits)
{
    Problems problems;
    Reporter report(fileName, &problems, limits);
    const qsizetype claims = dataset.claims.size();
    const FileMentions files(dataset.sources);
    const auto checkAllButClaims = [&] {
        const RecordName top{QString()};
        checkText(report, top, "version", dataset.info.version, OptionalName);
        checkText(report, top, "title", dataset.info.title, DatasetTitle);
        checkText(report, top, "description", dataset.info.description, Prose);
        files.check(report, top, "title", dataset.info.title);
        files.check(report, top, "description", dataset.info.description);
        checkCount(report, top, QStringLiteral("sources"), dataset.sources.size(), limits.sources);
        checkCount(report, top, QStringLiteral("actors"), dataset.actors.size(), limits.actors);
        checkCount(report, top, QStringLiteral("claims"), claims, limits.claims);
        checkCount(report, top, QStringLiteral("conflicts"), dataset.conflicts.size(),
                   limits.conflicts);
        checkIds(
            dataset.sources, [&](const QString &id) { return dataset.sourceIndex(id); }, "source",
            "sources", report);
        checkIds(
            dataset.actors, [&](const QString &id) { return dataset.actorIndex(id); }, "actor",
            "actors", report);
        checkIds(
            dataset.claims, [&](const QString &id) { return dataset.claimIndex(id); }, "claim",
            "claims", report);
        // Conflicts have no index: always the set.
        checkIds(
            dataset.conflicts, [](const QString &) { return -1; }, "conflict", "conflicts", report);
        checkSources(dataset, files, report);
        checkActors(dataset, files, report);
        checkActorNames(dataset, report);
    };
    // Checking the claims is most of the work. A large dataset's are shared among the pool's
    // threads and this one, each range into a list of its own, while another thread checks
    // the rest; the lists then follow the rest's problems in the claims' order.
    QFuture<void> rest;
    if (claims >= ParallelClaims)
        rest = QtConcurrent::run(checkAllButClaims);
    else
        checkAllButClaims();
    const QList<Problems> claimProblems =
        Parallel::mapRanges(claims, ParallelClaims, [&](qsizetype from, qsizetype to) {
            Problems found;
            Reporter rangeReport(fileName, &found, limits);
            checkClaims(dataset, files, from, to, rangeReport);
            return found;
        });
    rest.waitForFinished();
    for (const Problems &found : claimProblems)
        problems.append(found);
    checkConflicts(dataset, files, report);
    return problems;
}

Problems DatasetValidator::validateRecords(const Dataset &dataset, const Records &records,
                                           const QString &fileName)
{
    Problems problems;
    const Limits limits;
    Reporter report(fileName, &problems, limits);
    const FileMentions files(dataset.sources);
    const auto named = [](const char *kind, const char *plural, int i, const QString &id) {
        return RecordName(kind, plural, i, ValidId{&id});
    };
    for (const int i : records.sources) {
        const QString &id = dataset.sources[i].id;
        checkIdForm(id, named("source", "sources", i, id), report);
        checkSource(dataset, files, i, report);
        checkSourceLabel(dataset, i, report);
    }
    for (const int i : records.actors) {
        const QString &id = dataset.actors[i].id;
        checkIdForm(id, named("actor", "actors", i, id), report);
        checkActor(dataset, files, i, report);
    }
    // A name that folds like another actor's is found from either side: the whole list.
    if (!records.actors.isEmpty())
        checkActorNames(dataset, report);
    for (const int i : records.claims) {
        const QString &id = dataset.claims[i].id;
        checkIdForm(id, named("claim", "claims", i, id), report);
        checkClaim(dataset, files, i, report);
    }
    for (const int i : records.conflicts) {
        const QString &id = dataset.conflicts[i].id;
        checkIdForm(id, named("conflict", "conflicts", i, id), report);
        checkConflict(dataset, files, i, report);
    }
    return problems;
}
