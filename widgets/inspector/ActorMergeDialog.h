#pragma once

#include "models/dossier/ActorMerge.h"

#include <QDialog>

class QComboBox;
class QLabel;

/// Merge Actors…: the actors to merge are given, the one they go into is chosen (among the
/// others), and the dialog says, as the choice changes, how many claims the merge rewrites.
/// Accepting is the confirmation; merge() is the change to apply.
class ActorMergeDialog final : public QDialog
{
    Q_OBJECT
public:
    ActorMergeDialog(const Dataset &dataset, const QStringList &merged, QWidget *parent = nullptr);

    QComboBox *target() const { return m_target; }
    QLabel *summary() const { return m_summary; }
    ActorMerge merge() const;

private:
    void update();

    const Dataset &m_dataset;
    QStringList m_merged;
    QComboBox *m_target;
    QLabel *m_summary;
};
