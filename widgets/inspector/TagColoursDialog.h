#pragma once

#include "models/markup/Markup.h"

#include <QColor>
#include <QDialog>
#include <functional>

class QListWidget;
class QListWidgetItem;
class QPushButton;

/// Edit ▸ Tag Colours…: every tag of the markup with the colour it is shown in, changed through
/// a colour picker or reset to its default. Nothing is written while it is open; edits() is what
/// accepting asks for, which the caller saves as one change (one undo step).
class TagColoursDialog final : public QDialog
{
    Q_OBJECT
public:
    /// Asks for a colour starting from the one given; an invalid colour when the user gives up.
    using Picker = std::function<QColor(const QColor &initial, QWidget *parent)>;

    /// `current`, when one of the tags, is the one selected at first.
    TagColoursDialog(const Markup &markup, const QString &current = QString(),
                     QWidget *parent = nullptr);

    /// Replaces QColorDialog, for tests.
    void setPicker(Picker picker) { m_picker = std::move(picker); }

    QListWidget *list() const { return m_list; }
    QPushButton *changeButton() const { return m_change; }
    QPushButton *resetButton() const { return m_reset; }

    /// The colours the user changed, before and after, in the list's order; empty if none.
    QList<MarkupChange::ColourEdit> edits() const;
    /// What the change is called on the undo stack.
    static QString describe(const QList<MarkupChange::ColourEdit> &edits);

    /// Asks for a colour for the selected tag.
    void changeSelected();
    /// Gives the selected tag its default colour back.
    void resetSelected();

private:
    /// The colour given to the tag of `row` as it stands in the dialog; empty: the default.
    QString given(int row) const;
    void setGiven(int row, const QString &colour);
    void updateButtons();

    const Markup &m_markup;
    QStringList m_tags;  ///< one per row
    QStringList m_given; ///< one per row, "#rrggbb" or empty
    QListWidget *m_list;
    QPushButton *m_change;
    QPushButton *m_reset;
    Picker m_picker;
};
