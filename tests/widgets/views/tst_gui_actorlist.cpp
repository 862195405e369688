// The actor list as the investigator sees it: each actor's first and last dates under the
// filter, sorted by a click on the "First" header.
#include "models/filter/FilterState.h"
#include "models/viewmodels/ActorTableModel.h"
#include "tests/support/TestSupport.h"
#include "widgets/views/ActorListView.h"
#include "widgets/views/Dashboard.h"

#include <QHeaderView>
#include <QTest>

namespace {

/// Actors whose earliest claims start on the same day at different precisions. In dataset
/// order: Charlie's coarser claim comes first, Delta's comes second, Echo's are a day and its
/// month. Bravo has one claim, Alpha none. Names from A to Z follow the first dates.
Dataset tiedStarts()
{
    Dataset d;
    for (const char *name : {"Echo", "Delta", "Charlie", "Bravo", "Alpha"}) {
        Actor actor;
        actor.name = QString::fromLatin1(name);
        actor.id = actor.name.toLower();
        actor.kind = QStringLiteral("person");
        d.actors << actor;
    }
    const std::pair<const char *, const char *> claims[] = {
        {"charlie", "2024"},    {"charlie", "2024-01"}, {"charlie", "2025-06"},
        {"delta", "2024-01"},   {"delta", "2024"},      {"delta", "2025-02"},
        {"echo", "2024-01-01"}, {"echo", "2024-01"},    {"echo", "2024-06-30"},
        {"bravo", "2023-12"},
    };
    for (const auto &[actor, date] : claims) {
        Claim claim;
        claim.id = QStringLiteral("k%1").arg(d.claims.size() + 1);
        claim.date = PartialDate::parse(QString::fromLatin1(date));
        Q_ASSERT(claim.date.isValid());
        claim.kind = QStringLiteral("event");
        claim.statement = QStringLiteral("Claim %1 of %2").arg(claim.id, QLatin1String(actor));
        claim.actors = {{QString::fromLatin1(actor), QString()}};
        d.claims << claim;
    }
    d.reindex();
    return d;
}

} // namespace

class TestActorList final : public QObject
{
    Q_OBJECT
private slots:
    void firstAndLastDates_data();
    void firstAndLastDates();
};

void TestActorList::firstAndLastDates_data()
{
    QTest::addColumn<int>("fromYear");
    QTest::addColumn<QStringList>("rows"); // "name first last", top to bottom
    // Of two claims starting the same day, "First" shows the coarser one (the claim that
    // starts the actor's story, not a detail within it), whichever the dataset lists first.
    QTest::newRow("every claim") << 0
                                 << QStringList{"Alpha", "Bravo 2023-12 2023-12",
                                                "Charlie 2024 2025-06", "Delta 2024 2025-02",
                                                "Echo 2024-01 2024-06-30"};
    QTest::newRow("from 2024: Bravo has none")
        << 2024
        << QStringList{"Alpha", "Bravo", "Charlie 2024 2025-06", "Delta 2024 2025-02",
                       "Echo 2024-01 2024-06-30"};
}

void TestActorList::firstAndLastDates()
{
    QFETCH(int, fromYear);
    QFETCH(QStringList, rows);
    const Dataset dataset = tiedStarts();
    Dashboard dashboard(dataset);
    ActorListView *list = dashboard.actorList();
    list->resize(600, 300);
    list->show();
    QVERIFY(QTest::qWaitForWindowExposed(list));
    dashboard.filter()->setYearRange(fromYear, 0);

    QHeaderView *header = list->horizontalHeader();
    const int first = ActorTableModel::FirstColumn;
    QCOMPARE(header->model()->headerData(first, Qt::Horizontal).toString(),
             QStringLiteral("First"));
    const QPoint at(header->sectionViewportPosition(first) + header->sectionSize(first) / 2,
                    header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(header->sortIndicatorSection(), first);
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);

    QStringList shown;
    const QAbstractItemModel *model = list->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells{model->index(r, ActorTableModel::NameColumn).data().toString()};
        for (const int column : {first, int(ActorTableModel::LastColumn)})
            if (const QString date = model->index(r, column).data().toString(); !date.isEmpty())
                cells << date;
        shown << cells.join(u' ');
    }
    QCOMPARE(shown, rows);
}

QTEST_MAIN(TestActorList)
#include "tst_gui_actorlist.moc"
