#include "widgets/timeline/TimelineStyle.h"

#include "models/data/ClaimKinds.h"
#include "models/data/Dataset.h"
#include "models/data/TextUtil.h"
#include "models/viewmodels/DateKey.h"
#include "models/viewmodels/KindColors.h"
#include "widgets/shell/Theme.h"

#include <QEvent>
#include <algorithm>
#include <numeric>
#include <vector>

namespace {

using DateKey::SecondsPerDay;
// The legend on a wide plot: kinds and marks in two rows.
constexpr int MaxLegendColumns = 6;

/// Re-colours an on-screen plot when its palette changes (Preferences ▸ Theme).
class PaletteFollower final : public QObject
{
public:
    explicit PaletteFollower(QCustomPlot *plot) : QObject(plot), m_plot(plot)
    {
        plot->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_plot && event->type() == QEvent::PaletteChange) {
            TimelineStyle::applyColors(m_plot, m_plot->palette());
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QCustomPlot *m_plot;
};

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

namespace TimelineStyle {

bool isDark(const QColor &background)
{
    return background.lightnessF() < 0.5;
}

namespace {

QColor singleSourceEdge(const MarkerLook &look)
{
    return look.onDark ? look.color.lighter(170) : look.color.darker(170);
}

} // namespace

// Colour means kind and nothing else: every other mark is a line or a pattern. A single
// source is a dashed outline, a date of report only is hatched, a conflict is a red ring
// around the marker, the selection a dark ring (with a light halo) around that.
void drawBar(QPainter *painter, const QRectF &rect, const MarkerLook &look)
{
    const bool outlined = rect.width() >= 3 && rect.height() >= 3;
    QPen outline(QColor(Qt::white), 1.0);
    if (look.singleSource)
        outline = QPen(singleSourceEdge(look), 1.2, Qt::DashLine);
    outline.setJoinStyle(Qt::MiterJoin);
    painter->setPen(outlined || look.singleSource ? outline : QPen(Qt::NoPen));
    painter->setBrush(look.color);
    painter->drawRect(rect);
    if (look.reported) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QBrush(QColor(255, 255, 255, 200), Qt::BDiagPattern));
        painter->drawRect(rect);
    }
    painter->setBrush(Qt::NoBrush);
    if (look.conflict) {
        painter->setPen(QPen(ConflictColor, 2.0, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter->drawRect(rect.adjusted(-2, -2, 2, 2));
    }
    if (look.selected) {
        const QRectF ring = rect.adjusted(-4.5, -4.5, 4.5, 4.5);
        painter->setPen(QPen(QColor(Qt::white), 4.0, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter->drawRect(ring);
        painter->setPen(QPen(QColor(Qt::black), 2.0, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        painter->drawRect(ring);
    }
}

void drawPoint(QPainter *painter, const QPointF &center, double radius, const MarkerLook &look)
{
    painter->setPen(look.singleSource ? QPen(singleSourceEdge(look), 1.5, Qt::DashLine)
                                      : QPen(QColor(Qt::white), 1.0));
    painter->setBrush(look.color);
    painter->drawEllipse(center, radius, radius);
    if (look.reported) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QBrush(QColor(255, 255, 255, 200), Qt::BDiagPattern));
        painter->drawEllipse(center, radius, radius);
    }
    painter->setBrush(Qt::NoBrush);
    if (look.conflict) {
        painter->setPen(QPen(ConflictColor, 2.0));
        painter->drawEllipse(center, radius + 2.5, radius + 2.5);
    }
    if (look.selected) {
        painter->setPen(QPen(QColor(Qt::white), 4.0));
        painter->drawEllipse(center, radius + 5, radius + 5);
        painter->setPen(QPen(QColor(Qt::black), 2.0));
        painter->drawEllipse(center, radius + 5, radius + 5);
    }
}

void applyColors(QCustomPlot *plot, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    plot->setBackground(base);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setBasePen(QPen(mix(base, text, 0.55), 1));
        axis->setTickPen(QPen(mix(base, text, 0.55), 1));
        axis->setSubTickPen(QPen(mix(base, text, 0.45), 1));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
    }
    plot->xAxis->grid()->setPen(QPen(mix(base, text, 0.18), 1, Qt::DotLine));
    plot->legend->setTextColor(text);
    for (int i = 0; i < plot->legend->itemCount(); ++i)
        if (QCPAbstractLegendItem *item = plot->legend->item(i)) // wrapped grids have gaps
            item->setTextColor(text);
}

QColor laneColor(const QPalette &palette, bool highlighted)
{
    const QColor base = palette.color(QPalette::Base);
    if (highlighted)
        return Theme::isDark(palette) ? QColor(0x5A, 0x4E, 0x1E) : QColor(0xFF, 0xF1, 0xB8);
    return mix(base, palette.color(QPalette::Text), 0.045);
}

void fitLegendColumns(QCustomPlot *plot)
{
    QCPLegend *legend = plot->legend;
    std::vector<int> widths; // of the entries, in order
    for (int i = 0; i < legend->elementCount(); ++i)
        if (QCPLayoutElement *item = legend->elementAt(i)) // wrapped grids have gaps
            widths.push_back(item->minimumOuterSizeHint().width());
    if (widths.empty())
        return;
    const QMargins around = plot->plotLayout()->margins() + legend->margins();
    const int available = plot->width() - around.left() - around.right();
    // Filled row by row: entry i sits in column i % columns, each column as wide as its widest.
    const auto fits = [&](int columns) {
        std::vector<int> column(size_t(columns), 0);
        for (size_t i = 0; i < widths.size(); ++i)
            column[i % size_t(columns)] = std::max(column[i % size_t(columns)], widths[i]);
        const int total = std::accumulate(column.begin(), column.end(), 0) +
                          (columns - 1) * legend->columnSpacing();
        return total <= available;
    };
    int columns = std::min(int(widths.size()), MaxLegendColumns);
    while (columns > 1 && !fits(columns))
        --columns;
    if (columns != legend->wrap()) {
        legend->setWrap(columns);
        legend->setFillOrder(legend->fillOrder(), true); // moves the entries into the new grid
    }
}

void setUpPlot(QCustomPlot *plot, Surface surface)
{
    QCPAxis *x = plot->xAxis;
    QCPAxis *y = plot->yAxis;
    x->setTicker(QSharedPointer<CalendarTicker>::create());
    x->grid()->setPen(QPen(QColor(0xD8, 0xD8, 0xD8), 1, Qt::DotLine));
    const auto lanes = QSharedPointer<LaneTicker>::create();
    if (surface == Surface::Paper)
        lanes->setWrapWidth(26); // lane names whole on paper, on two or three lines
    y->setTicker(lanes);
    y->setRangeReversed(true); // the busiest lane on top
    y->grid()->setVisible(false);
    y->setSubTicks(false);
    y->setTickLength(0, 0);
    QFont small = plot->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    // Explicit spacing turns off ligatures, so "fl" in a printed legend stays searchable text.
    small.setLetterSpacing(QFont::PercentageSpacing, 100);
    y->setTickLabelFont(small);
    x->setTickLabelFont(small);

    plot->legend->setVisible(true);
    plot->legend->setFont(small);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setBrush(Qt::NoBrush);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setWrap(MaxLegendColumns);
    plot->legend->setIconSize(22, 11);
    plot->legend->setRowSpacing(0); // the items' margins keep the rows apart
    plot->legend->setColumnSpacing(6);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, plot->legend);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    plot->plotLayout()->setRowSpacing(0);
    if (surface == Surface::Paper) {
        plot->setPalette(Theme::lightPalette());
    } else {
        new PaletteFollower(plot);
    }
    applyColors(plot, plot->palette());
}

void applyLayout(QCustomPlot *plot, const Dataset &dataset, const TimelineLayout &layout,
                 Surface surface)
{
    if (const auto lanes = qSharedPointerDynamicCast<LaneTicker>(plot->yAxis->ticker()))
        lanes->setLayout(&dataset, &layout);
    std::vector<bool> shown(size_t(layout.kinds.size()), false);
    for (const TimelineMarker &m : layout.markers)
        shown[size_t(m.kind)] = true;
    std::vector<int> listed; // the layout's kinds the legend lists, in order
    QStringList listedKinds;
    for (int k = 0; k < layout.kinds.size(); ++k)
        if (surface == Surface::Screen || shown[size_t(k)])
            listed.push_back(k);
    if (surface == Surface::Screen)
        listedKinds = layout.kinds; // shared with the index's: compared below at once
    else
        for (const int k : listed)
            listedKinds << layout.kinds[k];
    QCPLegend *legend = plot->legend;
    // Rebuilding the items costs more than everything else a filter change does to the
    // chart, and on screen the list only changes with the dataset.
    static constexpr char Listed[] = "dossierLegendKinds";
    if (legend->property(Listed).toStringList() != listedKinds) {
        using S = TimelineLegendItem::Swatch;
        auto tr = [](const char *text) {
            return QCoreApplication::translate("TimelineStyle", text);
        };
        legend->clearItems();
        for (const QString &kind : std::as_const(listedKinds))
            legend->addItem(new TimelineLegendItem(legend, ClaimKinds::label(kind), S::Kind,
                                                   KindColors::color(kind)));
        legend->addItem(new TimelineLegendItem(legend, tr("Year/month (span)"), S::YearSpan));
        legend->addItem(new TimelineLegendItem(legend, tr("Exact day"), S::DayPoint));
        legend->addItem(new TimelineLegendItem(legend, tr("In conflict"), S::Conflict));
        legend->addItem(new TimelineLegendItem(legend, tr("Single source"), S::SingleSource));
        legend->addItem(new TimelineLegendItem(legend, tr("Date of report only"), S::Reported));
        legend->setProperty(Listed, listedKinds);
        if (surface == Surface::Screen)
            fitLegendColumns(plot);
    }
    for (size_t i = 0; i < listed.size(); ++i)
        if (auto *item = qobject_cast<TimelineLegendItem *>(legend->item(int(i))))
            item->setFaded(!shown[size_t(listed[i])]);
}

void setTickDensity(QCustomPlot *plot)
{
    // The axis' own rect: QCustomPlot::axisRect() searches the plot's layout at each call.
    const int width = plot->xAxis->axisRect()->width();
    plot->xAxis->ticker()->setTickCount(std::clamp(width / 90, 2, 14));
}

} // namespace TimelineStyle

double CalendarTicker::getTickStep(const QCPRange &range)
{
    const double days = range.size() / SecondsPerDay;
    const double wanted = days / std::max(1, tickCount());
    static const std::pair<Unit, int> steps[] = {
        {Unit::Day, 1},    {Unit::Day, 2},    {Unit::Day, 7},   {Unit::Day, 14},
        {Unit::Month, 1},  {Unit::Month, 3},  {Unit::Month, 6}, {Unit::Year, 1},
        {Unit::Year, 2},   {Unit::Year, 5},   {Unit::Year, 10}, {Unit::Year, 50},
        {Unit::Year, 100}, {Unit::Year, 200}, {Unit::Year, 500}};
    for (const auto &[unit, n] : steps) {
        const double length = unit == Unit::Day ? n : unit == Unit::Month ? 30.4 * n : 365.25 * n;
        if (length >= wanted) {
            m_unit = unit;
            m_step = n;
            return length * SecondsPerDay;
        }
    }
    // Claims from the year 1000 to 9999 (the format's dates) still get a dozen ticks.
    m_unit = Unit::Year;
    m_step = 1000;
    return 365250 * SecondsPerDay;
}

int CalendarTicker::getSubTickCount(double)
{
    return 0;
}

QString CalendarTicker::getTickLabel(double tick, const QLocale &locale, QChar, int)
{
    const QDate date = DateKey::dateOf(tick + 1); // +1 s: never the previous day by rounding
    switch (m_unit) {
    case Unit::Year:
        return QString::number(date.year());
    case Unit::Month:
        return locale.toString(date, QStringLiteral("MMM yyyy"));
    case Unit::Day:
        return locale.toString(date, QStringLiteral("d MMM yy"));
    }
    return {};
}

QVector<double> CalendarTicker::createTickVector(double, const QCPRange &range)
{
    QVector<double> ticks;
    const QDate from = DateKey::dateOf(range.lower);
    QDate d;
    if (m_unit == Unit::Year)
        // There is no year 0: a step's first multiple before the year 1 is its first after.
        d = QDate(std::max(from.year() - from.year() % m_step, m_step), 1, 1);
    else if (m_unit == Unit::Month)
        d = QDate(from.year(), 1 + ((from.month() - 1) / m_step) * m_step, 1);
    else
        d = m_step == 7 || m_step == 14 ? from.addDays(1 - from.dayOfWeek()) : from;
    for (int guard = 0; guard < 1000 && DateKey::ofDate(d) <= range.upper; ++guard) {
        if (DateKey::ofDate(d) >= range.lower)
            ticks.append(DateKey::ofDate(d));
        d = m_unit == Unit::Year    ? d.addYears(m_step)
            : m_unit == Unit::Month ? d.addMonths(m_step)
                                    : d.addDays(m_step);
    }
    return ticks;
}

void LaneTicker::setLayout(const Dataset *dataset, const TimelineLayout *layout)
{
    m_dataset = dataset;
    m_layout = layout;
}

QString LaneTicker::label(int lane) const
{
    if (!m_dataset || !m_layout || lane < 0 || lane >= m_layout->lanes.size())
        return {};
    const TimelineLane &l = m_layout->lanes[lane];
    QString name;
    switch (m_layout->grouping) {
    case TimelineGrouping::Actor:
        name = l.actor >= 0 ? m_dataset->actors[l.actor].name
                            : QCoreApplication::translate("TimelineChart", "(no actor)");
        break;
    case TimelineGrouping::Source:
        name = l.actor >= 0 ? m_dataset->sources[l.actor].label
                            : QCoreApplication::translate("TimelineChart", "(no source)");
        break;
    case TimelineGrouping::Kind:
        name = l.actor >= 0 && l.actor < m_layout->kinds.size()
                   ? ClaimKinds::label(m_layout->kinds[l.actor])
                   : QString();
        break;
    case TimelineGrouping::None:
        name = QCoreApplication::translate("TimelineChart", "All claims");
        break;
    }
    // The name is isolated: a right-to-left name (or a stray override) must not reorder the
    // count after it.
    // A source's label is short by rule (40 characters): whole, so sources stay told apart.
    const QString count = QStringLiteral(" (%1)").arg(l.count);
    if (m_wrapWidth > 0) {
        QStringList lines;
        QString line;
        for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > m_wrapWidth) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines << line;
        if (lines.size() > 3) {
            lines = lines.mid(0, 3);
            lines.last() += u'…';
        }
        for (QString &each : lines)
            each = TextUtil::isolated(TextUtil::truncated(each, 2 * m_wrapWidth));
        return lines.join(u'\n') + count;
    }
    const int room = m_layout->grouping == TimelineGrouping::Source ? Source::MaxLabelLength : 24;
    return TextUtil::isolated(TextUtil::truncated(name, room)) + count;
}

double LaneTicker::getTickStep(const QCPRange &)
{
    return 1.0;
}

int LaneTicker::getSubTickCount(double)
{
    return 0;
}

QString LaneTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    return label(int(std::lround(tick)));
}

