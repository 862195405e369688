// The TimelineJS export: partial dates become start_date parts without invented months or days,
// dataset text stays text, and the real TimelineJS (npm @knight-lab/timelinejs, in headless
// Chromium) shows one slide per claim with its statement as headline and no error. The render
// is skipped where Chromium or the package is missing; CI installs both.
#include "models/data/ClaimDate.h"
#include "models/format/DatasetJsonReader.h"
#include "models/format/TimelineJsExport.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

namespace {

QList<int> all(const Dataset &d)
{
    QList<int> claims;
    for (int c = 0; c < d.claims.size(); ++c)
        claims << c;
    return claims;
}

// Text as a reader of the slide sees it: HTML entities read, direction isolates dropped.
QString shown(const QString &html)
{
    QString text = QTextDocumentFragment::fromHtml(html).toPlainText();
    text.remove(QChar(0x2068)).remove(QChar(0x2069));
    return text;
}

Dataset bundled()
{
    QFile file(QStringLiteral(DOSSIER_TEST_DATA "/../../resources/dataset/dispute.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto read = DatasetJsonReader::read(file.readAll(), QStringLiteral("dispute.json"));
    return read.ok() ? read.dataset : Dataset{};
}

} // namespace

class TestTimelineJs final : public QObject
{
    Q_OBJECT

private slots:
    void datesKeepTheirPrecision_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("year") << "2024" << QStringList{"year"};
        QTest::newRow("month") << "2024-03" << QStringList{"month", "year"};
        QTest::newRow("day") << "2024-03-05" << QStringList{"day", "month", "year"};
    }

    void datesKeepTheirPrecision()
    {
        QFETCH(QString, date);
        QFETCH(QStringList, parts);
        Dataset d = TestSupport::miniDataset();
        d.claims[0].date = PartialDate::parse(date);
        d.reindex();
        const QJsonObject doc = QJsonDocument::fromJson(TimelineJsExport::write(d, {0})).object();
        const QJsonArray events = doc.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 1);
        const QJsonObject start =
            events[0].toObject().value(QStringLiteral("start_date")).toObject();
        QStringList keys = start.keys();
        keys.sort();
        QCOMPARE(keys, parts);
        QCOMPARE(start.value(QStringLiteral("year")).toString(), QStringLiteral("2024"));
        // No end date: a span would be drawn from a first to a last day no source gives.
        QVERIFY(!events[0].toObject().contains(QStringLiteral("end_date")));
        QCOMPARE(events[0].toObject().value(QStringLiteral("display_date")).toString(),
                 ClaimDate::shortText(d.claims[0]));
    }

    // Markup in the dataset reaches TimelineJS as text to show, not as HTML to run.
    void datasetTextStaysText()
    {
        Dataset d = TestSupport::miniDataset();
        const QString markup = QStringLiteral("<img src=x onerror=alert(1)> & <b>bold</b>");
        d.claims[0].statement = markup;
        d.claims[0].citations[0].quote = markup;
        d.info.title = markup;
        d.reindex();
        const QByteArray json = TimelineJsExport::write(d, {0});
        QVERIFY(!json.contains("<img"));
        QVERIFY(!json.contains("<b>bold"));
        const QJsonObject doc = QJsonDocument::fromJson(json).object();
        const QJsonObject slide = doc.value(QStringLiteral("events")).toArray()[0].toObject();
        const QJsonObject text = slide.value(QStringLiteral("text")).toObject();
        QCOMPARE(shown(text.value(QStringLiteral("headline")).toString()), markup);
        QVERIFY(shown(text.value(QStringLiteral("text")).toString()).contains(markup));
    }

