#include "models/corpus/ArticleText.h"

namespace {

bool isMark(QChar c)
{
    const auto cat = c.category();
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
           cat == QChar::Mark_Enclosing;
}

} // namespace

ArticleText::ArticleText(QString text) : m_original(std::move(text))
{
    const QString &s = m_original;
    const qsizetype n = s.size();
    m_normalized.reserve(n);
    m_startOf.reserve(n);
    qsizetype i = 0;
    while (i < n) {
        if (s[i].isSpace()) {
            qsizetype j = i;
            while (j < n && s[j].isSpace())
                ++j;
            m_normalized.append(QLatin1Char(' '));
            m_startOf.push_back(i);
            i = j;
            continue;
        }
        // A base character with its combining marks composes on its own under NFC.
        qsizetype j = i + 1;
        if (s[i].isHighSurrogate() && j < n && s[j].isLowSurrogate())
            ++j;
        while (j < n && isMark(s[j]))
            ++j;
        // Most characters stand alone and below U+0300, where NFC changes nothing: no string
        // to build. (Normalizing each character cost 17 s on a 15 MB article.)
        if (j == i + 1 && s[i].unicode() < 0x300) {
            m_normalized.append(s[i]);
            m_startOf.push_back(i);
            i = j;
            continue;
        }
        const QString composed = s.mid(i, j - i).normalized(QString::NormalizationForm_C);
        for (QChar c : composed) {
            m_normalized.append(c);
            m_startOf.push_back(i);
        }
        i = j;
    }

    qsizetype lineStart = 0;
    for (qsizetype k = 0; k <= n; ++k) {
        if (k == n || s[k] == QLatin1Char('\n')) {
            qsizetype a = lineStart;
            qsizetype b = k;
            while (a < b && s[a].isSpace())
                ++a;
            while (b > a && s[b - 1].isSpace())
                --b;
            if (b > a)
                m_paragraphs.append({a, b});
            lineStart = k + 1;
        }
    }
}

qsizetype ArticleText::endOf(qsizetype k) const
{
    // A character's stretch of the original ends where the next one's starts: a composed
    // character and a folded run of spaces cover one stretch each.
    const qsizetype start = m_startOf[size_t(k)];
    for (size_t next = size_t(k) + 1; next < m_startOf.size(); ++next)
        if (m_startOf[next] != start)
            return m_startOf[next];
    return m_original.size();
}

ArticleText::Span ArticleText::paragraph(int number) const
{
    if (number < 1 || number > m_paragraphs.size())
        return {};
    return m_paragraphs[number - 1];
}

int ArticleText::paragraphAt(qsizetype offset) const
{
    for (int i = 0; i < m_paragraphs.size(); ++i)
        if (offset >= m_paragraphs[i].start && offset < m_paragraphs[i].end)
            return i + 1;
    return 0;
}

QString ArticleText::normalize(const QString &text)
{
    return ArticleText(text).m_normalized;
}

QList<ArticleText::Span> ArticleText::find(const QString &quote, const QString &prefix,
                                           const QString &suffix) const
{
    QList<Span> found;
    const QString q = normalize(quote).trimmed();
    if (q.isEmpty())
        return found;
    const QString p = normalize(prefix);
    const QString needle = p + q + normalize(suffix);
    qsizetype from = 0;
    while (true) {
        const qsizetype at = m_normalized.indexOf(needle, from);
        if (at < 0)
            break;
        const qsizetype a = at + p.size();
        const qsizetype b = a + q.size();
        // A match that cuts a base character from its combining marks is not verbatim
        // (found by fuzzing: U+FFFD followed by U+06DB).
        const bool startsCleanly = a == 0 || m_startOf[a] != m_startOf[a - 1];
        const bool endsCleanly = b == m_normalized.size() || m_startOf[b] != m_startOf[b - 1];
        if (startsCleanly && endsCleanly)
            found.append({m_startOf[a], endOf(b - 1)});
        from = at + 1;
    }
    return found;
}
