#include "app/window/RecordDeletion.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace RecordDeletion {

bool confirmed(QWidget *parent, const Wording &wording, const QStringList &references)
{
    QMessageBox ask(QMessageBox::Question, wording.title, wording.question, QMessageBox::Cancel,
                    parent);
    ask.setTextFormat(Qt::PlainText);
    ask.setInformativeText(references.isEmpty()
                               ? wording.whenFree
                               : wording.whenReferenced.arg(references.join(QLatin1Char('\n'))));
    QPushButton *remove =
        references.isEmpty()
            ? ask.addButton(QCoreApplication::translate("RecordDeletion", "Delete"),
                            QMessageBox::DestructiveRole)
            : nullptr;
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    return remove && ask.clickedButton() == remove;
}

} // namespace RecordDeletion
