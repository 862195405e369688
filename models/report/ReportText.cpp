#include "models/report/ReportText.h"

#include "models/report/ReportChartObject.h"

#include <QCoreApplication>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <functional>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Report", text);
}

// English plurals without a translation file: one string per form, both in lupdate's reach.
#define COUNTED(n, one, many)                                                                      \
    tr((n) == 1 ? QT_TRANSLATE_NOOP("Report", one) : QT_TRANSLATE_NOOP("Report", many)).arg(n)

// lupdate does not expand COUNTED: the forms it is given, spelled out for lupdate.
[[maybe_unused]] const char *const CountedForms[] = {
    QT_TRANSLATE_NOOP("Report", "%1 claim"),    QT_TRANSLATE_NOOP("Report", "%1 claims"),
    QT_TRANSLATE_NOOP("Report", "%1 actor"),    QT_TRANSLATE_NOOP("Report", "%1 actors"),
    QT_TRANSLATE_NOOP("Report", "%1 source"),   QT_TRANSLATE_NOOP("Report", "%1 sources"),
    QT_TRANSLATE_NOOP("Report", "%1 citation"), QT_TRANSLATE_NOOP("Report", "%1 citations"),
    QT_TRANSLATE_NOOP("Report", "%1 conflict"), QT_TRANSLATE_NOOP("Report", "%1 conflicts"),
    QT_TRANSLATE_NOOP("Report", "%1 point"),    QT_TRANSLATE_NOOP("Report", "%1 points")};

const QColor Ink(0x20, 0x20, 0x20);
const QColor Muted(0x60, 0x60, 0x60);
const QColor Rule(0xa0, 0xa0, 0xa0);
const QColor HeaderFill(0xe6, 0xe9, 0xee);
const QColor StripeFill(0xf6, 0xf7, 0xf9);
constexpr qreal NoteIndent = 22;
// One size for the first line of every table cell: a row that crosses a page then breaks
// between lines in all its cells at once, instead of one cell starting on the next page.
constexpr qreal TableText = 8.5; // the hanging indent of a note, behind its number

QTextCharFormat textFormat(qreal points = 9, bool bold = false, const QColor &color = Ink)
{
    QTextCharFormat f;
    f.setFontFamilies({ReportText::sansFamily(), ReportText::symbolFamily()});
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(color);
    // Qt shapes without ligatures once a letter spacing is set, even the neutral 100 %:
    // "ﬁ" would otherwise reach the PDF as one glyph that copies and searches as U+FB01.
    f.setFontLetterSpacingType(QFont::PercentageSpacing);
    f.setFontLetterSpacing(100);
    return f;
}

QTextCharFormat quoteFormat(qreal points = 9)
{
    QTextCharFormat f = textFormat(points);
    f.setFontFamilies({ReportText::serifFamily(), ReportText::symbolFamily()});
    f.setFontItalic(true);
    return f;
}

QTextCharFormat monoFormat(qreal points = 7)
{
    QTextCharFormat f = textFormat(points, false, Muted);
    f.setFontFamilies({ReportText::monoFamily(), ReportText::symbolFamily()});
    return f;
}

QTextCharFormat markerFormat()
{
    QTextCharFormat f = textFormat(TableText, false, QColor(0x1f, 0x4e, 0x8c));
    f.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
    return f;
}

QString numbers(const QList<int> &list)
{
    QStringList parts;
    for (int n : list)
        parts << QString::number(n);
    return parts.join(QLatin1Char(','));
}

QTextBlockFormat blockFormat(qreal top = 0, qreal bottom = 3, int keep = ReportText::KeepNothing)
{
    QTextBlockFormat f;
    f.setTopMargin(top);
    f.setBottomMargin(bottom);
    if (keep)
        f.setProperty(ReportText::KeepProperty, keep);
    return f;
}

class Writer
{
public:
    Writer(QTextDocument *doc, const ReportContent &r) : m_cursor(doc), r(r) {}

