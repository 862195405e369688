#pragma once

#include <QLabel>

/// A one-line label that draws as much of its text as fits, ending in "…", with the whole text
/// as its tooltip; a layout may make it as narrow as a few characters. For a summary in a bar
/// that shares its row with other controls, where clipped letters would look like a bug. The
/// text stays whole (text(), accessibility); only the drawing is shortened, when it is painted,
/// as QLabel lays out its text only then.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;

    /// Sets the text and the tooltip.
    void setFullText(const QString &text);
    QString fullText() const { return text(); }
    /// What is drawn at the current width: the text, or its beginning and "…".
    QString displayedText() const;

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};
