// The timeline's lane labels and legend under filter changes, on screen and on paper.
#include "models/data/ClaimKinds.h"
#include "models/data/TextRules.h"
#include "models/data/TextUtil.h"
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "models/format/DatasetJsonReader.h"
#include "models/format/SyntheticDataset.h"
#include "models/viewmodels/DateKey.h"
#include "tests/support/TestSupport.h"
#include "widgets/timeline/TimelineChart.h"
#include "widgets/timeline/TimelineOverview.h"
#include "widgets/timeline/TimelinePlottable.h"
#include "widgets/timeline/TimelineStyle.h"

#include <QComboBox>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QToolButton>
#include <QWheelEvent>
#include <fcntl.h>
#include <memory>
#include <qcustomplot.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const TimelinePlottable::OverflowBand *bandOf(const TimelinePlottable *plottable,
                                              const TimelineMarker &m)
{
    for (const auto &band : plottable->overflowBands(m.lane))
        if (band.claims.contains(m.claim))
            return &band;
    return nullptr;
}

QList<TimelineLegendItem *> legendItems(const QCustomPlot *plot)
{
    QList<TimelineLegendItem *> items;
    for (int i = 0; i < plot->legend->itemCount(); ++i) // a wrapped grid may have empty cells
        if (auto *item = qobject_cast<TimelineLegendItem *>(plot->legend->item(i)))
            items << item;
    return items;
}

QStringList kindLabels(const TimelineLayout &layout, bool shownOnly)
{
    std::vector<bool> shown(size_t(layout.kinds.size()), false);
    for (const TimelineMarker &m : layout.markers)
        shown[size_t(m.kind)] = true;
    QStringList labels;
    for (int k = 0; k < layout.kinds.size(); ++k)
        if (!shownOnly || shown[size_t(k)])
            labels << ClaimKinds::label(layout.kinds[k]);
    return labels;
}

// True when the characters [from, to) of `text` stand left to right, each after the one before,
// as a line of `font` lays them out: what a reader sees.
bool leftToRight(const QString &text, qsizetype from, qsizetype to, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    for (qsizetype i = from; i + 1 < to; ++i)
        if (!(line.cursorToX(int(i)) < line.cursorToX(int(i + 1))))
            return false;
    return true;
}

} // namespace