    void titleBlock();
    void overview();
    void chart(const QSizeF &size);
    void chronology();
    void cast();
    void conflicts();
    void sources();
    void notes();
    void empty();

private:
    void block(const QTextBlockFormat &format, const QTextCharFormat &chars = textFormat())
    {
        if (m_first)
            m_cursor.setBlockFormat(format);
        else
            m_cursor.insertBlock(format, chars);
        m_cursor.setCharFormat(chars);
        m_first = false;
    }
    void paragraph(const QString &text, const QTextCharFormat &chars = textFormat(),
                   const QTextBlockFormat &format = blockFormat())
    {
        block(format, chars);
        m_cursor.insertText(text, chars);
    }
    void labelled(const QString &label, const QString &text)
    {
        block(blockFormat(0, 3));
        m_cursor.insertText(label + QLatin1Char(' '), textFormat(9, true));
        m_cursor.insertText(text, textFormat());
    }
    void heading(const QString &text, ReportText::Section section)
    {
        QTextBlockFormat f = blockFormat(16, 6, ReportText::KeepWithNext);
        f.setProperty(ReportText::SectionProperty, int(section));
        paragraph(text, textFormat(13, true, QColor(0x1a, 0x2a, 0x44)), f);
    }
    QTextTable *table(int rows, const QList<qreal> &percentWidths, int headerRows = 1,
                      bool continuation = false, int stripeShift = 0);
    using RowFiller = std::function<void(QTextTable *table, int row, qsizetype item)>;
    void longTable(qsizetype items, const QList<qreal> &percentWidths, const QStringList &titles,
                   const RowFiller &fill);
    void endTable() { m_cursor.movePosition(QTextCursor::End); }
    static QTextCursor cell(QTextTable *t, int row, int column)
    {
        return t->cellAt(row, column).firstCursorPosition();
    }
    void headerRow(QTextTable *t, const QStringList &titles);
    void notesMarkers(QTextCursor &c, const QList<int> &notes) const
    {
        if (!notes.isEmpty())
            c.insertText(QStringLiteral("\u2009") + numbers(notes), markerFormat());
    }

    QTextCursor m_cursor;
    const ReportContent &r;
    bool m_first = true;
};

QTextTable *Writer::table(int rows, const QList<qreal> &percentWidths, int headerRows,
                          bool continuation, int stripeShift)
{
    QTextTableFormat f;
    f.setBorder(0.5);
    f.setBorderBrush(Rule);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setBorderCollapse(true);
    f.setCellPadding(3);
    f.setCellSpacing(0);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    f.setHeaderRowCount(headerRows);
    f.setTopMargin(continuation ? 0 : 4);
    f.setBottomMargin(6);
    if (continuation)
        f.setProperty(ReportText::ContinuesProperty, true);
    QList<QTextLength> widths;
    for (qreal w : percentWidths)
        widths << QTextLength(QTextLength::PercentageLength, w);
    f.setColumnWidthConstraints(widths);
    if (!continuation)
        block(blockFormat(0, 0));
    QTextTable *t = m_cursor.insertTable(rows, int(percentWidths.size()), f);
    for (int row = headerRows; row < rows; ++row) {
        if ((row - headerRows + stripeShift) % 2 == 0)
            continue;
        for (int column = 0; column < t->columns(); ++column) {
            QTextTableCellFormat stripe = t->cellAt(row, column).format().toTableCellFormat();
            stripe.setBackground(StripeFill);
            t->cellAt(row, column).setFormat(stripe);
        }
    }
    return t;
}

