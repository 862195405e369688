// The desktop entry, the dataset type it opens and the identity the window gives itself agree:
// a file manager offers Dossier for its datasets and no other JSON, and the window it opens
// is matched to the entry (desktop file name, StartupWMClass, icon).
#include "app/window/DossierApplication.h"
#include "models/format/DatasetJsonWriter.h"
#include "tests/support/TestSupport.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString LinuxDir = QStringLiteral(DOSSIER_LINUX_DIR);
const QString EntryPath = LinuxDir + QStringLiteral("/org.dossier.Dossier.desktop");
const QString MimePath = LinuxDir + QStringLiteral("/org.dossier.Dossier.mime.xml");

/// The [Desktop Entry] group's keys and values.
QHash<QString, QString> desktopEntry()
{
    QHash<QString, QString> keys;
    QFile file(EntryPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return keys;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals > 0 && !line.startsWith(QLatin1Char('#')))
            keys.insert(line.left(equals), line.mid(equals + 1));
    }
    return keys;
}

struct MimeType
{
    QString type;
    QStringList globs;
    QStringList magic; ///< the string values of its matches
};

QList<MimeType> declaredTypes()
{
    QList<MimeType> types;
    QFile file(MimePath);
    if (!file.open(QIODevice::ReadOnly))
        return types;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("mime-type"))
            types.append({xml.attributes().value(QLatin1String("type")).toString(), {}, {}});
        else if (name == QLatin1String("glob") && !types.isEmpty())
            types.last().globs << xml.attributes().value(QLatin1String("pattern")).toString();
        else if (name == QLatin1String("match") && !types.isEmpty())
            types.last().magic << xml.attributes().value(QLatin1String("value")).toString();
    }
    return xml.hasError() ? QList<MimeType>() : types;
}

/// Runs a validator; true when it passes, saying nothing. `output` is what it said.
bool runTool(const QString &tool, const QStringList &arguments, QByteArray *output)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return false;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(30000);
    *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 &&
           output->trimmed().isEmpty();
}

} // namespace

class TestDesktopEntry final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        DossierApplication::setIdentity();
        DossierApplication::setUpDesktopIdentity();
    }

    // The entry opens Dossier's own types, each declared in the installed XML, and not every
    // JSON file.
    void opensOnlyDossierTypes()
    {
        const QStringList opened = desktopEntry()
                                       .value(QStringLiteral("MimeType"))
                                       .split(QLatin1Char(';'), Qt::SkipEmptyParts);
        QVERIFY(!opened.isEmpty());
        QVERIFY(!opened.contains(QStringLiteral("application/json")));
        QStringList declared;
        for (const MimeType &type : declaredTypes())
            declared << type.type;
        QCOMPARE(opened, declared);
    }

    // The magic finds what Dossier writes, whatever the file is called.
    void datasetTypeKnowsWhatDossierWrites()
    {
        const QList<MimeType> types = declaredTypes();
        QCOMPARE(types.size(), 1);
        QCOMPARE(types.first().globs, QStringList{QStringLiteral("*.dossier.json")});
        const QByteArray written = DatasetJsonWriter::write(TestSupport::miniDataset());
        bool found = false;
        for (const QString &value : types.first().magic)
            found = found || written.left(256).contains(value.toUtf8());
        QVERIFY2(found, written.left(256).constData());
    }

    // The window is matched to the entry: by its desktop file name (Wayland's app id) and, on
    // X11, by WM_CLASS, whose class Qt's xcb plug-in takes from the application name.
    void windowIsMatchedToTheEntry()
    {
        QCOMPARE(QGuiApplication::desktopFileName() + QStringLiteral(".desktop"),
                 QFileInfo(EntryPath).fileName());
        QCOMPARE(desktopEntry().value(QStringLiteral("StartupWMClass")),
                 QCoreApplication::applicationName());
        QCOMPARE(desktopEntry().value(QStringLiteral("Icon")), QGuiApplication::desktopFileName());
        const QList<QSize> sizes = QApplication::windowIcon().availableSizes();
        for (int size : {16, 32, 48, 64, 128, 256})
            QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
    }

    void entryValidates()
    {
        QByteArray output;
        if (QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate")).isEmpty())
            QSKIP("desktop-file-validate is not installed (Debian: desktop-file-utils)");
        QVERIFY2(runTool(QStringLiteral("desktop-file-validate"), {EntryPath}, &output),
                 output.constData());
    }

    void typeIsWellFormedXml()
    {
        QByteArray output;
        if (QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty())
            QSKIP("xmllint is not installed (Debian: libxml2-utils)");
        QVERIFY2(runTool(QStringLiteral("xmllint"), {QStringLiteral("--noout"), MimePath}, &output),
                 output.constData());
    }
};

QTEST_MAIN(TestDesktopEntry)
#include "tst_desktopentry.moc"
