#include "widgets/timeline/TimelineAccessible.h"

#include "models/data/ClaimDate.h"
#include "models/data/ClaimKinds.h"
#include "models/data/Dataset.h"
#include "models/filter/SelectionState.h"
#include "widgets/timeline/TimelineChart.h"

#include <QAccessibleActionInterface>
#include <QCoreApplication>
#include <qcustomplot.h>

namespace {

/// One plotted claim, as a list item of the timeline: its action selects the claim
/// everywhere, as a click on its marker does.
class ClaimItemAccessible final : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    ClaimItemAccessible(TimelineChart *chart, int index) : m_chart(chart), m_index(index) {}

    bool isValid() const override { return m_chart && claim() >= 0; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override
    {
        return m_chart ? m_chart->window()->windowHandle() : nullptr;
    }
    QAccessibleInterface *parent() const override
    {
        return m_chart ? QAccessible::queryAccessibleInterface(m_chart->plot()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    void setText(QAccessible::Text, const QString &) override {}

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface
                   ? static_cast<QAccessibleActionInterface *>(this)
                   : nullptr;
    }
    QStringList actionNames() const override
    {
        return {QAccessibleActionInterface::pressAction(),
                QAccessibleActionInterface::toggleAction()};
    }
    QString localizedActionDescription(const QString &) const override
    {
        return QCoreApplication::translate("TimelineChart", "Select this claim everywhere");
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }
    void doAction(const QString &name) override
    {
        const int c = claim();
        if (c >= 0 && (name == QAccessibleActionInterface::pressAction() ||
                       name == QAccessibleActionInterface::toggleAction()))
            m_chart->selectClaim(c);
    }

    QString text(QAccessible::Text t) const override
    {
        const int c = claim();
        if (c < 0)
            return {};
        const Dataset &dataset = m_chart->dataset();
        const Claim &claim = dataset.claims[c];
        if (t == QAccessible::Name)
            return QCoreApplication::translate("TimelineChart", "%1: %2")
                .arg(ClaimDate::longText(claim), claim.statement);
        if (t == QAccessible::Description) {
            QStringList actors;
            for (const ActorRef &ref : claim.actors)
                actors << dataset.actorName(ref.actor);
            return QCoreApplication::translate("TimelineChart", "%1 · actors: %2")
                .arg(ClaimKinds::label(claim.kind), actors.join(QStringLiteral(", ")));
        }
        return {};
    }

    QRect rect() const override
    {
        const int c = claim();
        if (c < 0)
            return {};
        const auto pixel = m_chart->markerPixel(c);
        if (!pixel)
            return {};
        const QPoint global = m_chart->plot()->mapToGlobal(pixel->toPoint());
        return QRect(global - QPoint(4, 4), QSize(9, 9));
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.selectable = true;
        const int c = claim();
        s.invisible = c < 0 || !m_chart->markerPixel(c);
        s.selected = c >= 0 && m_chart->selection().selectedClaims().contains(c);
        return s;
    }

private:
    int claim() const
    {
        if (!m_chart)
            return -1;
        const QList<int> &claims = m_chart->claimsByDate();
        return m_index >= 0 && m_index < claims.size() ? claims[m_index] : -1;
    }

    QPointer<TimelineChart> m_chart;
    int m_index;
};

QAccessibleInterface *factory(const QString &, QObject *object)
{
    auto *plot = qobject_cast<QCustomPlot *>(object);
    if (!plot)
        return nullptr;
    auto *chart = qobject_cast<TimelineChart *>(plot->parentWidget());
    return chart && chart->plot() == plot ? new TimelineAccessible(plot, chart) : nullptr;
}

} // namespace

TimelineAccessible::TimelineAccessible(QWidget *plot, TimelineChart *chart)
    : QAccessibleWidget(plot, QAccessible::List), m_chart(chart)
{
}

TimelineAccessible::~TimelineAccessible()
{
    for (QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

void TimelineAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}

int TimelineAccessible::childCount() const
{
    return m_chart ? int(m_chart->claimsByDate().size()) : 0;
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    if (const auto it = m_children.constFind(index); it != m_children.cend())
        return QAccessible::accessibleInterface(*it);
    auto *item = new ClaimItemAccessible(m_chart, index);
    m_children.insert(index, QAccessible::registerAccessibleInterface(item));
    return item;
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it)
        if (QAccessible::accessibleInterface(it.value()) == child)
            return it.key();
    return -1;
}

QAccessibleInterface *TimelineAccessible::childAt(int x, int y) const
{
    if (!m_chart)
        return nullptr;
    const QPoint local = m_chart->plot()->mapFromGlobal(QPoint(x, y));
    const int claim = m_chart->claimAt(local);
    return claim < 0 ? nullptr : child(int(m_chart->claimsByDate().indexOf(claim)));
}

QString TimelineAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name && widget()->accessibleName().isEmpty())
        return QCoreApplication::translate("TimelineChart", "Timeline of claims");
    if (t == QAccessible::Description) {
        const int n = childCount();
        switch (m_chart ? m_chart->grouping() : TimelineGrouping::Actor) {
        case TimelineGrouping::Actor:
            return QCoreApplication::translate(
                "TimelineChart", "%n claim(s) plotted by date, one lane per actor", nullptr, n);
        case TimelineGrouping::Source:
            return QCoreApplication::translate(
                "TimelineChart", "%n claim(s) plotted by date, one lane per source", nullptr, n);
        case TimelineGrouping::Kind:
            return QCoreApplication::translate(
                "TimelineChart", "%n claim(s) plotted by date, one lane per kind", nullptr, n);
        case TimelineGrouping::None:
            return QCoreApplication::translate(
                "TimelineChart", "%n claim(s) plotted by date in one lane", nullptr, n);
        }
    }
    return QAccessibleWidget::text(t);
}
