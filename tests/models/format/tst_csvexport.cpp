// CsvExport's cells, read back by a strict RFC 4180 reader: the text survives, and a cell a
// spreadsheet would run as a formula starts with an apostrophe.
#include "models/format/CsvExport.h"
#include "tests/support/TestSupport.h"

#include <QTest>
#include <functional>
#include <optional>

namespace {

/// The rows of an RFC 4180 file (CRLF line ends, quotes doubled inside quoted cells);
/// nothing when the bytes break the format, e.g. a quote or a line break in an unquoted cell.
std::optional<QList<QStringList>> readCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool wasQuoted = false; // the cell was quoted and closed: only a separator may follow
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch != u'"') {
                cell += ch;
            } else if (i + 1 < text.size() && text[i + 1] == u'"') {
                cell += ch;
                ++i;
            } else {
                quoted = false;
                wasQuoted = true;
            }
        } else if (ch == u',' || ch == u'\r') {
            if (ch == u'\r' && (i + 1 >= text.size() || text[i + 1] != u'\n'))
                return std::nullopt;
            row << cell;
            cell.clear();
            wasQuoted = false;
            if (ch == u'\r') {
                rows << row;
                row.clear();
                ++i;
            }
        } else if (wasQuoted || ch == u'\n' || (ch == u'"' && !cell.isEmpty())) {
            return std::nullopt;
        } else if (ch == u'"') {
            quoted = true;
        } else {
            cell += ch;
        }
    }
    if (quoted || !cell.isEmpty() || !row.isEmpty())
        return std::nullopt; // the last row must end with CRLF
    return rows;
}

enum Column
{
    IdColumn,
    DateColumn,
    StartDateColumn,
    EndDateColumn,
    DatePrecisionColumn,
    DateBasisColumn,
    KindColumn,
    StatementColumn,
    ActorsColumn,
    ClaimantColumn,
    SourceColumn,
    SourceLabelColumn,
    OutletColumn,
    PublishedColumn,
    ParagraphColumn,
    QuoteColumn,
    ColumnCount
};

/// One source, one actor (also the claimant), one claim with one citation.
Dataset oneClaim()
{
    Dataset d;
    Source source;
    source.id = QStringLiteral("s1");
    source.outlet = QStringLiteral("Outlet");
    source.label = QStringLiteral("Label");
    source.published = PartialDate::fromYear(2024);
    d.sources << source;
    Actor actor;
    actor.id = QStringLiteral("a1");
    actor.name = QStringLiteral("Actor");
    actor.kind = QStringLiteral("person");
    d.actors << actor;
    Claim claim;
    claim.id = QStringLiteral("c1");
    claim.date = PartialDate::fromYearMonth(2024, 3);
    claim.kind = QStringLiteral("event");
    claim.statement = QStringLiteral("Statement");
    claim.actors = {{QStringLiteral("a1"), QString()}};
    claim.claimant = QStringLiteral("a1");
    claim.citations = {{QStringLiteral("s1"), 2, QStringLiteral("Quote"), {}, {}}};
    d.claims << claim;
    d.reindex();
    return d;
}

const QStringList unchangedRow = {
    "c1",    "2024-03", "2024-03-01", "2024-03-31", "month",  "text", "event", "Statement",
    "Actor", "Actor",   "s1",         "Label",      "Outlet", "2024", "2",     "Quote"};

struct Field
{
    const char *name;
    std::function<void(Dataset &, const QString &)> set;
    QList<int> columns; // where the value shows
};

QList<Field> fields()
{
    return {
        {"statement",
         [](Dataset &d, const QString &v) { d.claims[0].statement = v; },
         {StatementColumn}},
        {"quote",
         [](Dataset &d, const QString &v) { d.claims[0].citations[0].quote = v; },
         {QuoteColumn}},
        {"actor name",
         [](Dataset &d, const QString &v) { d.actors[0].name = v; },
         {ActorsColumn, ClaimantColumn}},
        {"outlet", [](Dataset &d, const QString &v) { d.sources[0].outlet = v; }, {OutletColumn}},
        {"label",
         [](Dataset &d, const QString &v) { d.sources[0].label = v; },
         {SourceLabelColumn}},
        {"kind", [](Dataset &d, const QString &v) { d.claims[0].kind = v; }, {KindColumn}},
    };
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT
private slots:
    void cells_data();
    void cells();
    void headerAndRowPerCitation();
    void byteOrderMark();
};

