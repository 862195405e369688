#include "app/window/EditRefusal.h"

#include "models/session/DossierSession.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace EditRefusal {

void show(QWidget *parent, const DossierSession &session, const QString &what,
          const QStringList &why)
{
    if (session.conflictPending())
        return;
    QMessageBox box(QMessageBox::Warning,
                    QCoreApplication::translate("EditRefusal", "Edit Refused"), what,
                    QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(why.join(QLatin1Char('\n')));
    box.exec();
}

QStringList lines(const Problems &problems)
{
    QStringList out;
    out.reserve(problems.size());
    for (const Problem &p : problems)
        out.append(p.toString());
    return out;
}

} // namespace EditRefusal
