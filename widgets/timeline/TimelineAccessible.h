#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>

class TimelineChart;

/// What assistive technology sees of the timeline's plot: a list whose items are the plotted
/// claims (name: date and statement; description: kind and actors), in date order, selected
/// like the claims. Screen readers can then walk the chart without a mouse.
class TimelineAccessible final : public QAccessibleWidget
{
public:
    /// `plot` is the chart's QCustomPlot.
    TimelineAccessible(QWidget *plot, TimelineChart *chart);
    ~TimelineAccessible() override;

    /// Registers the factory once; after that, every TimelineChart's plot is offered as a list.
    static void install();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QString text(QAccessible::Text t) const override;

    TimelineChart *chart() const { return m_chart; }

private:
    QPointer<TimelineChart> m_chart;
    mutable QHash<int, QAccessible::Id> m_children;
};
