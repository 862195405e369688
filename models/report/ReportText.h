#pragma once

#include "models/report/ReportContent.h"

#include <QSizeF>
#include <QTextFormat>

class QTextDocument;

/// Writes a report's sections into a QTextDocument: headings, paragraphs and tables with
/// the report's fonts. Laying the text out on pages is ReportDocument's job.
namespace ReportText {

enum Section
{
    TitleSection = 1,
    OverviewSection,
    ChartSection,
    ChronologySection,
    CastSection,
    ConflictsSection,
    SourcesSection,
    NotesSection,
    EmptySection, ///< the one section of a report whose filter matches nothing
};

/// On a heading block: its Section.
constexpr int SectionProperty = QTextFormat::UserProperty + 1;
/// On a block or a table: how it must sit on the page (Keep).
constexpr int KeepProperty = QTextFormat::UserProperty + 2;
/// On the first block of a table cell: the dataset index of the claim its row shows.
constexpr int ClaimProperty = QTextFormat::UserProperty + 3;
/// On a note's block: its number.
constexpr int NoteProperty = QTextFormat::UserProperty + 4;
/// On a table: it continues the table before it, whose header row it shares.
constexpr int ContinuesProperty = QTextFormat::UserProperty + 5;

enum Keep
{
    KeepNothing = 0,
    KeepTogether = 1, ///< never split across pages (a note, a bibliography entry, a conflict)
    KeepWithNext = 2, ///< a heading: never last on its page
};

/// The report's font families; all come from fonts-dejavu-core.
QString sansFamily();
QString serifFamily();
QString monoFamily();
/// The family for what DejaVu lacks (emoji, more symbols, enclosing marks), named after each
/// of the others: outlines that embed in a PDF and copy as text. Left to itself, fontconfig
/// may pick none (boxes, and the rest of the line lost from the text layer) or a colour
/// bitmap font a PDF cannot hold.
QString symbolFamily();

/// Fills the empty `doc` with the report. `chartSize` is the chart's size in document units.
void write(QTextDocument *doc, const ReportContent &content, const QSizeF &chartSize);

} // namespace ReportText
