#include "app/window/FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>
#include <cstdio>

namespace {

const QEvent::Type ReportEvent = QEvent::Type(QEvent::registerEventType());

} // namespace

bool FirstPaintProbe::requested()
{
    return qEnvironmentVariable(EnvironmentVariable) == QLatin1String("1");
}

void FirstPaintProbe::install(QWidget *widget)
{
    new FirstPaintProbe(widget);
}

FirstPaintProbe::FirstPaintProbe(QWidget *widget) : QObject(widget)
{
    widget->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        // Not yet: the paint is still going on, and the frame reaches the screen only once
        // every widget of the window is painted and the backing store flushed. A posted event
        // is handled after that, when the event loop comes back; at high priority, before
        // any work the window itself queued for after its first frame.
        QCoreApplication::postEvent(this, new QEvent(ReportEvent), Qt::HighEventPriority);
    }
    return QObject::eventFilter(watched, event);
}

bool FirstPaintProbe::event(QEvent *event)
{
    if (event->type() != ReportEvent)
        return QObject::event(event);
    std::fputs(Line, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    QCoreApplication::quit();
    return true;
}