QVector<double> LaneTicker::createTickVector(double, const QCPRange &range)
{
    QVector<double> ticks;
    if (!m_layout)
        return ticks;
    const int first = std::max(0, int(std::ceil(range.lower)));
    const int last = std::min(int(m_layout->lanes.size()) - 1, int(std::floor(range.upper)));
    for (int lane = first; lane <= last; ++lane)
        ticks.append(lane);
    return ticks;
}

TimelineLegendItem::TimelineLegendItem(QCPLegend *legend, const QString &text, Swatch swatch,
                                       const QColor &color)
    : QCPAbstractLegendItem(legend), m_text(text), m_swatch(swatch), m_color(color)
{
    setSelectable(false);
    // An item paints clipped to its outer rectangle; scaled glyphs (200%) reach a pixel or two
    // past the font's metrics, which cut "y" and "p" without this margin.
    setMargins(QMargins(0, 2, 0, 2));
}

void TimelineLegendItem::drawSwatch(QPainter *painter, const QRectF &icon) const
{
    // The same colours and edges as the chart's marks on this background.
    const QColor background = mParentPlot->palette().color(QPalette::Base);
    TimelineStyle::MarkerLook look{KindColors::standingOut(m_color, background)};
    look.onDark = TimelineStyle::isDark(background);
    const QPointF c = icon.center();
    const double h = icon.height() * 0.7;
    const QRectF bar(icon.left() + 1, c.y() - h / 2, icon.width() - 2, h);
    switch (m_swatch) {
    case Swatch::Kind:
    case Swatch::YearSpan:
        TimelineStyle::drawBar(painter, bar, look);
        break;
    case Swatch::DayPoint:
        TimelineStyle::drawPoint(painter, c, h / 2.5, look);
        break;
    case Swatch::Conflict: // inset: the ring lies outside the marker, as on the chart
        look.conflict = true;
        TimelineStyle::drawBar(painter, bar.adjusted(3, 2.5, -3, -2.5), look);
        break;
    case Swatch::SingleSource:
        look.singleSource = true;
        TimelineStyle::drawBar(painter, bar, look);
        break;
    case Swatch::Reported:
        look.reported = true;
        TimelineStyle::drawBar(painter, bar, look);
        break;
    }
}

