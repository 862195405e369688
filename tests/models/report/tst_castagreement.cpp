// The actor list and the printed report's cast show the same figures for every actor, on the
// bundled dataset, under any filter: both read ActorStatistics.
#include "models/filter/FilterState.h"
#include "models/report/ReportBuilder.h"
#include "models/store/DatasetLoader.h"
#include "models/viewmodels/ActorTableModel.h"
#include "tests/support/TestSupport.h"

#include <QHash>
#include <QTest>

class TestCastAgreement final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto loaded = DatasetLoader::loadBundled();
        QVERIFY2(loaded.dataset, qPrintable(loaded.error));
        m_dataset = std::move(*loaded.dataset);
        QVERIFY(m_dataset.actors.size() > 30);
    }

    void listAndCastAgree_data()
    {
        QTest::addColumn<ClaimFilter>("filter");
        QTest::newRow("no filter") << ClaimFilter{};
        ClaimFilter year;
        year.fromYear = year.toYear = 2024;
        QTest::newRow("2024") << year;
        ClaimFilter span;
        span.fromYear = 2015;
        span.toYear = 2019;
        QTest::newRow("2015-2019") << span;
        ClaimFilter musk;
        musk.actors = {QStringLiteral("elon-musk")};
        QTest::newRow("Elon Musk") << musk;
        ClaimFilter allegations;
        allegations.kinds = {QStringLiteral("allegation"), QStringLiteral("response")};
        QTest::newRow("allegations and responses") << allegations;
        ClaimFilter source;
        source.sources = {m_dataset.sources.first().id};
        QTest::newRow("first source") << source;
        ClaimFilter text;
        text.text = QStringLiteral("OpenAI");
        QTest::newRow("text") << text;
    }

    void listAndCastAgree()
    {
        QFETCH(ClaimFilter, filter);
        FilterState state(m_dataset);
        state.setFilter(filter);
        const ActorTableModel list(m_dataset, &state);
        const ReportContent report = ReportBuilder::build(m_dataset, filter);
        QVERIFY(!report.cast.isEmpty());
        QHash<int, CastRow> cast;
        for (const CastRow &row : report.cast)
            cast.insert(row.actor, row);
        const auto shown = [&](int actor, int column) {
            return list.index(actor, column).data().toString();
        };
        int listed = 0;
        for (int a = 0; a < m_dataset.actors.size(); ++a) {
            const int claims = list.index(a, ActorTableModel::ClaimsColumn).data().toInt();
            if (claims == 0) {
                QVERIFY2(!cast.contains(a), qPrintable(m_dataset.actors[a].name));
                QVERIFY(shown(a, ActorTableModel::FirstColumn).isEmpty());
                QVERIFY(shown(a, ActorTableModel::LastColumn).isEmpty());
                continue;
            }
            ++listed;
            QVERIFY2(cast.contains(a), qPrintable(m_dataset.actors[a].name));
            const CastRow &row = cast[a];
            QCOMPARE(shown(a, ActorTableModel::NameColumn), row.name);
            QCOMPARE(claims, row.claims);
            QCOMPARE(shown(a, ActorTableModel::FirstColumn), row.first);
            QCOMPARE(shown(a, ActorTableModel::LastColumn), row.last);
        }
        QCOMPARE(listed, int(report.cast.size()));
    }

    // The case the review found: Musk's last claim is dated only to its year, 2024, and a claim
    // of 2024-08-05 must not stand for it in either view.
    void lastIsNoFinerThanItsSource()
    {
        const int musk = m_dataset.actorIndex(QStringLiteral("elon-musk"));
        QVERIFY(musk >= 0);
        FilterState state(m_dataset);
        const ActorTableModel list(m_dataset, &state);
        QCOMPARE(list.index(musk, ActorTableModel::LastColumn).data().toString(),
                 QStringLiteral("2024"));
        const ReportContent report = ReportBuilder::build(m_dataset, ClaimFilter{});
        for (const CastRow &row : report.cast)
            if (row.actor == musk)
                QCOMPARE(row.last, QStringLiteral("2024"));
    }

private:
    Dataset m_dataset;
};

QTEST_MAIN(TestCastAgreement)
#include "tst_castagreement.moc"