// Qt lays a table out in time that grows faster than its rows: a long table is written as
// tables of ChunkRows rows, each continuing the one before (ContinuesProperty), joined by a
// block of no height. The header row stands on the first; ReportPages repeats it on the
// pages the others fill.
void Writer::longTable(qsizetype items, const QList<qreal> &percentWidths,
                       const QStringList &titles, const RowFiller &fill)
{
    constexpr qsizetype ChunkRows = 200;
    qsizetype item = 0;
    do {
        const bool first = item == 0;
        const qsizetype rows = std::min(ChunkRows, items - item);
        const int headerRows = first ? 1 : 0;
        if (!first) {
            QTextBlockFormat joint = blockFormat(0, 0);
            joint.setLineHeight(0, QTextBlockFormat::FixedHeight);
            m_cursor.setBlockFormat(joint);
        }
        QTextTable *t =
            table(int(rows) + headerRows, percentWidths, headerRows, !first, int(item % 2));
        if (first)
            headerRow(t, titles);
        for (qsizetype i = 0; i < rows; ++i)
            fill(t, int(i) + headerRows, item + i);
        item += rows;
        if (item < items) {
            QTextTableFormat f = t->format();
            f.setBottomMargin(0);
            t->setFormat(f);
        }
        endTable();
    } while (item < items);
}

void Writer::headerRow(QTextTable *t, const QStringList &titles)
{
    for (int column = 0; column < titles.size(); ++column) {
        QTextTableCell c = t->cellAt(0, column);
        QTextTableCellFormat f = c.format().toTableCellFormat();
        f.setBackground(HeaderFill);
        c.setFormat(f);
        QTextCursor cursor = c.firstCursorPosition();
        QTextBlockFormat title = cursor.blockFormat();
        title.setNonBreakableLines(true);
        cursor.setBlockFormat(title);
        cursor.insertText(titles[column], textFormat(TableText, true));
    }
}

void Writer::titleBlock()
{
    QTextBlockFormat kicker = blockFormat(0, 2);
    kicker.setProperty(ReportText::SectionProperty, int(ReportText::TitleSection));
    paragraph(QCoreApplication::translate("Report", "DISPUTE SUMMARY REPORT"),
              textFormat(8, true, Muted), kicker);
    paragraph(r.title, textFormat(20, true, QColor(0x1a, 0x2a, 0x44)), blockFormat(0, 8));
    labelled(QCoreApplication::translate("Report", "Filter:"), r.filterText);
    labelled(QCoreApplication::translate("Report", "Generated on:"),
             r.generatedOn.toString(Qt::ISODate));
    labelled(QCoreApplication::translate("Report", "Dataset:"),
             QCoreApplication::translate("Report", "“%1”, version %2")
                 .arg(r.datasetTitle, r.datasetVersion));
    block(blockFormat(0, 3));
    m_cursor.insertText(QCoreApplication::translate("Report", "Dataset SHA-256:") +
                            QLatin1Char(' '),
                        textFormat(9, true));
    m_cursor.insertText(r.datasetSha256.isEmpty() ? QCoreApplication::translate("Report", "unknown")
                                                  : r.datasetSha256,
                        monoFormat(8));
    labelled(QCoreApplication::translate("Report", "Counts:"),
             COUNTED(int(r.claims.size()), "%1 claim", "%1 claims") + QStringLiteral(" · ") +
                 COUNTED(int(r.cast.size()), "%1 actor", "%1 actors") + QStringLiteral(" · ") +
                 COUNTED(int(r.sources.size()), "%1 source", "%1 sources") + QStringLiteral(" · ") +
                 COUNTED(int(r.notes.size()), "%1 citation", "%1 citations") +
                 QStringLiteral(" · ") +
                 COUNTED(int(r.conflicts.size()), "%1 conflict", "%1 conflicts"));
    QTextBlockFormat ruleBlock = blockFormat(2, 6);
    ruleBlock.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                          QTextLength(QTextLength::PercentageLength, 100));
    paragraph(QString(), textFormat(4), ruleBlock);
}

