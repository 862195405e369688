#pragma once

#include <QList>
#include <functional>

class QTextDocument;

/// One page of a report: a slice of the document's single long flow, in points.
struct ReportPage
{
    qreal top = 0;    ///< the first flow position painted on the page
    qreal bottom = 0; ///< where the page's slice of the flow ends
    /// A table's header row, repeated above a slice that starts inside that table's body;
    /// empty (headerBottom == headerTop) otherwise.
    qreal headerTop = 0;
    qreal headerBottom = 0;

    qreal headerHeight() const { return headerBottom - headerTop; }
    /// Height the page's content takes on paper, header included.
    qreal height() const { return headerHeight() + bottom - top; }
};

/// Cuts a report laid out as one long flow (no page height) into pages of `pageHeight`.
///
/// One pass collects where a page may end (between blocks, between the lines of a block,
/// between table rows, and inside a tall row where no cell has a line across), minus what
/// the keep rules forbid: inside a block or table marked KeepTogether, a heading (KeepWithNext)
/// and the room below it. A second pass fills each page with as much as fits. Both passes are
/// linear in the size of the document, and the text is laid out once: Qt's own pagination
/// lays the rest of the document out again after every forced break, which made long
/// reports quadratic.
namespace ReportPages {

/// Room a heading needs below it on its page: its first lines of content.
constexpr qreal KeepWithNextRoom = 72;
/// A row or a kept block shorter than this share of a page moves whole to the next page
/// rather than being split.
constexpr qreal SplitShare = 0.3;
/// A kept block taller than this share of a page is split after all: it could not fit.
constexpr qreal KeepShare = 0.9;

/// Hears the share of the document laid out, from 0 to 1; returning false cancels.
using Progress = std::function<bool(qreal laidOut)>;

/// The pages; none when `progress` cancelled, and then `*cancelled` is set.
QList<ReportPage> paginate(const QTextDocument *doc, qreal pageHeight,
                           const Progress &progress = {}, bool *cancelled = nullptr);

} // namespace ReportPages
