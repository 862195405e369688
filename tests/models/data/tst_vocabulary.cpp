// The vocabulary of the format (claim kinds, actor kinds, roles) is written once in the code,
// the validator admits exactly it, and FORMAT.md, the authors' guide, lists the same words.
#include "models/data/ActorKinds.h"
#include "models/data/ActorRoles.h"
#include "models/data/ClaimKinds.h"
#include "models/format/DatasetValidator.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

/// The comma-separated words after `lead` on the first line of `section` in FORMAT.md that
/// holds it, without the final full stop.
QStringList formatList(const QString &section, const QString &lead)
{
    QFile file(QStringLiteral(DOSSIER_SOURCE_DIR "/resources/dataset/FORMAT.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype from = text.indexOf(QStringLiteral("\n## ") + section);
    if (from < 0)
        return {};
    const qsizetype end = text.indexOf(QStringLiteral("\n## "), from + 1);
    const QString body = text.mid(from, end < 0 ? -1 : end - from);
    for (const QString &line : body.split(QLatin1Char('\n'))) {
        const qsizetype at = line.indexOf(lead);
        if (at < 0)
            continue;
        QString list = line.mid(at + lead.size()).trimmed();
        if (list.endsWith(QLatin1Char('.')))
            list.chop(1);
        QStringList words = list.split(QLatin1Char(','));
        for (QString &w : words)
            w = w.trimmed();
        return words;
    }
    return {};
}

} // namespace

class TestVocabulary final : public QObject
{
    Q_OBJECT

private slots:
    void formatGuideListsTheSameWords_data()
    {
        QTest::addColumn<QStringList>("guide");
        QTest::addColumn<QStringList>("code");
        QTest::newRow("claim kinds")
            << formatList(QStringLiteral("claims"), QStringLiteral("`kind`: one of"))
            << ClaimKinds::known();
        QTest::newRow("actor kinds")
            << formatList(QStringLiteral("actors"), QStringLiteral("`kind`: one of"))
            << ActorKinds::known();
        QTest::newRow("roles") << formatList(QStringLiteral("claims"),
                                             QStringLiteral("roles where one fits:"))
                               << ActorRoles::known();
    }

    void formatGuideListsTheSameWords()
    {
        QFETCH(QStringList, guide);
        QFETCH(QStringList, code);
        QVERIFY(!guide.isEmpty());
        QCOMPARE(guide, code);
    }

    void validatorAdmitsExactlyTheKnownKinds()
    {
        const Dataset mini = TestSupport::miniDataset();
        for (const QString &kind : ClaimKinds::known()) {
            Dataset d = mini;
            d.claims[0].kind = kind;
            QVERIFY2(DatasetValidator::validate(d, {}).isEmpty(), qPrintable(kind));
        }
        for (const QString &kind : ActorKinds::known()) {
            Dataset d = mini;
            d.actors[0].kind = kind;
            QVERIFY2(DatasetValidator::validate(d, {}).isEmpty(), qPrintable(kind));
        }
        Dataset claim = mini;
        claim.claims[0].kind = QStringLiteral("rumour");
        QCOMPARE(DatasetValidator::validate(claim, {}).size(), 1);
        Dataset actor = mini;
        actor.actors[0].kind = QStringLiteral("Person");
        QCOMPARE(DatasetValidator::validate(actor, {}).size(), 1);
    }

    void labelsFollowTheLists()
    {
        QCOMPARE(ClaimKinds::label(QStringLiteral("allegation")), QStringLiteral("Allegation"));
        QCOMPARE(ClaimKinds::label(QStringLiteral("rumour")), QStringLiteral("rumour"));
        QCOMPARE(ClaimKinds::order(QStringLiteral("analysis")), 6);
        QCOMPARE(ClaimKinds::order(QStringLiteral("rumour")), int(ClaimKinds::known().size()));
        QCOMPARE(ActorKinds::label(QStringLiteral("court")), QStringLiteral("court"));
        QCOMPARE(ActorKinds::label(QStringLiteral("alien")), QStringLiteral("alien"));
    }

    void actorNameByIdFallsBackToTheId()
    {
        const Dataset d = TestSupport::miniDataset();
        QCOMPARE(d.actorName(QStringLiteral("acme")), QStringLiteral("Acme"));
        QCOMPARE(d.actorName(QStringLiteral("nobody")), QStringLiteral("nobody"));
        QVERIFY(d.actorName(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