void Writer::overview()
{
    heading(QCoreApplication::translate("Report", "Overview"), ReportText::OverviewSection);
    const QString span =
        r.spanFrom == r.spanTo
            ? r.spanFrom
            : QCoreApplication::translate("Report", "%1 to %2").arg(r.spanFrom, r.spanTo);
    paragraph(QCoreApplication::translate(
                  "Report",
                  "This report covers %1 involving %2, dated %3, as cited from %4. The sources "
                  "disagree on %5.")
                  .arg(COUNTED(int(r.claims.size()), "%1 claim", "%1 claims"),
                       COUNTED(int(r.cast.size()), "%1 actor", "%1 actors"), span,
                       COUNTED(int(r.sources.size()), "%1 source", "%1 sources"),
                       COUNTED(int(r.conflicts.size()), "%1 point", "%1 points")),
              textFormat(), blockFormat(0, 6));
    labelled(QCoreApplication::translate("Report", "Parties:"),
             r.parties.join(QStringLiteral(", ")));
    labelled(QCoreApplication::translate("Report", "Span of time:"), span);
    labelled(QCoreApplication::translate("Report", "Claims:"), QString::number(r.claims.size()));
    labelled(QCoreApplication::translate("Report", "Sources:"), QString::number(r.sources.size()));
    labelled(QCoreApplication::translate("Report", "Open conflicts:"),
             QString::number(r.conflicts.size()));
}

void Writer::chart(const QSizeF &size)
{
    heading(QCoreApplication::translate("Report", "Timeline"), ReportText::ChartSection);
    QTextBlockFormat f = blockFormat(4, 4, ReportText::KeepTogether);
    f.setAlignment(Qt::AlignHCenter);
    block(f);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                        ReportChartObject::format(size));
    paragraph(COUNTED(int(r.claims.size()), "%1 claim of this report, on the dashboard's timeline.",
                      "%1 claims of this report, on the dashboard's timeline."),
              textFormat(8, false, Muted), blockFormat(0, 4));
}

void Writer::chronology()
{
    heading(QCoreApplication::translate("Report", "Chronology"), ReportText::ChronologySection);
    paragraph(QCoreApplication::translate(
                  "Report",
                  "Claims in date order; a date shows only what the sources give (year, month or "
                  "day). Superscript numbers refer to the notes."),
              textFormat(8, false, Muted), blockFormat(0, 2, ReportText::KeepWithNext));
    const QStringList titles{QCoreApplication::translate("Report", "Date"),
                             QCoreApplication::translate("Report", "Kind"),
                             QCoreApplication::translate("Report", "Statement"),
                             QCoreApplication::translate("Report", "Actors")};
    longTable(
        r.chronology.size(), {12, 13, 51, 24}, titles,
        [this](QTextTable *t, int tableRow, qsizetype item) {
            const ChronologyRow &row = r.chronology[item];
            QTextCursor c = cell(t, tableRow, 0);
            QTextBlockFormat claimBlock = c.blockFormat();
            claimBlock.setProperty(ReportText::ClaimProperty, row.claim);
            claimBlock.setNonBreakableLines(true); // "2024-08-05" on one line
            c.setBlockFormat(claimBlock);
            c.insertText(row.date, textFormat(TableText));
            cell(t, tableRow, 1).insertText(row.kind, textFormat(TableText, false, Muted));
            c = cell(t, tableRow, 2);
            c.insertText(row.statement, textFormat(TableText));
            notesMarkers(c, row.notes);
            if (!row.claimant.isEmpty())
                c.insertText(
                    QChar(QChar::LineSeparator) +
                        QCoreApplication::translate("Report", "According to %1").arg(row.claimant),
                    textFormat(8, false, Muted));
            if (!row.dateNote.isEmpty())
                c.insertText(
                    QChar(QChar::LineSeparator) +
                        QCoreApplication::translate("Report", "Date: %1").arg(row.dateNote),
                    textFormat(8, false, Muted));
            // The user's markup, said as such: a reader must not take it for the sources'.
            if (row.key || !row.tags.isEmpty()) {
                QStringList mine;
                if (row.key)
                    mine << QCoreApplication::translate("Report", "key claim");
                if (!row.tags.isEmpty())
                    mine << QCoreApplication::translate("Report", "tags: %1")
                                .arg(row.tags.join(QStringLiteral(", ")));
                c.insertText(QChar(QChar::LineSeparator) +
                                 QCoreApplication::translate("Report", "Marked up: %1")
                                     .arg(mine.join(QStringLiteral("; "))),
                             textFormat(8, false, Muted));
            }
            cell(t, tableRow, 3)
                .insertText(row.actors.join(QStringLiteral(", ")), textFormat(TableText));
        });
}

