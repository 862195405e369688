#pragma once

#include <QString>
#include <QStringView>

/// The format's rules for the characters of a text field (resources/dataset/FORMAT.md,
/// "Characters"): one definition, applied by the validator to every text field whatever the
/// text was read from (a JSON file, the bundled dataset, a database).
namespace TextRules {

/// Whether a field may span lines: statements, descriptions and notes may; names, titles,
/// quotes and the like are one line.
enum class Lines
{
    One,
    Many
};

enum class Issue
{
    None,
    Control,        ///< C0 (but tab and line feed where lines are allowed), DEL or C1
    Noncharacter,   ///< U+FDD0–U+FDEF and the last two code points of every plane
    LoneSurrogate,  ///< half a UTF-16 surrogate pair
    LineBreak,      ///< tab, line feed, U+2028 or U+2029 in a one-line field
    UnbalancedBidi, ///< a direction embedding, override or isolate not closed within the field
};

struct Finding
{
    Issue issue = Issue::None;
    qsizetype offset = -1; ///< in UTF-16 units
    char32_t character = 0;
    qsizetype position = 0; ///< 1-based, in characters (code points), for messages
    explicit operator bool() const { return issue != Issue::None; }
};

/// True for a character no text field may hold: a control other than tab and line feed,
/// a noncharacter, a lone surrogate.
bool isForbidden(char32_t c);

/// An explicit direction control: an embedding or override (LRE, RLE, LRO, RLO, PDF) or an
/// isolate (LRI, RLI, FSI, PDI).
bool isDirectionControl(char32_t c);

/// The first thing in `text` the rules refuse, or a Finding of Issue::None.
Finding check(QStringView text, Lines lines);

/// What is wrong, for a message: "holds U+001B, a control character, at character 4".
QString describe(const Finding &finding);

/// True when the text shows something: a letter, digit, punctuation or symbol that is not
/// one of the blank letters (U+3164 HANGUL FILLER and its kin). Spaces, format characters,
/// lone combining marks and controls show nothing: a name made of them names no one.
bool hasVisibleCharacter(QStringView text);

} // namespace TextRules