void TestCsvExport::cells_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected"); // the cell as a spreadsheet reads it
    const QList<std::pair<const char *, std::pair<QString, QString>>> values = {
        {"formula", {u"=1+1"_qs, u"'=1+1"_qs}},
        {"hyperlink formula",
         {u"=HYPERLINK(\"http://x\",\"y\")"_qs, u"'=HYPERLINK(\"http://x\",\"y\")"_qs}},
        {"plus", {u"+33 1 23 45"_qs, u"'+33 1 23 45"_qs}},
        {"minus", {u"-2+3"_qs, u"'-2+3"_qs}},
        {"at", {u"@SUM(A1:A2)"_qs, u"'@SUM(A1:A2)"_qs}},
        {"tab", {u"\t=1"_qs, u"'\t=1"_qs}},
        {"carriage return", {u"\r=1"_qs, u"'\r=1"_qs}},
        {"equals inside", {u"a=b"_qs, u"a=b"_qs}},
        {"plain", {u"Plain text"_qs, u"Plain text"_qs}},
        {"comma and quotes", {u"He said \"no\", twice"_qs, u"He said \"no\", twice"_qs}},
        {"line break", {u"two\nlines"_qs, u"two\nlines"_qs}},
        {"apostrophe first", {u"'quoted'"_qs, u"'quoted'"_qs}},
        {"accents", {u"« déposée »"_qs, u"« déposée »"_qs}},
    };
    for (const Field &field : fields())
        for (const auto &[name, value] : values)
            QTest::addRow("%s: %s", field.name, name)
                << QString::fromLatin1(field.name) << value.first << value.second;
}

void TestCsvExport::cells()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    Dataset d = oneClaim();
    QStringList expectedRow = unchangedRow;
    for (const Field &f : fields()) {
        if (field == QLatin1String(f.name)) {
            f.set(d, value);
            for (const int column : f.columns)
                expectedRow[column] = expected;
        }
    }
    d.reindex();
    const QByteArray csv = CsvExport::write(d, {0});
    const auto rows = readCsv(csv);
    QVERIFY2(rows.has_value(), csv.constData());
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(1), expectedRow);
}

void TestCsvExport::headerAndRowPerCitation()
{
    const Dataset d = TestSupport::miniDataset();
    QList<int> all;
    for (int c = 0; c < d.claims.size(); ++c)
        all << c;
    const auto rows = readCsv(CsvExport::write(d, all));
    QVERIFY(rows.has_value());
    QCOMPARE(rows->at(0),
             QStringList({"claim_id", "date", "start_date", "end_date", "date_precision",
                          "date_basis", "kind", "statement", "actors", "claimant", "source",
                          "source_label", "outlet", "published", "paragraph", "quote"}));
    QStringList ids;
    for (qsizetype r = 1; r < rows->size(); ++r) {
        QCOMPARE(rows->at(r).size(), int(ColumnCount));
        ids << rows->at(r).at(IdColumn);
    }
    QCOMPARE(ids, QStringList({"c1", "c2", "c3", "c4", "c5", "c5"})); // c5 cites two articles
    const int c2 = d.claimIndex(QStringLiteral("c2"));
    QCOMPARE(rows->at(2).at(ActorsColumn),
             QStringLiteral("Jeanne Dupont (plaintiff); Acme (defendant)"));
    QCOMPARE(rows->at(2).at(ClaimantColumn), QStringLiteral("Jeanne Dupont"));
    QCOMPARE(rows->at(2).at(QuoteColumn), d.claims[c2].citations[0].quote);
    // A claim dated only by its report says so beside its date; the source by its label.
    QCOMPARE(rows->at(3).at(DateBasisColumn), QStringLiteral("reported"));
    QCOMPARE(rows->at(2).at(DateBasisColumn), QStringLiteral("text"));
    QCOMPARE(rows->at(2).at(SourceLabelColumn), d.sources[0].label);
    // The period of each date, whole, at the precision the sources give.
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const Claim &c = d.claims[d.claimIndex(rows->at(r).at(IdColumn))];
        QCOMPARE(rows->at(r).at(StartDateColumn), c.date.first().toString(Qt::ISODate));
        QCOMPARE(rows->at(r).at(EndDateColumn), c.date.last().toString(Qt::ISODate));
    }
    QCOMPARE(rows->at(1).at(DateColumn), QStringLiteral("2015"));
    QCOMPARE(rows->at(1).at(StartDateColumn), QStringLiteral("2015-01-01"));
    QCOMPARE(rows->at(1).at(EndDateColumn), QStringLiteral("2015-12-31"));
    QCOMPARE(rows->at(1).at(DatePrecisionColumn), QStringLiteral("year"));
}

// With the option, and only with it, the file starts with a UTF-8 byte-order mark.
void TestCsvExport::byteOrderMark()
{
    const Dataset d = TestSupport::miniDataset();
    QVERIFY(!CsvExport::write(d, {0}).startsWith("\xEF\xBB\xBF"));
    const QByteArray marked = CsvExport::write(d, {0}, {.byteOrderMark = true});
    QVERIFY(marked.startsWith("\xEF\xBB\xBF"
                              "claim_id,"));
    QCOMPARE(marked.mid(3), CsvExport::write(d, {0}));
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