void Writer::cast()
{
    heading(QCoreApplication::translate("Report", "Cast"), ReportText::CastSection);
    const QStringList titles{QCoreApplication::translate("Report", "Actor"),
                             QCoreApplication::translate("Report", "Kind"),
                             QCoreApplication::translate("Report", "Description"),
                             QCoreApplication::translate("Report", "Claims"),
                             QCoreApplication::translate("Report", "First"),
                             QCoreApplication::translate("Report", "Last")};
    longTable(
        r.cast.size(), {19, 15, 36, 8, 11, 11}, titles,
        [this](QTextTable *t, int tableRow, qsizetype item) {
            const CastRow &row = r.cast[item];
            cell(t, tableRow, 0).insertText(row.name, textFormat(TableText, true));
            cell(t, tableRow, 1).insertText(row.kind, textFormat(TableText, false, Muted));
            cell(t, tableRow, 2).insertText(row.description, textFormat(TableText));
            cell(t, tableRow, 3).insertText(QString::number(row.claims), textFormat(TableText));
            for (int column : {4, 5}) {
                QTextCursor c = cell(t, tableRow, column);
                QTextBlockFormat f = c.blockFormat();
                f.setNonBreakableLines(true);
                c.setBlockFormat(f);
                c.insertText(column == 4 ? row.first : row.last, textFormat(TableText));
            }
        });
}

void Writer::conflicts()
{
    heading(QCoreApplication::translate("Report", "Points of conflict"),
            ReportText::ConflictsSection);
    if (r.conflicts.isEmpty()) {
        paragraph(QCoreApplication::translate(
            "Report", "The sources do not disagree about any claim in this report."));
        return;
    }
    for (const ConflictEntry &entry : r.conflicts) {
        block(blockFormat(8, 2, ReportText::KeepWithNext));
        m_cursor.insertText(entry.id + QStringLiteral(" · "), textFormat(9.5, true, Muted));
        m_cursor.insertText(entry.about, textFormat(9.5, true));
        const int columns = int(std::min<qsizetype>(entry.sides.size(), 3));
        const int rows = int((entry.sides.size() + columns - 1) / columns);
        QList<qreal> widths(columns, 100.0 / columns);
        QTextTable *t = table(rows, widths, 0);
        QTextTableFormat together = t->format();
        together.setProperty(ReportText::KeepProperty, ReportText::KeepTogether);
        t->setFormat(together);
        for (int i = 0; i < entry.sides.size(); ++i) {
            const ConflictSide &side = entry.sides[i];
            QTextCursor c = cell(t, i / columns, i % columns);
            c.insertText(side.date + QStringLiteral(" · ") + side.claimId,
                         textFormat(TableText, true));
            c.insertText(QChar(QChar::LineSeparator) + side.statement, textFormat(TableText));
            notesMarkers(c, side.notes);
            if (!side.claimant.isEmpty())
                c.insertText(
                    QChar(QChar::LineSeparator) +
                        QCoreApplication::translate("Report", "According to %1").arg(side.claimant),
                    textFormat(8, false, Muted));
            for (int n : side.notes) {
                const ReportNote &note = r.notes[n - 1];
                c.insertBlock(blockFormat(3, 0));
                c.insertText(QStringLiteral("“%1”").arg(note.quote), quoteFormat(8.5));
                c.insertText(QStringLiteral(" [%1] ").arg(n), textFormat(8, false, Muted));
                c.insertText(note.source, textFormat(8, false, Muted));
            }
        }
        endTable();
        if (!entry.outsideClaimIds.isEmpty())
            paragraph(QCoreApplication::translate("Report",
                                                  "Also in this conflict, outside the filter: %1.")
                          .arg(entry.outsideClaimIds.join(QStringLiteral(", "))),
                      textFormat(8, false, Muted), blockFormat(0, 4));
    }
}

