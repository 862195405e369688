#include "models/report/ReportChartObject.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPicture>

ReportChartObject::ReportChartObject(ChartPainter painter, QList<int> claims, QObject *parent)
    : QObject(parent), m_painter(std::move(painter)), m_claims(std::move(claims))
{
}

QTextCharFormat ReportChartObject::format(const QSizeF &size)
{
    QTextCharFormat f;
    f.setObjectType(Type);
    f.setProperty(SizeProperty, size);
    return f;
}

QSizeF ReportChartObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(SizeProperty).toSizeF();
}

// The chart paints into a QPicture, a device with a screen's resolution, so it can size its
// fonts in points and its pens in pixels as on screen. Replayed on a device of another
// resolution, a picture keeps its physical size: the painter must be in the device's
// pixels, and the picture's vector commands reach the PDF or the printer unchanged.
void ReportChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                   const QTextFormat &)
{
    ++m_drawCount;
    QPicture picture;
    const qreal pixelsPerPoint = picture.logicalDpiX() / 72.0;
    const QRectF target(0, 0, rect.width() * pixelsPerPoint, rect.height() * pixelsPerPoint);
    {
        QPainter p(&picture);
        p.setRenderHint(QPainter::Antialiasing);
        if (m_painter) {
            m_painter(&p, target, m_claims);
        } else {
            p.setPen(QPen(Qt::gray, 1));
            p.drawRect(target.adjusted(0.5, 0.5, -0.5, -0.5));
            p.drawText(target, Qt::AlignCenter,
                       QCoreApplication::translate("Report", "(no chart in this build)"));
        }
    }
    // The report's painter is in points (see ReportDocument::paintPage).
    const QPaintDevice *device = painter->device();
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    painter->translate(rect.topLeft());
    painter->scale(72.0 / device->logicalDpiX(), 72.0 / device->logicalDpiY());
    painter->drawPicture(QPointF(0, 0), picture);
    painter->restore();
}
