#pragma once

#include <QLabel>

/// A one-line label that shows as much of its text as fits, ending in "…", with the whole text
/// as its tooltip; a layout may make it as narrow as a few characters. For a summary in a bar
/// that shares its row with other controls, where clipped letters would look like a bug.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_fullText;
};
