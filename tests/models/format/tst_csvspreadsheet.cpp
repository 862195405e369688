// The CSV as a spreadsheet reads it: LibreOffice opens the export of the bundled dataset, and
// every start_date and end_date cell is a date (not a number or text), so sorting by either
// sorts in time, and in the same order as the ISO text. Skipped where LibreOffice is missing.
#include "models/format/CsvExport.h"
#include "models/format/DatasetJsonReader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// The cells of each row of the first table in a flat ODF spreadsheet: value type and value
// (the date for a date cell, the text otherwise), repeated cells expanded.
struct Cell
{
    QString type;
    QString value;
};

QList<QList<Cell>> readRows(QIODevice *fods)
{
    QList<QList<Cell>> rows;
    QXmlStreamReader xml(fods);
    Cell cell;
    int repeat = 1;
    bool inCell = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"table-row") {
            rows.append(QList<Cell>());
        } else if (xml.isStartElement() &&
                   (xml.name() == u"table-cell" || xml.name() == u"covered-table-cell")) {
            const auto a = xml.attributes();
            cell = Cell{a.value(QStringLiteral("office:value-type")).toString(),
                        a.value(QStringLiteral("office:date-value")).toString()};
            repeat = std::min(
                64, std::max(1, a.value(QStringLiteral("table:number-columns-repeated")).toInt()));
            inCell = true;
        } else if (inCell && xml.isStartElement() && xml.name() == u"p") {
            if (cell.value.isEmpty())
                cell.value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement() &&
                   (xml.name() == u"table-cell" || xml.name() == u"covered-table-cell")) {
            for (int i = 0; i < repeat && !rows.isEmpty(); ++i)
                rows.last().append(cell);
            inCell = false;
        } else if (xml.isEndElement() && xml.name() == u"table") {
            break; // the first sheet only
        }
    }
    return rows;
}

} // namespace

class TestCsvSpreadsheet final : public QObject
{
    Q_OBJECT

private slots:
    void datesAreDatesInLibreOffice()
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty())
            QSKIP("LibreOffice (libreoffice-calc-nogui) is not installed");
        QFile json(QStringLiteral(DOSSIER_TEST_DATA "/../../resources/dataset/dispute.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        auto read = DatasetJsonReader::read(json.readAll(), QStringLiteral("dispute.json"));
        QVERIFY(read.ok());
        const Dataset &d = read.dataset;
        QList<int> all;
        for (int c = 0; c < d.claims.size(); ++c)
            all << c;
        QTemporaryDir dir;
        QFile csv(dir.filePath(QStringLiteral("claims.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(CsvExport::write(d, all, {.byteOrderMark = true}));
        csv.close();

        // Comma-separated, double quotes, UTF-8 (76), first line 1; into a flat spreadsheet.
        QProcess office;
        office.setWorkingDirectory(dir.path());
        office.start(soffice,
                     {QStringLiteral("-env:UserInstallation=file://") +
                          dir.filePath(QStringLiteral("profile")),
                      QStringLiteral("--headless"), QStringLiteral("--infilter=CSV:44,34,76,1"),
                      QStringLiteral("--convert-to"), QStringLiteral("fods"),
                      QStringLiteral("--outdir"), dir.path(), csv.fileName()});
        QVERIFY(office.waitForFinished(120000));
        QFile fods(dir.filePath(QStringLiteral("claims.fods")));
        QVERIFY2(fods.open(QIODevice::ReadOnly), office.readAllStandardError().constData());
        const QList<QList<Cell>> rows = readRows(&fods);
        QVERIFY(rows.size() > d.claims.size());
        const QList<Cell> &header = rows.first();
        int start = -1, end = -1;
        for (int i = 0; i < header.size(); ++i) {
            if (header[i].value == u"start_date")
                start = i;
            if (header[i].value == u"end_date")
                end = i;
        }
        QVERIFY(start >= 0 && end >= 0);
        // The CSV's rows: one per claim and citation, in dataset order.
        QList<std::pair<QDate, QDate>> expected;
        for (const Claim &c : d.claims)
            for (qsizetype i = 0; i < c.citations.size(); ++i)
                expected.append({c.date.first(), c.date.last()});
        QVERIFY(rows.size() > expected.size());
        for (qsizetype r = 0; r < expected.size(); ++r) {
            const QList<Cell> &row = rows[r + 1];
            QVERIFY(row.size() > std::max(start, end));
            // A date cell holding the period's first (last) day: sorting by it is by time.
            QCOMPARE(row[start].type, QStringLiteral("date"));
            QCOMPARE(row[end].type, QStringLiteral("date"));
            QCOMPARE(QDate::fromString(row[start].value.left(10), Qt::ISODate), expected[r].first);
            QCOMPARE(QDate::fromString(row[end].value.left(10), Qt::ISODate), expected[r].second);
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvSpreadsheet)
#include "tst_csvspreadsheet.moc"
