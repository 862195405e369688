#pragma once

#include "models/viewmodels/ChartPainter.h"

#include <QObject>
#include <QTextObjectInterface>

/// The chart as an object inside the report's text: the layout reserves its size like an
/// image and, when a page is painted, the ChartPainter draws into the reserved rectangle
/// with the page's painter, so a PDF or a printer receives vector graphics.
class ReportChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int Type = QTextFormat::UserObject + 1;
    static constexpr int SizeProperty = QTextFormat::UserProperty + 10;

    ReportChartObject(ChartPainter painter, QList<int> claims, QObject *parent = nullptr);

    /// The character format that places a chart of `size` (in document units).
    static QTextCharFormat format(const QSizeF &size);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

    int drawCount() const { return m_drawCount; }

private:
    ChartPainter m_painter;
    QList<int> m_claims;
    int m_drawCount = 0;
};
