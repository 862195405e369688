#pragma once

#include "models/markup/Markup.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

/// The user's markup (stars, tags, notes, tag colours) as a file of its own, written beside a
/// dataset file only when asked: the dataset file stays the evidence alone, so `check` and its
/// SHA-256 mean the same with or without markup. Text is kept exactly as typed; a claim id the
/// dataset does not hold is kept too (the markup of a removed claim outlives it).
class MarkupJson
{
    Q_DECLARE_TR_FUNCTIONS(MarkupJson)

public:
    /// Claims sorted by id and colours by tag, so the same markup gives the same bytes.
    static QByteArray write(const Markup &markup);
    /// The markup, or nullopt with `problems` saying what in the file's shape is wrong.
    static std::optional<Markup> read(const QByteArray &bytes, QStringList *problems);
    /// The markup file that goes with a dataset file: "x.json" → "x.markup.json".
    static QString pathBeside(const QString &datasetPath);
};
