#pragma once

#include <QIcon>
#include <QToolButton>
#include <functional>

class QMenu;

/// A button that opens a list of checkable choices and stays open while they are ticked, so
/// several can be chosen at once; its text sums up what is chosen ("All kinds", "Allegation",
/// "2 kinds"). Space or the down arrow opens the list, arrows walk it, Space or Enter ticks,
/// Escape closes it. Each choice carries a value (an id); checkedValues() lists the ticked
/// ones in the list's order.
class CheckListButton final : public QToolButton
{
    Q_OBJECT
public:
    explicit CheckListButton(QWidget *parent = nullptr);

    /// What the button says for none and for several (given their count); one chosen shows
    /// its own text.
    void setSummaries(const QString &none, std::function<QString(int)> several);
    /// Its tooltip's first line: what the choice narrows (the choices made follow).
    void setDescription(const QString &description);
    void addChoice(const QString &text, const QString &value, const QIcon &icon = {});
    void addSeparator();
    /// Removes every choice (to fill the list again); ticks are lost.
    void clearChoices();

    QStringList checkedValues() const;
    /// Ticks exactly these values, without emitting checkedValuesChanged().
    void setCheckedValues(const QStringList &values);
    QStringList values() const;
    QMenu *list() const { return m_menu; }
    /// Room for the menu arrow beside the text: QToolButton draws it over the text's end.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// The user ticked or unticked a choice.
    void checkedValuesChanged(const QStringList &values);

private:
    void updateText();

    QMenu *m_menu;
    QString m_none;
    std::function<QString(int)> m_several;
    QString m_description;
};