class TestTimelineChart final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dataset = TestSupport::miniDataset();
        openChart();
    }

    void cleanup()
    {
        m_chart.reset();
        m_selection.reset();
        m_filter.reset();
    }

    // Lanes that do not fit are not lost: a scroll bar reaches the last of them and the
    // header says how many are in view.
    void everyLaneIsReachable()
    {
        m_chart.reset();
        m_dataset = SyntheticDataset::generate({600, 60, 10, 3});
        openChart();
        m_chart->resize(800, 320);
        QCoreApplication::processEvents();
        m_chart->plot()->replot();
        const int lanes = int(m_chart->timeline().lanes.size());
        QVERIFY(lanes > 20);
        auto *scroll = m_chart->findChild<QScrollBar *>(QStringLiteral("laneScroll"));
        auto *count = m_chart->findChild<QLabel *>(QStringLiteral("laneCount"));
        QVERIFY(scroll && count);
        QTRY_VERIFY(scroll->isVisible());
        QVERIFY(count->isVisible());
        QVERIFY2(count->text().contains(QStringLiteral("of %1").arg(lanes)),
                 qPrintable(count->text()));
        QVERIFY(count->text().startsWith(QStringLiteral("Lanes 1–")));
        // An exported chart holds every lane, however few the window shows, and leaves the
        // window's view as it was.
        {
            QTemporaryDir dir;
            const QString file = dir.filePath(QStringLiteral("all.png"));
            const QCPRange before = m_chart->plot()->yAxis->range();
            QVERIFY(m_chart->exportPng(file));
            const QImage image(file);
            QVERIFY(!image.isNull());
            // savePng writes at twice the size; every lane at least MinLanePixels tall.
            QVERIFY2(image.height() / 2 >= lanes * TimelineStyle::MinLanePixels,
                     qPrintable(QString::number(image.height())));
            QCOMPARE(m_chart->plot()->yAxis->range().lower, before.lower);
            QCOMPARE(m_chart->plot()->yAxis->range().upper, before.upper);
        }
        QTest::mouseClick(scroll, Qt::LeftButton, {},
                          QPoint(scroll->width() / 2, scroll->height() - 4));
        scroll->setValue(scroll->maximum());
        const QCPRange range = m_chart->plot()->yAxis->range();
        QVERIFY2(std::abs(range.upper - (lanes - 0.5)) < 0.02,
                 qPrintable(
                     QStringLiteral("%1..%2 of %3").arg(range.lower).arg(range.upper).arg(lanes)));
        QVERIFY2(count->text().contains(QStringLiteral("–%1 of %1").arg(lanes)),
                 qPrintable(count->text()));
        // Dragging the plot moves the scroll bar with it.
        m_chart->plot()->yAxis->setRange(-0.5, range.size() - 0.5);
        QCOMPARE(scroll->value(), 0);
        // With few lanes nothing scrolls and nothing is said.
        m_chart.reset();
        m_dataset = TestSupport::miniDataset();
        openChart();
        QVERIFY(!m_chart->findChild<QScrollBar *>(QStringLiteral("laneScroll"))->isVisible());
        QVERIFY(!m_chart->findChild<QLabel *>(QStringLiteral("laneCount"))->isVisible());
    }

    // With the chart focused, the keys walk the claims: in time along a lane, to the nearest
    // claim of the lane above or below, to a lane's ends; Enter asks for the citations; +/-
    // zoom the dates.
    void keyboardWalksTheClaims()
    {
        m_chart.reset();
        m_dataset = SyntheticDataset::generate({300, 12, 6, 9});
        openChart();
        QWidget *plot = m_chart->plot();
        plot->setFocus();
        QTRY_VERIFY(plot->hasFocus());
        const TimelineLayout &layout = m_chart->timeline();
        // Lane 0 by time.
        std::vector<const TimelineMarker *> lane0;
        for (const TimelineMarker &m : layout.markers)
            if (m.lane == 0)
                lane0.push_back(&m);
        std::stable_sort(lane0.begin(), lane0.end(), [](auto *a, auto *b) {
            return std::tie(a->spanStart, a->spanEnd, a->row) <
                   std::tie(b->spanStart, b->spanEnd, b->row);
        });
        QVERIFY(lane0.size() > 3);
        QTest::keyClick(plot, Qt::Key_Right); // nothing current: the lane's first
        QCOMPARE(m_selection->currentClaim(), lane0[0]->claim);
        QTest::keyClick(plot, Qt::Key_Right);
        QCOMPARE(m_selection->currentClaim(), lane0[1]->claim);
        QTest::keyClick(plot, Qt::Key_Left);
        QCOMPARE(m_selection->currentClaim(), lane0[0]->claim);
        QTest::keyClick(plot, Qt::Key_End);
        QCOMPARE(m_selection->currentClaim(), lane0.back()->claim);
        QTest::keyClick(plot, Qt::Key_Home);
        QCOMPARE(m_selection->currentClaim(), lane0.front()->claim);
        // Down: a claim of lane 1, the nearest in time.
        QTest::keyClick(plot, Qt::Key_Down);
        const int below = m_selection->currentClaim();
        bool inLane1 = false;
        const double when = (lane0.front()->spanStart + lane0.front()->spanEnd) / 2;
        double nearest = 1e300;
        for (const TimelineMarker &m : layout.markers)
            if (m.lane == 1) {
                nearest = std::min(nearest, std::abs((m.spanStart + m.spanEnd) / 2 - when));
                inLane1 = inLane1 || m.claim == below;
            }
        QVERIFY(inLane1);
        bool isNearest = false;
        for (const TimelineMarker &m : layout.markers)
            if (m.lane == 1 && m.claim == below)
                isNearest = isNearest || std::abs((m.spanStart + m.spanEnd) / 2 - when) == nearest;
        QVERIFY(isNearest);
        QTest::keyClick(plot, Qt::Key_Up);
        QCOMPARE(
            layout.markers[size_t(layout.markersOfClaim(m_selection->currentClaim())[0])].lane >= 0,
            true);
        // Enter asks for the current claim's citations.
        QSignalSpy activated(m_chart.get(), &TimelineChart::claimActivated);
        QTest::keyClick(plot, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toInt(), m_selection->currentClaim());
        // + zooms in, - out.
        const double wide = m_chart->plot()->xAxis->range().size();
        QTest::keyClick(plot, Qt::Key_Plus);
        QVERIFY(m_chart->plot()->xAxis->range().size() < wide * 0.8);
        QTest::keyClick(plot, Qt::Key_Minus);
        QVERIFY(std::abs(m_chart->plot()->xAxis->range().size() - wide) < wide * 0.01);
    }

    // Zoom has bounds: out to a little past the claims shown (not decades of empty axis), in
    // to about a week; one claim of a year is framed among two years, not stretched across.
    void zoomIsBounded()
    {
        QCustomPlot *plot = m_chart->plot();
        const double year = 365.25 * DateKey::SecondsPerDay;
        plot->xAxis->setRange(DateKey::ofDay(QDate(1900, 1, 1).toJulianDay()),
                              DateKey::ofDay(QDate(2100, 1, 1).toJulianDay()));
        const TimelineLayout &layout = m_chart->timeline();
        const double shown = layout.maxKey - layout.minKey;
        QVERIFY2(plot->xAxis->range().size() <= std::max(shown * 1.06, 2 * year) * 1.25 + 1,
                 qPrintable(QString::number(plot->xAxis->range().size() / year)));
        plot->xAxis->setRange(plot->xAxis->range().center(), plot->xAxis->range().center() + 3600);
        QVERIFY(plot->xAxis->range().size() >= 7 * DateKey::SecondsPerDay - 1);
        m_filter->setActors({QStringLiteral("banque-zeta")});
        QCOMPARE(m_chart->plottedClaims().size(), 1);
        m_chart->resetZoom();
        QVERIFY(plot->xAxis->range().size() >= 2 * year - 1);
    }

    // The overview strip's frame is the chart's window: dragging it pans the chart, dragging
    // an edge zooms it, a click beside it goes there, a double-click shows the whole span.
    void overviewDragsTheWindow()
    {
        m_chart.reset();
        m_dataset = SyntheticDataset::generate({400, 30, 10, 5});
        openChart();
        TimelineOverview *overview = m_chart->overview();
        QVERIFY(overview && overview->isVisible());
        QCPAxis *keys = m_chart->plot()->xAxis;
        const auto [spanLower, spanUpper] = overview->span();
        // A window of a fifth of the span, in its middle.
        const double fifth = (spanUpper - spanLower) / 5;
        keys->setRange(spanLower + 2 * fifth, spanLower + 3 * fifth);
        QCOMPARE(overview->window(), std::make_pair(keys->range().lower, keys->range().upper));
        const double perPixel = (spanUpper - spanLower) / overview->stripRect().width();
        const int y = int(overview->stripRect().center().y());
        const auto at = [&](double key) {
            return QPoint(int(std::lround(overview->pixelOf(key))), y);
        };

        // Drag the frame 40 pixels right: the chart pans by as much, at the same zoom.
        const QCPRange before = keys->range();
        QTest::mousePress(overview, Qt::LeftButton, {}, at(before.center()));
        QTest::mouseMove(overview, at(before.center()) + QPoint(20, 0));
        QTest::mouseMove(overview, at(before.center()) + QPoint(40, 0));
        QTest::mouseRelease(overview, Qt::LeftButton, {}, at(before.center()) + QPoint(40, 0));
        QVERIFY2(std::abs(keys->range().lower - (before.lower + 40 * perPixel)) <= 1.5 * perPixel,
                 qPrintable(QString::number((keys->range().lower - before.lower) / perPixel)));
        QVERIFY(std::abs(keys->range().size() - before.size()) <= 1);

        // Drag the right edge 30 pixels left: the window narrows, its left stays.
        const QCPRange moved = keys->range();
        QTest::mousePress(overview, Qt::LeftButton, {}, at(moved.upper));
        QTest::mouseMove(overview, at(moved.upper) - QPoint(30, 0));
        QTest::mouseRelease(overview, Qt::LeftButton, {}, at(moved.upper) - QPoint(30, 0));
        QVERIFY(std::abs(keys->range().lower - moved.lower) <= 1);
        QVERIFY2(std::abs(keys->range().size() - (moved.size() - 30 * perPixel)) <= 1.5 * perPixel,
                 qPrintable(QString::number((moved.size() - keys->range().size()) / perPixel)));
        QCOMPARE(overview->window(), std::make_pair(keys->range().lower, keys->range().upper));

        // A click beside the frame centres the window there.
        const double target = spanLower + fifth / 2;
        QTest::mouseClick(overview, Qt::LeftButton, {}, at(target));
        QVERIFY2(std::abs(keys->range().center() - target) <= 1.5 * perPixel,
                 qPrintable(QString::number((keys->range().center() - target) / perPixel)));

        // A double-click shows everything, and the strip says nothing lies beside it.
        QTest::mouseDClick(overview, Qt::LeftButton, {}, at(target));
        QVERIFY(keys->range().lower <= spanLower + 1 && keys->range().upper >= spanUpper - 1);
        QCOMPARE(overview->density().outside(keys->range().lower, keys->range().upper),
                 std::make_pair(0, 0));
        QVERIFY2(overview->accessibleDescription().contains(
                     QStringLiteral("%1 of %1 claim").arg(overview->density().claimCount())),
                 qPrintable(overview->accessibleDescription()));
    }

    // A reset frames where most claims are, so that a few early ones do not squeeze the
    // rest; the strip counts the claims left out, and the whole span is one command away.
    void resetFramesTheDensestStretch()
    {
        Dataset d = SyntheticDataset::generate({200, 20, 10, 3});
        for (int c = 0; c < d.claims.size(); ++c)
            d.claims[c].date = PartialDate::fromYearMonth(2020 + c % 2, 1 + c % 12);
        d.claims[0].date = PartialDate::fromYear(1990);
        d.reindex();
        m_chart.reset();
        m_dataset = d;
        openChart();
        QCPAxis *keys = m_chart->plot()->xAxis;
        m_chart->resetZoom();
        const double year = 365.25 * DateKey::SecondsPerDay;
        QVERIFY2(keys->range().lower > DateKey::ofDate(QDate(2018, 1, 1)),
                 qPrintable(DateKey::dateOf(keys->range().lower).toString(Qt::ISODate)));
        QVERIFY(keys->range().upper < DateKey::ofDate(QDate(2023, 1, 1)));
        QVERIFY(keys->range().size() >= 2 * year - 1);
        const TimelineDensity &density = m_chart->overview()->density();
        QCOMPARE(density.outside(keys->range().lower, keys->range().upper), std::make_pair(1, 0));
        QVERIFY(m_chart->overview()->accessibleDescription().contains(QStringLiteral("1 earlier")));
        m_chart->showWholeSpan();
        QVERIFY(keys->range().lower < DateKey::ofDate(QDate(1990, 1, 1)));
        QVERIFY(keys->range().upper > DateKey::ofDate(QDate(2022, 1, 1)));
        // A filter frames its own claims.
        m_filter->setYearRange(1990, 1990);
        QCOMPARE(m_chart->plottedClaims().size(), 1);
        QVERIFY(keys->range().lower < DateKey::ofDate(QDate(1990, 1, 1)));
        QVERIFY(keys->range().upper > DateKey::ofDate(QDate(1991, 1, 1)));
    }

    // The printed chart, at A4: every lane name whole (wrapped, not cut), no text under 7
    // points, and the overview strip under it, as text a PDF reader finds.
    void printedChartIsReadable()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        Dataset d = m_dataset;
        const QString longName = QStringLiteral("Federal court in the Northern District of Utopia");
        d.actors[0].name = longName;
        d.reindex();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.pdf"));
        {
            QPdfWriter pdf(path);
            pdf.setPageSize(QPageSize(QPageSize::A4));
            pdf.setResolution(300);
            QPainter painter(&pdf);
            QList<int> all;
            for (int c = 0; c < d.claims.size(); ++c)
                all << c;
            const QRectF target(0, 0, pdf.width(), pdf.height() * 0.6);
            TimelineChart::printPainter(d)(&painter, target, all);
        }
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-bbox"), path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished());
        const QString html = QString::fromUtf8(process.readAllStandardOutput());
        static const QRegularExpression word(
            QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                           "yMax=\"([\\d.]+)\">([^<]*)</word>"));
        QStringList words;
        for (const QRegularExpressionMatch &m : word.globalMatch(html)) {
            words << m.captured(5);
            // A word's box is about 1.17 times its font's size: 7 points make 8.
            const double height = m.captured(4).toDouble() - m.captured(2).toDouble();
            QVERIFY2(height >= 8.0, qPrintable(m.captured(5) + u' ' + QString::number(height)));
        }
        const QString text = words.join(u' ');
        QVERIFY2(text.contains(longName + QStringLiteral(" (")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Claims over time")), qPrintable(text));
    }

    // A selected claim hidden in an overflow band is not lost from sight: the band takes the
    // selection's ring.
    void bandOfASelectedClaimIsMarked()
    {
        m_chart.reset();
        m_dataset = SyntheticDataset::generate({3000, 8, 10, 5});
        openChart();
        m_chart->resize(900, 320);
        QCoreApplication::processEvents();
        m_chart->showWholeSpan();
        QCustomPlot *plot = m_chart->plot();
        plot->replot();
        auto *plottable = qobject_cast<TimelinePlottable *>(plot->plottable(0));
        QVERIFY(plottable);
        const TimelinePlottable::OverflowBand *found = nullptr;
        int lane = 0;
        for (; lane < m_chart->timeline().lanes.size() && !found; ++lane)
            for (const auto &band : plottable->overflowBands(lane))
                if (plottable->overflowRect(lane, band).width() > 20) {
                    found = &band;
                    break;
                }
        QVERIFY2(found, "no overflow band wide enough to look at");
        --lane;
        const QRectF r = plottable->overflowRect(lane, *found);
        const QList<int> claims = found->claims;
        // The band's top edge, in the middle, as drawn before and after.
        const auto edge = [&] {
            plot->replot();
            const QImage image = plot->toPixmap().toImage();
            const QPoint p(int(r.center().x()), int(std::floor(r.top())));
            int darkest = 255;
            for (int dy = -1; dy <= 2; ++dy)
                darkest = std::min(darkest, qGray(image.pixel(p + QPoint(0, dy))));
            return darkest;
        };
        const int before = edge();
        m_selection->setSelectedClaims({claims.first()}, claims.first());
        const int after = edge();
        QVERIFY2(after < before - 40,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }

    // A lane grows with its stacked rows while the chart has room, and taller lanes
    // (Ctrl+wheel) show more of each lane's rows and fewer lanes at once.
    void lanesGrowWithTheirRows()
    {
        Dataset d = SyntheticDataset::generate({60, 10, 5, 3});
        for (Claim &c : d.claims)
            c.date = PartialDate::fromYear(2024);
        d.reindex();
        m_chart.reset();
        m_dataset = d;
        openChart();
        m_chart->setGrouping(TimelineGrouping::None);
        QCustomPlot *plot = m_chart->plot();
        plot->replot();
        auto *plottable = qobject_cast<TimelinePlottable *>(plot->plottable(0));
        QCOMPARE(m_chart->timeline().lanes.size(), 1);
        QCOMPARE(m_chart->timeline().lanes[0].rows, 60); // every claim overlaps every other
        // The one lane takes the chart's height, not a fixed strip of it.
        const double laneHeight =
            std::abs(plot->yAxis->coordToPixel(0.5) - plot->yAxis->coordToPixel(-0.5));
        QVERIFY2(laneHeight >= plot->yAxis->axisRect()->height() - 1,
                 qPrintable(QString::number(laneHeight)));
        QVERIFY(plottable->rowsShown(0) >= int(laneHeight / 6) - 1);

        // Many lanes: Ctrl+wheel makes them taller, so each shows more rows and fewer fit.
        m_chart->setGrouping(TimelineGrouping::Actor);
        m_chart->resize(900, 400);
        QCoreApplication::processEvents();
        plot->replot();
        const int lanesBefore = int(std::lround(plot->yAxis->range().size()));
        const int rowsBefore = plottable->rowsShown(0);
        const QPointF at = plot->yAxis->axisRect()->rect().center();
        const QCPRange dates = plot->xAxis->range();
        for (int i = 0; i < 3; ++i) {
            QWheelEvent wheel(at, plot->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                              Qt::ControlModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(plot, &wheel);
        }
        plot->replot();
        QVERIFY(m_chart->laneScale() > 1.5);
        QVERIFY2(
            plottable->rowsShown(0) > rowsBefore,
            qPrintable(QStringLiteral("%1 -> %2").arg(rowsBefore).arg(plottable->rowsShown(0))));
        QVERIFY(plot->yAxis->range().size() < lanesBefore - 0.5);
        // The dates did not move: Ctrl+wheel is not a zoom of the dates.
        QCOMPARE(plot->xAxis->range().lower, dates.lower);
        QCOMPARE(plot->xAxis->range().upper, dates.upper);
        m_chart->setLaneScale(100);
        QCOMPARE(m_chart->laneScale(), 8.0);
        m_chart->setLaneScale(0);
        QCOMPARE(m_chart->laneScale(), 1.0);
    }

    // The lane order is chosen in the header, next to the grouping.
    void laneOrderIsChosenInTheHeader()
    {
        auto *box = m_chart->findChild<QComboBox *>(QStringLiteral("laneOrder"));
        QVERIFY(box);
        QSignalSpy changed(m_chart.get(), &TimelineChart::laneOrderChanged);
        box->setFocus();
        QTest::keyClick(box, Qt::Key_End); // "Name"
        QCOMPARE(m_chart->laneOrder(), TimelineLaneOrder::Name);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_chart->timeline().laneOrder, TimelineLaneOrder::Name);
        const auto lanes = qSharedPointerDynamicCast<LaneTicker>(m_chart->plot()->yAxis->ticker());
        QStringList names;
        for (const TimelineLane &lane : m_chart->timeline().lanes)
            if (lane.actor >= 0)
                names << m_dataset.actors[lane.actor].name;
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        QCOMPARE(names, sorted);
        QVERIFY(lanes->label(0).startsWith(names.first()));
        m_chart->setLaneOrder(TimelineLaneOrder::MostClaims);
        QCOMPARE(box->currentData().toInt(), int(TimelineLaneOrder::MostClaims));
        QCOMPARE(changed.size(), 2);
    }

    // The lanes' grouping is chosen in the chart's header; lane labels follow it.
    void groupingIsChosenInTheHeader()
    {
        auto *box = m_chart->findChild<QComboBox *>(QStringLiteral("laneGrouping"));
        QVERIFY(box);
        QSignalSpy changed(m_chart.get(), &TimelineChart::groupingChanged);
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down); // "By source"
        QCOMPARE(m_chart->grouping(), TimelineGrouping::Source);
        QCOMPARE(changed.size(), 1);
        const auto lanes = qSharedPointerDynamicCast<LaneTicker>(m_chart->plot()->yAxis->ticker());
        QVERIFY(lanes);
        QStringList labels;
        for (int l = 0; l < m_chart->timeline().lanes.size(); ++l)
            labels << lanes->label(l);
        for (const Source &s : m_dataset.sources)
            QVERIFY2(labels.join(u'|').contains(s.label), qPrintable(labels.join(u'|')));
        m_chart->setGrouping(TimelineGrouping::None);
        QCOMPARE(m_chart->timeline().lanes.size(), 1);
        QCOMPARE(box->currentData().toInt(), int(TimelineGrouping::None));
        QCOMPARE(m_chart->plottedClaims().size(), m_dataset.claims.size());
    }

    void headerKeepsItsWords_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("1600 window") << 1100;
        QTest::newRow("1024 window") << 600; // about the chart's width there
    }

    // The header's controls show their whole text: when one row has no room for them all
    // (the lane count shown, as when lanes do not fit), the lane controls move to a second
    // row; the header never makes the chart wider than its place; no two controls overlap.
    void headerKeepsItsWords()
    {
        QFETCH(int, width);
        m_chart.reset();
        m_dataset = SyntheticDataset::generate({600, 60, 10, 3});
        openChart();
        m_chart->resize(width, 320);
        QCoreApplication::processEvents();
        m_chart->plot()->replot();
        QCoreApplication::processEvents();
        auto *count = m_chart->findChild<QLabel *>(QStringLiteral("laneCount"));
        QTRY_VERIFY(count->isVisible());
        QCOMPARE(m_chart->width(), width);
        QList<QWidget *> controls{m_chart->findChild<QComboBox *>(QStringLiteral("laneGrouping")),
                                  count};
        for (QToolButton *b : m_chart->findChildren<QToolButton *>())
            if (b->isVisible())
                controls << b;
        QVERIFY(controls.size() >= 4);
        for (QWidget *w : controls)
            QVERIFY2(w->width() >= w->sizeHint().width(),
                     qPrintable(QStringLiteral("%1: %2 < %3")
                                    .arg(w->metaObject()->className())
                                    .arg(w->width())
                                    .arg(w->sizeHint().width())));
        const auto place = [this](QWidget *w) {
            return QRect(w->mapTo(m_chart.get(), QPoint(0, 0)), w->size());
        };
        for (int i = 0; i < controls.size(); ++i)
            for (int j = i + 1; j < controls.size(); ++j)
                QVERIFY(!place(controls[i]).intersects(place(controls[j])));
    }

    void drawnExtentIsTheDateSpan_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::newRow("bundled") << QStringLiteral("bundled");
        QTest::newRow("generated") << QStringLiteral("generated");
    }

    // Every claim, in every lane it appears in, is drawn across exactly its date's period at
    // the current scale (within a pixel), or lies inside an overflow band that covers it: at
    // the default view and zoomed in on one year.
    void drawnExtentIsTheDateSpan()
    {
        QFETCH(QString, dataset);
        m_chart.reset();
        if (dataset == QLatin1String("bundled")) {
            QFile file(QStringLiteral(DOSSIER_TEST_DATA "/../../resources/dataset/dispute.json"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            auto read = DatasetJsonReader::read(file.readAll(), QStringLiteral("dispute.json"));
            QVERIFY(read.ok());
            m_dataset = read.dataset;
        } else {
            m_dataset = SyntheticDataset::generate({3000, 80, 30, 5});
        }
        openChart();
        auto *plottable = qobject_cast<TimelinePlottable *>(m_chart->plot()->plottable(0));
        QVERIFY(plottable);
        const QCPAxis *x = m_chart->plot()->xAxis;
        for (int zoom = 0; zoom < 2; ++zoom) {
            if (zoom == 1) {
                m_chart->plot()->xAxis->setRange(DateKey::ofDay(QDate(2024, 1, 1).toJulianDay()),
                                                 DateKey::ofDay(QDate(2025, 1, 1).toJulianDay()));
                m_chart->plot()->replot();
            }
            int drawn = 0, banded = 0;
            for (const TimelineMarker &m : m_chart->timeline().markers) {
                if (plottable->isHidden(m)) {
                    // The band over the union of hidden periods holds this claim's whole period.
                    const auto *band = bandOf(plottable, m);
                    QVERIFY2(band && band->start <= m.spanStart && m.spanEnd <= band->end,
                             qPrintable(QString::number(m.claim)));
                    // And a click on it, where the lane is in view, finds that band.
                    const QCPRange lanes = m_chart->plot()->yAxis->range();
                    if (m.lane > lanes.lower + 0.5 && m.lane < lanes.upper - 0.5) {
                        const QRectF r = plottable->overflowRect(m.lane, *band);
                        const QRectF area = m_chart->plot()->axisRect()->rect();
                        const QRectF inView = r.intersected(area);
                        if (inView.width() >= 6) // a band a few pixels wide, whole under a click
                            QCOMPARE(plottable->overflowAt(inView.center()), band);
                    }
                    ++banded;
                    continue;
                }
                const QRectF r = plottable->markerRect(m);
                if (m.isPoint()) {
                    QVERIFY(std::abs(r.center().x() - x->coordToPixel(m.start)) <= 1.0);
                } else {
                    const double left = x->coordToPixel(m.spanStart);
                    const double right = x->coordToPixel(m.spanEnd);
                    const double width = std::max(right - left, 1.5); // the thinnest bar drawn
                    QVERIFY2(std::abs(r.left() - left) <= 1.0 &&
                                 std::abs(r.width() - width) <= 1.0 + (width - (right - left)),
                             qPrintable(QStringLiteral("claim %1: %2..%3 drawn %4..%5")
                                            .arg(m.claim)
                                            .arg(left)
                                            .arg(right)
                                            .arg(r.left())
                                            .arg(r.right())));
                }
                ++drawn;
            }
            QVERIFY(drawn > 0);
            if (dataset == QLatin1String("generated"))
                QVERIFY(banded > 0); // busy lanes overflow at this height
        }
    }

    void laneLabelsFollowTheFilter_data()
    {
        QTest::addColumn<QStringList>("actors");
        QTest::addColumn<int>("year");
        QTest::newRow("everything") << QStringList() << 0;
        QTest::newRow("Banque Zeta") << QStringList{QStringLiteral("banque-zeta")} << 0;
        QTest::newRow("2024") << QStringList() << 2024;
        QTest::newRow("nothing") << QStringList{QStringLiteral("banque-zeta")} << 2015;
    }

    // Lane labels are made when the axis is drawn, from the layout of the moment: each must
    // name its lane's actor and count its markers, and only lanes in view get a tick.
    void laneLabelsFollowTheFilter()
    {
        QFETCH(QStringList, actors);
        QFETCH(int, year);
        m_filter->setActors(actors);
        m_filter->setYearRange(year, year);
        const TimelineLayout &layout = m_chart->timeline();
        const auto ticker = qSharedPointerDynamicCast<LaneTicker>(m_chart->plot()->yAxis->ticker());
        QVERIFY(ticker);
        for (int lane = 0; lane < layout.lanes.size(); ++lane) {
            int markers = 0;
            for (const TimelineMarker &m : layout.markers)
                markers += m.lane == lane ? 1 : 0;
            const int actor = layout.lanes[lane].actor;
            const QString name = actor >= 0 ? m_dataset.actors[actor].name : tr("(no actor)");
            QCOMPARE(ticker->label(lane), QStringLiteral("%1 (%2)").arg(name).arg(markers));
        }
        QVERIFY(ticker->label(-1).isEmpty());
        QVERIFY(ticker->label(int(layout.lanes.size())).isEmpty());
        m_chart->plot()->replot();
        const QVector<double> ticks = m_chart->plot()->yAxis->tickVector();
        const QVector<QString> labels = m_chart->plot()->yAxis->tickVectorLabels();
        QCOMPARE(ticks.size(), layout.lanes.size()); // few lanes: all in view
        for (int i = 0; i < ticks.size(); ++i) {
            QCOMPARE(ticks[i], double(i));
            QCOMPARE(labels[i], ticker->label(i));
        }
    }

    void longNamesAreCut()
    {
        cleanup();
        m_dataset = TestSupport::miniDataset();
        const int zeta = m_dataset.actorIndex(QStringLiteral("banque-zeta"));
        m_dataset.actors[zeta].name = QStringLiteral("Banque Zeta, établissement de crédit");
        m_filter = std::make_unique<FilterState>(m_dataset);
        m_selection = std::make_unique<SelectionState>(m_dataset, m_filter.get());
        m_chart = std::make_unique<TimelineChart>(*m_filter, *m_selection);
        const TimelineLayout &layout = m_chart->timeline();
        const int lane = layout.laneOfActor(zeta);
        QVERIFY(lane >= 0);
        const auto ticker = qSharedPointerDynamicCast<LaneTicker>(m_chart->plot()->yAxis->ticker());
        QCOMPARE(ticker->label(lane),
                 QStringLiteral("Banque Zeta, établissem… (%1)").arg(layout.lanes[lane].count));
    }

    // On screen the legend lists every kind of the dataset through filter changes (the same
    // items: no rebuild, no reflow) and fades the kinds with nothing shown.
    void legendKeepsItsKindsAndFades_data()
    {
        QTest::addColumn<QStringList>("actors");
        QTest::addColumn<int>("year");
        QTest::newRow("Banque Zeta") << QStringList{QStringLiteral("banque-zeta")} << 0;
        QTest::newRow("2015") << QStringList() << 2015;
        QTest::newRow("nothing") << QStringList{QStringLiteral("banque-zeta")} << 2015;
    }

    void legendKeepsItsKindsAndFades()
    {
        QFETCH(QStringList, actors);
        QFETCH(int, year);
        const QList<TimelineLegendItem *> before = legendItems(m_chart->plot());
        const QStringList allKinds = kindLabels(m_chart->timeline(), false);
        QCOMPARE(before.size(), allKinds.size() + 5);
        for (TimelineLegendItem *item : before)
            QVERIFY(!item->isFaded()); // everything shown
        m_filter->setActors(actors);
        m_filter->setYearRange(year, year);
        const QList<TimelineLegendItem *> after = legendItems(m_chart->plot());
        QCOMPARE(after, before);
        const QStringList shown = kindLabels(m_chart->timeline(), true);
        QVERIFY(shown.size() < allKinds.size());
        for (int i = 0; i < allKinds.size(); ++i) {
            QCOMPARE(after[i]->text(), allKinds[i]);
            QCOMPARE(after[i]->isFaded(), !shown.contains(allKinds[i]));
        }
        for (int i = int(allKinds.size()); i < after.size(); ++i)
            QVERIFY(!after[i]->isFaded()); // the marks' entries
        m_filter->clear();
        for (TimelineLegendItem *item : legendItems(m_chart->plot()))
            QVERIFY(!item->isFaded());
    }

    // On paper there is no filter to change: the legend lists only the kinds printed.
    void paperLegendListsOnlyShownKinds()
    {
        const int c4 = m_dataset.claimIndex(QStringLiteral("c4"));
        const TimelineLayout layout =
            TimelineLayout::build(m_dataset, {c4}, TimelineMode::Happened);
        QCustomPlot plot;
        TimelineStyle::setUpPlot(&plot, TimelineStyle::Surface::Paper);
        TimelineStyle::applyLayout(&plot, m_dataset, layout, TimelineStyle::Surface::Paper);
        const QStringList shown = kindLabels(layout, true);
        QCOMPARE(shown.size(), 1);
        const QList<TimelineLegendItem *> items = legendItems(&plot);
        QCOMPARE(items.size(), shown.size() + 5);
        QCOMPARE(items.first()->text(), shown.first());
        for (TimelineLegendItem *item : items)
            QVERIFY(!item->isFaded());
    }

    // A narrow chart wraps its legend onto more rows: no entry drawn over another.
    void legendWrapsInANarrowChart_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("allColumns");
        QTest::newRow("wide") << 1600 << true;
        QTest::newRow("narrow") << 520 << false;
        QTest::newRow("very narrow") << 180 << false;
    }

    void legendWrapsInANarrowChart()
    {
        QFETCH(int, width);
        QFETCH(bool, allColumns);
        m_chart->resize(width, 500);
        QCustomPlot *plot = m_chart->plot();
        QTRY_COMPARE(plot->width(), m_chart->contentsRect().width());
        plot->replot();
        const QList<TimelineLegendItem *> items = legendItems(plot);
        QVERIFY(items.size() > 6);
        QCOMPARE(plot->legend->wrap() == 6, allColumns);
        for (int i = 0; i < items.size(); ++i) {
            const QRect a = items[i]->outerRect();
            QVERIFY(a.width() >=
                    static_cast<QCPLayoutElement *>(items[i])->minimumOuterSizeHint().width());
            for (int j = i + 1; j < items.size(); ++j)
                QVERIFY2(!a.intersects(items[j]->outerRect()),
                         qPrintable(items[i]->text() + u" / "_qs + items[j]->text()));
        }
        // The entries' order is kept whatever the columns.
        QStringList texts;
        for (TimelineLegendItem *item : items)
            texts << item->text();
        QCOMPARE(texts.mid(texts.size() - 5),
                 (QStringList{u"Year/month (span)"_qs, u"Exact day"_qs, u"In conflict"_qs,
                              u"Single source"_qs, u"Date of report only"_qs}));
    }

    void directionControlsStayInTheName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("override left open") << QStringLiteral("\u202eRTL-override actor");
        QTest::newRow("embedding left open") << QStringLiteral("\u202bEmbedded actor");
        QTest::newRow("isolate closed twice") << QStringLiteral("\u2067a\u2069\u2069\u202eb");
        QTest::newRow("right-to-left name") << QStringLiteral("\u0645\u062d\u0645\u062f");
        QTest::newRow("right-to-left name ending in digits")
            << QStringLiteral("\u0645\u062d\u0645\u062f 2");
    }

    // A lane's label is its actor's name and the count of its claims. Whatever direction the
    // name takes, or forces with a control it leaves open, the count after it reads left to
    // right: "(12)", not "(21)" (the issue: "(75)" for 57).
    void directionControlsStayInTheName()
    {
        QFETCH(QString, name);
        cleanup();
        m_dataset = TestSupport::miniDataset();
        const int jeanne = m_dataset.actorIndex(QStringLiteral("jeanne-dupont"));
        m_dataset.actors[jeanne].name = name;
        for (int i = 0; i < 10; ++i) { // two digits in the count
            Claim copy = m_dataset.claims[0];
            copy.id = QStringLiteral("copy%1").arg(i);
            m_dataset.claims << copy;
        }
        m_dataset.reindex();
        openChart();
        const TimelineLayout &layout = m_chart->timeline();
        const int lane = layout.laneOfActor(jeanne);
        QVERIFY(lane >= 0);
        QVERIFY(layout.lanes[lane].count >= 10);
        const auto ticker = qSharedPointerDynamicCast<LaneTicker>(m_chart->plot()->yAxis->ticker());
        const QString count = QStringLiteral(" (%1)").arg(layout.lanes[lane].count);
        const QString label = ticker->label(lane);
        QCOMPARE(label, TextUtil::isolated(name) + count);
        QVERIFY(label.startsWith(QChar(0x2068)) && label.endsWith(QChar(0x2069) + count));
        QCOMPARE(TextRules::check(label, TextRules::Lines::One).issue, TextRules::Issue::None);
        QVERIFY2(leftToRight(label, label.size() - count.size(), label.size(),
                             m_chart->plot()->yAxis->tickLabelFont()),
                 qPrintable(label));
    }

    // The format's dates run from 1000 to 9999: a dataset spanning them opens with every claim
    // in view, not on an empty stretch in the middle of the span.
    void claimsAtTheEdgesOfTheFormatAreInView()
    {
        cleanup();
        m_dataset = TestSupport::miniDataset();
        m_dataset.claims[0].date = PartialDate::parse(QStringLiteral("1000"));
        m_dataset.claims[1].date = PartialDate::parse(QStringLiteral("9999-12-31"));
        m_dataset.reindex();
        openChart();
        for (int c = 0; c < m_dataset.claims.size(); ++c)
            QVERIFY2(m_chart->markerPixel(c), qPrintable(m_dataset.claims[c].id));
        const QVector<QString> years = m_chart->plot()->xAxis->tickVectorLabels();
        QVERIFY2(years.size() >= 3, qPrintable(QStringList(years.begin(), years.end()).join(u' ')));
        QVERIFY(!years.contains(QString()));
        // Zooming in and resetting gives the whole span back.
        m_chart->plot()->xAxis->scaleRange(0.01);
        m_chart->plot()->replot();
        QVERIFY(!m_chart->markerPixel(0) || !m_chart->markerPixel(1));
        m_chart->resetZoom();
        m_chart->plot()->replot();
        QVERIFY(m_chart->markerPixel(0) && m_chart->markerPixel(1));
    }

    void exportWritesOnlyFiles_data()
    {
        QTest::addColumn<bool>("pdf");
        QTest::newRow("PNG") << false;
        QTest::newRow("PDF") << true;
    }

    // Export Chart: QCustomPlot opens the file itself; a pipe chosen in the dialog blocked the
    // window until a reader came (or was fed the image). A regular file is still written.
    void exportWritesOnlyFiles()
    {
        QFETCH(bool, pdf);
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("pipe"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
        // A reader, so that a writer opening the pipe does not block this test, and its bytes
        // show.
        const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        const bool written = pdf ? m_chart->exportPdf(fifo) : m_chart->exportPng(fifo);
        char byte = 0;
        const ssize_t got = ::read(reader, &byte, 1);
        ::close(reader);
        QVERIFY(!written);
        QVERIFY(got <= 0);
        QVERIFY(!(pdf ? m_chart->exportPdf(dir.path()) : m_chart->exportPng(dir.path())));
        const QString file = dir.filePath(QStringLiteral("chart"));
        QVERIFY(pdf ? m_chart->exportPdf(file) : m_chart->exportPng(file));
        QVERIFY(QFileInfo(file).size() > 0);
    }

private:
    // The chart over m_dataset, shown and drawn once.
    void openChart()
    {
        m_filter = std::make_unique<FilterState>(m_dataset);
        m_selection = std::make_unique<SelectionState>(m_dataset, m_filter.get());
        m_chart = std::make_unique<TimelineChart>(*m_filter, *m_selection);
        m_chart->resize(900, 500);
        m_chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
        m_chart->plot()->replot();
    }

    Dataset m_dataset;
    std::unique_ptr<FilterState> m_filter;
    std::unique_ptr<SelectionState> m_selection;
    std::unique_ptr<TimelineChart> m_chart;
};

QTEST_MAIN(TestTimelineChart)
#include "tst_gui_timelinechart.moc"