void TimelineLegendItem::draw(QCPPainter *painter)
{
    const QSize icon = mParentLegend->iconSize();
    const int pad = mParentLegend->iconTextPadding();
    painter->setFont(mFont);
    const QRect textRect =
        painter->fontMetrics().boundingRect(0, 0, 0, icon.height(), Qt::TextDontClip, m_text);
    const int height = std::max(textRect.height(), icon.height());
    const QRectF iconRect(mRect.left(), mRect.top() + (height - icon.height()) / 2.0, icon.width(),
                          icon.height());
    painter->setAntialiasing(true);
    painter->save();
    if (m_faded)
        painter->setOpacity(0.35);
    drawSwatch(painter, iconRect);
    painter->setPen(mTextColor);
    painter->drawText(mRect.left() + icon.width() + pad, mRect.top(), textRect.width(), height,
                      Qt::AlignVCenter | Qt::TextDontClip, m_text);
    painter->restore();
}

QSize TimelineLegendItem::minimumOuterSizeHint() const
{
    const QSize icon = mParentLegend->iconSize();
    const QFontMetrics metrics(mFont);
    const QRect textRect = metrics.boundingRect(0, 0, 0, icon.height(), Qt::TextDontClip, m_text);
    QSize size(icon.width() + mParentLegend->iconTextPadding() + textRect.width(),
               std::max(textRect.height(), icon.height()));
    size.rwidth() += mMargins.left() + mMargins.right();
    size.rheight() += mMargins.top() + mMargins.bottom();
    return size;
}