void Writer::sources()
{
    heading(QCoreApplication::translate("Report", "Sources"), ReportText::SourcesSection);
    for (const SourceEntry &s : r.sources) {
        QTextBlockFormat f = blockFormat(0, 6, ReportText::KeepTogether);
        block(f);
        m_cursor.insertText(s.label + QStringLiteral(". "), textFormat(9, true));
        m_cursor.insertText(s.outlet + QStringLiteral(", “%1”. ").arg(s.title), textFormat());
        m_cursor.insertText((s.author.isEmpty()
                                 ? QCoreApplication::translate("Report", "Author not given")
                                 : s.author) +
                                QStringLiteral(". ") +
                                QCoreApplication::translate("Report", "Published %1.").arg(s.date) +
                                QLatin1Char(' ') +
                                COUNTED(s.citations, "Cited %1 time here.", "Cited %1 times here."),
                            textFormat());
        if (!s.dateNote.isEmpty())
            m_cursor.insertText(
                QChar(QChar::LineSeparator) +
                    QCoreApplication::translate("Report", "Dating: %1").arg(s.dateNote),
                textFormat(8, false, Muted));
        if (!s.notes.isEmpty())
            m_cursor.insertText(
                QChar(QChar::LineSeparator) +
                    QCoreApplication::translate("Report", "About this source: %1").arg(s.notes),
                textFormat(8));
        m_cursor.insertText(
            QChar(QChar::LineSeparator) +
                QCoreApplication::translate("Report", "File %1 · SHA-256 ").arg(s.file),
            textFormat(8, false, Muted));
        m_cursor.insertText(s.sha256, monoFormat(7));
    }
}

void Writer::notes()
{
    heading(QCoreApplication::translate("Report", "Notes"), ReportText::NotesSection);
    for (const ReportNote &note : r.notes) {
        QTextBlockFormat f = blockFormat(0, 5, ReportText::KeepTogether);
        f.setLeftMargin(NoteIndent);
        f.setTextIndent(-NoteIndent);
        f.setTabPositions({QTextOption::Tab(NoteIndent, QTextOption::LeftTab)});
        f.setProperty(ReportText::NoteProperty, note.number);
        block(f);
        m_cursor.insertText(QStringLiteral("%1.\t").arg(note.number), textFormat(9, true));
        m_cursor.insertText(
            note.source + QStringLiteral(", ") +
                QCoreApplication::translate("Report", "paragraph %1").arg(note.paragraph) +
                QStringLiteral(" · ") +
                QCoreApplication::translate("Report", "claim %1").arg(note.claimId),
            textFormat(8, false, Muted));
        m_cursor.insertText(QChar(QChar::LineSeparator) + QStringLiteral("“%1”").arg(note.quote),
                            quoteFormat(9));
    }
}

void Writer::empty()
{
    heading(QCoreApplication::translate("Report", "No claims"), ReportText::EmptySection);
    paragraph(QCoreApplication::translate(
        "Report", "No claim in the dataset matches this filter, so this report has nothing to "
                  "show. Widen the filter (fewer actors, kinds or search words, a longer span of "
                  "years) and print it again."));
}

} // namespace

namespace ReportText {

QString sansFamily()
{
    return QStringLiteral("DejaVu Sans");
}

QString serifFamily()
{
    return QStringLiteral("DejaVu Serif");
}

QString monoFamily()
{
    return QStringLiteral("DejaVu Sans Mono");
}

QString symbolFamily()
{
    return QStringLiteral("Symbola"); // fonts-symbola
}

void write(QTextDocument *doc, const ReportContent &content, const QSizeF &chartSize)
{
    Writer w(doc, content);
    w.titleBlock();
    if (content.isEmpty()) {
        w.empty();
        return;
    }
    w.overview();
    w.chart(chartSize);
    w.chronology();
    w.cast();
    w.conflicts();
    w.sources();
    w.notes();
}

} // namespace ReportText
