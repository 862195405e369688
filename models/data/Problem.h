#pragma once

#include <QList>
#include <QString>

/// One thing wrong with an input, located as precisely as the input allows: a line and
/// column for syntax, a record id and field for content.
struct Problem
{
    QString file;
    QString record; ///< e.g. "claim c012" or "claims[3]"; empty for file-level problems
    QString field;  ///< e.g. "citations[0].quote"; empty when the whole record is at fault
    QString message;
    int line = 0; ///< 1-based; 0 when unknown
    int column = 0;

    /// "file:line:column: message" or "file: claim c012, field 'date': message", with any
    /// control character in it written out (TextUtil::printable()).
    QString toString() const;
};

using Problems = QList<Problem>;
