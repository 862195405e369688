#include "models/format/DatasetJsonReader.h"
#include "tests/support/TestSupport.h"
#include "widgets/report/ClaimExport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

/// Drives File ▸ Export Claims through its dialog seam: each format is written for the claims
/// the filter shows, and the choice is remembered.
class TestClaimExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void writesTheShownClaims_data();
    void writesTheShownClaims();
    void filteredJsonIsADatasetOfItsOwn();
    void addsTheFormatsSuffix();
    void remembersFolderAndFormat();
    void cancelledDialogWritesNothing();
    void unwritablePathShowsAnError();

private:
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QTemporaryDir m_settings;
    Dataset m_dataset;
    QList<int> m_claims;
    ClaimFilter m_filter;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
    ClaimExport *m_export = nullptr;
    QString m_chosenPath;
    ClaimExport::Format m_chosenFormat = ClaimExport::Format::Csv;
    ClaimExport::Format m_offeredFormat = ClaimExport::Format::Csv;
    QString m_suggested;
    QStringList m_errors;
};

void TestClaimExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
}

void TestClaimExport::init()
{
    QSettings().clear();
    m_dataset = TestSupport::miniDataset();
    m_claims = {0, 2, 4};
    m_filter = {};
    m_filter.kinds = {QStringLiteral("event"), QStringLiteral("response")};
    m_errors.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<QWidget>();
    m_export = new ClaimExport(
        m_dataset, [this] { return m_claims; }, [this] { return m_filter; }, m_window.get());
    ClaimExport::Dialogs dialogs;
    dialogs.fileName = [this](QWidget *, const QString &suggested, ClaimExport::Format *format) {
        m_suggested = suggested;
        m_offeredFormat = *format;
        *format = m_chosenFormat;
        return m_chosenPath;
    };
    dialogs.error = [this](QWidget *, const QString &, const QString &message) {
        m_errors << message;
    };
    m_export->setDialogs(dialogs);
}

void TestClaimExport::cleanup()
{
    m_window.reset();
    m_export = nullptr;
}

void TestClaimExport::writesTheShownClaims_data()
{
    QTest::addColumn<ClaimExport::Format>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<int>("records"); // data rows or slides, besides headers and title
    QTest::newRow("csv") << ClaimExport::Format::Csv << QByteArray("claim_id,") << 3;
    QTest::newRow("csv with bom") << ClaimExport::Format::CsvWithBom
                                  << QByteArray("\xEF\xBB\xBF"
                                                "claim_id,")
                                  << 3;
    QTest::newRow("timelinejs") << ClaimExport::Format::TimelineJs << QByteArray("{") << 3;
}

void TestClaimExport::writesTheShownClaims()
{
    QFETCH(ClaimExport::Format, format);
    QFETCH(QByteArray, start);
    QFETCH(int, records);
    m_chosenFormat = format;
    m_chosenPath = m_dir->filePath(QStringLiteral("out.") + ClaimExport::suffix(format));
    QSignalSpy exported(m_export, &ClaimExport::exported);
    m_export->action()->trigger();
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.at(0).at(1).toInt(), m_claims.size());
    QVERIFY(m_errors.isEmpty());
    const QByteArray bytes = read(m_chosenPath);
    QVERIFY2(bytes.startsWith(start), bytes.left(40).constData());
    QCOMPARE(bytes, ClaimExport::bytes(m_dataset, m_claims, false, format));
    if (format == ClaimExport::Format::TimelineJs) {
        const QJsonObject timeline = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(timeline.value(QStringLiteral("events")).toArray().size(), records);
    } else {
        int rowsNamingAClaim = 0;
        for (const int c : std::as_const(m_claims))
            rowsNamingAClaim += bytes.contains("\n" + m_dataset.claims[c].id.toUtf8() + ",");
        QCOMPARE(rowsNamingAClaim, records);
        QVERIFY(!bytes.contains("\n" + m_dataset.claims[1].id.toUtf8() + ","));
    }
}

void TestClaimExport::filteredJsonIsADatasetOfItsOwn()
{
    m_chosenFormat = ClaimExport::Format::Json;
    m_chosenPath = m_dir->filePath(QStringLiteral("part.json"));
    m_export->action()->trigger();
    const auto part = DatasetJsonReader::readFile(m_chosenPath);
    QVERIFY2(part.ok(), qPrintable(m_chosenPath));
    QCOMPARE(part.dataset.claims.size(), m_claims.size());
    // With no filter, the whole dataset, links across the filter and all.
    m_filter = {};
    m_claims = {0, 1, 2, 3, 4};
    QVERIFY(m_export->exportTo(m_chosenPath, ClaimExport::Format::Json));
    const auto whole = DatasetJsonReader::readFile(m_chosenPath);
    QVERIFY(whole.ok());
    QCOMPARE(whole.dataset.claims.size(), m_dataset.claims.size());
    QCOMPARE(whole.dataset.conflicts.size(), m_dataset.conflicts.size());
    QVERIFY(!m_dataset.conflicts.isEmpty());
}

void TestClaimExport::addsTheFormatsSuffix()
{
    m_chosenFormat = ClaimExport::Format::CsvWithBom;
    m_chosenPath = m_dir->filePath(QStringLiteral("claims"));
    m_export->action()->trigger();
    QVERIFY(read(m_dir->filePath(QStringLiteral("claims.csv"))).startsWith("\xEF\xBB\xBF"));
    m_chosenFormat = ClaimExport::Format::TimelineJs;
    m_export->action()->trigger();
    QVERIFY(read(m_dir->filePath(QStringLiteral("claims.json"))).startsWith("{"));
}

void TestClaimExport::remembersFolderAndFormat()
{
    m_chosenFormat = ClaimExport::Format::TimelineJs;
    m_chosenPath = m_dir->filePath(QStringLiteral("tl.json"));
    m_export->action()->trigger();
    QVERIFY(QFile::exists(m_chosenPath));
    // A new controller (the next session) offers the same format in the same folder.
    ClaimExport next(
        m_dataset, [this] { return m_claims; }, [this] { return m_filter; }, m_window.get());
    ClaimExport::Dialogs dialogs;
    dialogs.fileName = [this](QWidget *, const QString &suggested, ClaimExport::Format *format) {
        m_suggested = suggested;
        m_offeredFormat = *format;
        return QString();
    };
    next.setDialogs(dialogs);
    next.exportClaims();
    QCOMPARE(m_offeredFormat, ClaimExport::Format::TimelineJs);
    QCOMPARE(QFileInfo(m_suggested).absolutePath(), QFileInfo(m_chosenPath).absolutePath());
    QVERIFY(m_suggested.endsWith(QStringLiteral(".json")));
}

void TestClaimExport::cancelledDialogWritesNothing()
{
    m_chosenPath.clear();
    QSignalSpy exported(m_export, &ClaimExport::exported);
    m_export->action()->trigger();
    QCOMPARE(exported.size(), 0);
    QVERIFY(m_errors.isEmpty());
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

void TestClaimExport::unwritablePathShowsAnError()
{
    QFile blocker(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    m_chosenPath = blocker.fileName() + QStringLiteral("/claims.csv");
    QSignalSpy exported(m_export, &ClaimExport::exported);
    m_export->action()->trigger();
    QCOMPARE(exported.size(), 0);
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.first().contains(m_chosenPath), qPrintable(m_errors.first()));
    QVERIFY(!QFile::exists(m_chosenPath));
}

QTEST_MAIN(TestClaimExport)
#include "tst_claimexport.moc"
