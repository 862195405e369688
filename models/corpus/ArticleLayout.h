#pragma once

#include "models/corpus/ArticleText.h"

#include <QString>
#include <vector>

/// An article as the article view shows it: its paragraphs (ArticleText's, the ones citations
/// number) one after another with a blank line between, whichever way the file separates them,
/// and lines longer than `maxLine` broken into several (after a space when there is one, never
/// inside a character): a text view lays a line out whole, and a one-line article of 15 MB
/// kept the window busy for half a minute. Maps offsets in the article to offsets in the
/// shown text and back, and says which shown line each paragraph starts on.
class ArticleLayout
{
public:
    ArticleLayout() = default;
    ArticleLayout(const ArticleText &article, qsizetype maxLine);

    const QString &text() const { return m_text; }
    /// The shown stretch of an article's stretch; what lies between paragraphs is not shown.
    ArticleText::Span shown(ArticleText::Span span) const;
    /// Where a shown offset stands in the article. An offset in what only the view adds (the
    /// blank line between paragraphs, a long line's break) stands at the end of the text
    /// before it.
    struct Position
    {
        int paragraph = 0;       ///< 1-based, as citations number them; 0 when nothing is shown
        qsizetype offset = 0;    ///< in that paragraph's text
        qsizetype inArticle = 0; ///< in the article's original text
        bool operator==(const Position &) const = default;
    };
    Position position(qsizetype shownOffset) const;
    /// The article's stretch for a shown stretch: shown()'s reverse.
    ArticleText::Span inArticle(ArticleText::Span shownSpan) const;
    /// 0-based shown line where each paragraph starts: paragraph n starts on line
    /// firstLines()[n - 1].
    const std::vector<int> &firstLines() const { return m_firstLines; }

private:
    struct Piece
    {
        qsizetype start = 0; ///< in the article
        qsizetype end = 0;
        qsizetype shown = 0; ///< where `start` is shown
        int paragraph = 0;
        qsizetype paragraphStart = 0; ///< in the article
    };

    QString m_text;
    std::vector<Piece> m_pieces; ///< in order, neither overlapping nor empty
    std::vector<int> m_firstLines;
};
