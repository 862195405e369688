// The light and dark themes are readable: WCAG 2.1 contrast of the palette's text pairs, and
// the actor list's check boxes as they are drawn.
#include "models/filter/FilterState.h"
#include "models/filter/SelectionState.h"
#include "models/format/DatasetJsonReader.h"
#include "models/store/DatasetLoader.h"
#include "models/viewmodels/ActorTableModel.h"
#include "models/viewmodels/KindColors.h"
#include "tests/support/TestSupport.h"
#include "widgets/shell/Theme.h"
#include "widgets/timeline/TimelineChart.h"
#include "widgets/views/ActorListView.h"

#include <QApplication>
#include <QImage>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTest>
#include <qcustomplot.h>

Q_DECLARE_METATYPE(AppSettings::Theme)
Q_DECLARE_METATYPE(QPalette::ColorRole)

namespace {

/// WCAG 2.1 contrast ratio, 1 to 21: the one the chart's colours are chosen by.
double contrast(const QColor &a, const QColor &b)
{
    return KindColors::contrast(a, b);
}

} // namespace

class TestTheme final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void paletteContrast_data();
    void paletteContrast();
    void checkBoxesStandOut_data();
    void checkBoxesStandOut();
    void kindColoursStandOutOnTheChart_data();
    void kindColoursStandOutOnTheChart();
};

void TestTheme::cleanup()
{
    Theme::apply(AppSettings::Theme::System);
}

void TestTheme::paletteContrast_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QPalette::ColorRole>("foreground");
    QTest::addColumn<QPalette::ColorRole>("background");
    const struct
    {
        const char *name;
        QPalette::ColorRole foreground, background;
    } pairs[] = {
        {"text", QPalette::Text, QPalette::Base},
        {"text on alternate rows", QPalette::Text, QPalette::AlternateBase},
        {"window text", QPalette::WindowText, QPalette::Window},
        {"button text", QPalette::ButtonText, QPalette::Button},
        {"selected text", QPalette::HighlightedText, QPalette::Highlight},
        {"link", QPalette::Link, QPalette::Base},
        {"placeholder", QPalette::PlaceholderText, QPalette::Base},
        {"tooltip", QPalette::ToolTipText, QPalette::ToolTipBase},
    };
    for (const auto &[name, palette] :
         {std::pair{"light", Theme::lightPalette()}, std::pair{"dark", Theme::darkPalette()}})
        for (const auto &pair : pairs)
            QTest::addRow("%s, %s", name, pair.name)
                << palette << pair.foreground << pair.background;
}

void TestTheme::paletteContrast()
{
    QFETCH(QPalette, palette);
    QFETCH(QPalette::ColorRole, foreground);
    QFETCH(QPalette::ColorRole, background);
    const double ratio = contrast(palette.color(foreground), palette.color(background));
    QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio, 'f', 2)));
}

void TestTheme::checkBoxesStandOut_data()
{
    QTest::addColumn<AppSettings::Theme>("theme");
    QTest::newRow("light") << AppSettings::Theme::Light;
    QTest::newRow("dark") << AppSettings::Theme::Dark;
}

void TestTheme::checkBoxesStandOut()
{
    QFETCH(AppSettings::Theme, theme);
    Theme::apply(theme);
    const Dataset dataset = TestSupport::miniDataset();
    FilterState filter(dataset);
    SelectionState selection(dataset, &filter);
    ActorListView view(filter, selection);
    view.resize(360, 240);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.viewport()->grab().toImage();

    // The first two rows: a plain one and an alternate one, neither selected nor checked.
    for (int row : {0, 1}) {
        const QModelIndex index = view.model()->index(row, ActorTableModel::NameColumn);
        QVERIFY(index.flags() & Qt::ItemIsUserCheckable);
        QStyleOptionViewItem option;
        option.initFrom(view.viewport());
        option.rect = view.visualRect(index);
        option.features =
            QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
        option.text = index.data().toString();
        option.checkState = Qt::Unchecked;
        const QRect box =
            view.style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, &view);
        QVERIFY(!box.isEmpty() && option.rect.contains(box));
        const QColor behind = image.pixelColor(option.rect.left() + 1, box.center().y());
        double best = 1;
        for (int y = box.top(); y <= box.bottom(); ++y)
            for (int x = box.left(); x <= box.right(); ++x)
                best = std::max(best, contrast(image.pixelColor(x, y), behind));
        QVERIFY2(best >= 3.0, qPrintable(QStringLiteral("row %1: %2 against %3")
                                             .arg(row)
                                             .arg(best, 0, 'f', 2)
                                             .arg(behind.name())));
    }
}

void TestTheme::kindColoursStandOutOnTheChart_data()
{
    checkBoxesStandOut_data();
}

// Every kind's marks on the chart as drawn: in a colour that stands 3:1 against the plot's
// background (WCAG's ratio for marks), the kind's own colour moved just enough where it is too
// faint there (brown and grey on dark, orange and sky blue on white).
void TestTheme::kindColoursStandOutOnTheChart()
{
    QFETCH(AppSettings::Theme, theme);
    Theme::apply(theme);
    const auto read = DatasetJsonReader::read(DatasetLoader::bundledJson(), {});
    QVERIFY(read.ok());
    const Dataset &dataset = read.dataset;
    FilterState filter(dataset);
    SelectionState selection(dataset, &filter);
    TimelineChart chart(filter, selection);
    chart.setGrouping(TimelineGrouping::None); // every claim in one lane, all kinds in view
    chart.resize(1400, 900);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.showWholeSpan();
    chart.plot()->replot();
    const QImage image = chart.plot()->toPixmap().toImage();
    QSet<QRgb> drawn;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            drawn.insert(image.pixel(x, y) | 0xFF000000u);
    const QColor background = chart.plot()->palette().color(QPalette::Base);
    QSet<QString> kinds;
    for (const Claim &claim : dataset.claims)
        kinds.insert(claim.kind);
    QVERIFY(kinds.size() >= 6);
    int moved = 0;
    for (const QString &kind : std::as_const(kinds)) {
        const QColor own = KindColors::color(kind);
        const QColor shown = KindColors::standingOut(own, background);
        QVERIFY2(
            contrast(shown, background) >= 3.0,
            qPrintable(QStringLiteral("%1: %2 on %3").arg(kind, shown.name(), background.name())));
        QVERIFY2(drawn.contains(shown.rgb()), qPrintable(kind + QLatin1Char(' ') + shown.name()));
        if (shown != own) {
            ++moved;
            QVERIFY2(!drawn.contains(own.rgb()), qPrintable(kind + QLatin1Char(' ') + own.name()));
        }
    }
    QVERIFY(moved > 0); // both themes have kinds too faint as they are
}

QTEST_MAIN(TestTheme)
#include "tst_gui_theme.moc"
