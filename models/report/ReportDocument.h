#pragma once

#include "models/report/ReportContent.h"
#include "models/report/ReportPages.h"
#include "models/report/ReportText.h"
#include "models/viewmodels/ChartPainter.h"

#include <QImage>
#include <QMarginsF>
#include <QPageLayout>
#include <memory>

class QPainter;
class QTextDocument;
class ReportChartObject;

/// A report laid out on pages of one size, ready to paint page by page.
///
/// All lengths are in points (1/72 inch): the text is laid out against a fixed 72 dpi
/// reference device, so the pages break the same way on a PDF, a printer and the preview;
/// paintPage() expects a painter scaled to points with the paper's top-left at the origin.
/// The text is laid out once, as one long flow as wide as the body, and cut into pages by
/// ReportPages: blocks marked KeepTogether or KeepWithNext (notes, bibliography entries,
/// headings, the chart) move to the next page rather than split, a tall table row breaks
/// between lines in all its cells at once, and a table's header row is repeated on the
/// pages its body continues on.
class ReportDocument final
{
public:
    /// Lays the report out; `progress` hears how much is laid out (0 to 1) and may cancel,
    /// which leaves a document of no pages.
    ReportDocument(const ReportContent &content, const ChartPainter &chart, const QPageLayout &page,
                   const ReportPages::Progress &progress = {});
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    const ReportContent &content() const { return m_content; }
    QTextDocument *document() const { return m_doc.get(); }
    /// Paper size in points.
    QSizeF paperSize() const { return m_paper; }
    /// Where the body text goes, in points from the paper's top-left.
    QRectF bodyRect() const;

    int pageCount() const;
    bool cancelled() const { return m_cancelled; }
    /// The pages as slices of the flow, for tests.
    const QList<ReportPage> &pages() const { return m_pages; }
    /// The 0-based page showing the flow position `y` (as given by the document's layout).
    int pageAt(qreal y) const;
    /// The 0-based page on which the heading of `section` stands; -1 when absent.
    int pageOfSection(ReportText::Section section) const;
    /// The sections, in the order their headings appear.
    QList<ReportText::Section> sections() const;
    /// Times the chart was drawn, for tests.
    int chartDrawCount() const;

    void paintPage(QPainter *painter, int page) const;

    /// The families the report asks for, that this machine lacks (empty when all are
    /// installed): without them a PDF shows substitutes or empty boxes.
    static QStringList missingFonts();

private:
    void paintSlice(QPainter *painter, qreal from, qreal to, qreal at) const;
    void paintHeaderAndFooter(QPainter *painter, int page) const;

    ReportContent m_content;
    QImage m_referenceDevice;
    QSizeF m_paper;
    QMarginsF m_margins;
    std::unique_ptr<ReportChartObject> m_chart;
    std::unique_ptr<QTextDocument> m_doc; // after m_chart: destroyed first
    QList<ReportPage> m_pages;
    bool m_cancelled = false;
};