    // One slide per dated claim, in date order.
    void oneSlidePerClaimInDateOrder()
    {
        const Dataset d = bundled();
        QVERIFY(!d.claims.isEmpty());
        const QJsonArray events = QJsonDocument::fromJson(TimelineJsExport::write(d, all(d)))
                                      .object()
                                      .value(QStringLiteral("events"))
                                      .toArray();
        QCOMPARE(events.size(), d.claims.size());
        PartialDate previous;
        for (const QJsonValue &e : events) {
            const Claim &c =
                d.claims[d.claimIndex(e.toObject().value(QStringLiteral("unique_id")).toString())];
            QVERIFY(!previous.isValid() || !(c.date < previous));
            previous = c.date;
        }
    }

    // The real TimelineJS renders the bundled dataset's export: a title slide and one slide per
    // claim, each headed by its statement and dated as the export says, and no error.
    void timelineJsRendersIt()
    {
        const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        if (chromium.isEmpty())
            QSKIP("Chromium (the Debian package chromium) is not installed");
        const QString dist =
            qEnvironmentVariable("DOSSIER_TIMELINEJS", QStringLiteral(DOSSIER_TIMELINEJS));
        if (!QFile::exists(dist + QStringLiteral("/js/timeline.js")))
            QSKIP("TimelineJS (npm @knight-lab/timelinejs) is not installed; CI installs it");
        const Dataset d = bundled();
        const QByteArray json = TimelineJsExport::write(d, all(d));
        QTemporaryDir dir;
        QFile page(dir.filePath(QStringLiteral("page.html")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        const QString base = QUrl::fromLocalFile(dist).toString();
        page.write(
            QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\">"
                           "<link rel=\"stylesheet\" href=\"%1/css/timeline.css\">"
                           "<script src=\"%1/js/timeline.js\"></script></head><body>"
                           "<div id=\"tl\" style=\"width:1000px;height:700px\"></div><script>"
                           "var errors = [];"
                           "window.onerror = function (m) { errors.push(String(m)); };"
                           "try { new TL.Timeline('tl', ")
                .arg(base)
                .toUtf8() +
            json +
            "); } catch (e) { errors.push(String(e)); }"
            "setTimeout(function () { var p = document.createElement('pre');"
            " p.id = 'errors'; p.textContent = errors.join('|') || 'none';"
            " document.body.appendChild(p); }, 3000);"
            "</script></body></html>");
        page.close();
        QProcess browser;
        browser.start(chromium,
                      {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                       QStringLiteral("--disable-gpu"),
                       QStringLiteral("--user-data-dir=") + dir.filePath(QStringLiteral("profile")),
                       QStringLiteral("--virtual-time-budget=10000"), QStringLiteral("--dump-dom"),
                       QUrl::fromLocalFile(page.fileName()).toString()});
        QVERIFY(browser.waitForFinished(120000));
        const QString dom = QString::fromUtf8(browser.readAllStandardOutput());
        QVERIFY2(dom.contains(QStringLiteral("<pre id=\"errors\">none</pre>")),
                 qPrintable(dom.right(400)));
        static const QRegularExpression slideClass(
            QStringLiteral("class=\"tl-slide tl-slide-text-only\""));
        static const QRegularExpression titleClass(
            QStringLiteral("class=\"tl-slide tl-slide-titleslide"));
        QCOMPARE(int(dom.count(slideClass)), int(d.claims.size()));
        QCOMPARE(int(dom.count(titleClass)), 1);
        static const QRegularExpression headline(
            QStringLiteral("<h2 class=\"tl-headline\">(.*?)</h2>"));
        QStringList headlines;
        for (const QRegularExpressionMatch &m : headline.globalMatch(dom))
            headlines << shown(m.captured(1));
        const QJsonArray events =
            QJsonDocument::fromJson(json).object().value(QStringLiteral("events")).toArray();
        QCOMPARE(headlines.size(), events.size());
        for (qsizetype i = 0; i < events.size(); ++i) {
            const Claim &c = d.claims[d.claimIndex(
                events[i].toObject().value(QStringLiteral("unique_id")).toString())];
            QCOMPARE(headlines[i], c.statement);
        }
    }
};

QTEST_MAIN(TestTimelineJs)
#include "tst_timelinejs.moc"
