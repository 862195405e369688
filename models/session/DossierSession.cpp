#include "models/session/DossierSession.h"

#include "models/session/ChangeCommand.h"
#include "models/store/ChangeLog.h"
#include "models/store/OpenStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUndoStack>

DossierSession::DossierSession(Dataset dataset, QObject *parent)
    : QObject(parent), m_dossier(std::move(dataset)), m_undoStack(new QUndoStack(this))
{
}

DossierSession::~DossierSession() = default;

QString DossierSession::defaultUser()
{
    const QString configured = QSettings().value(QStringLiteral("editing/userName")).toString();
    if (!configured.trimmed().isEmpty())
        return configured.trimmed();
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"})
        if (const QString login = qEnvironmentVariable(variable); !login.isEmpty())
            return login;
    return QCoreApplication::translate("DossierSession", "unknown");
}

bool DossierSession::attachStore(const QString &location, const QString &user, QString *error)
{
    auto store = openStore(location, DossierStore::Access::ReadWrite, error);
    if (!store)
        return false;
    setReadOnlyReason(store->whyNotWritable());
    m_user = store->knowsItsUsers() ? QString() : user;
    m_store = std::move(store);
    m_versions.reset();
    m_dossier.setWriter([this](Change &change) { return write(change); });
    emit storeAttached();
    return true;
}

Problems DossierSession::write(Change &change)
{
    const auto problem = [](const QString &message) {
        Problem p;
        p.message = message;
        return Problems{p};
    };
    if (!m_versions) {
        // The versions the store holds, read once: a write must say which it expects.
        auto versions = std::make_unique<RecordVersions>();
        QString error;
        if (!m_store->load(&error, versions.get()))
            return problem(error);
        m_versions = std::move(versions);
    }
    // Each operation expects the version the ones before it in the change leave.
    RecordVersions expected = *m_versions;
    for (RecordOperation &op : change.operations) {
        op.expectedVersion = expected.of(op.table(), op.id);
        Change one;
        one.operations = {op};
        expected.apply(one);
    }
    const WriteResult result = m_store->write(change, m_user);
    switch (result.outcome) {
    case WriteResult::Outcome::Written:
        m_versions->apply(change);
        return {};
    case WriteResult::Outcome::Conflict:
        // Another program wrote the record since it was read: nothing is overwritten.
        m_versions.reset();
        return problem(QCoreApplication::translate("DossierSession",
                                                   "%1 was changed in the database by someone else "
                                                   "since it was read; nothing was saved. Open the "
                                                   "database again to see their version.")
                           .arg(result.operation >= 0 && result.operation < change.operations.size()
                                    ? change.operations[result.operation].id
                                    : QString()));
    case WriteResult::Outcome::Failed:
        break;
    }
    return problem(
        QCoreApplication::translate("DossierSession", "The change could not be saved: %1")
            .arg(result.error));
}

void DossierSession::setReadOnlyReason(const QString &reason)
{
    if (reason == m_readOnlyReason)
        return;
    const bool was = isEditable();
    m_readOnlyReason = reason;
    if (was != isEditable())
        emit editableChanged(isEditable());
}

Problems DossierSession::edit(Change change)
{
    if (!isEditable())
        return {readOnlyProblem()};
    Problems problems = m_dossier.apply(change, Dossier::Origin::Local);
    if (problems.isEmpty())
        m_undoStack->push(new ChangeCommand(*this, std::move(change)));
    return problems;
}

Problem DossierSession::readOnlyProblem() const
{
    Problem p;
    p.message = m_readOnlyReason;
    return p;
}

bool DossierSession::applyFromStack(Change &change)
{
    Problems problems = isEditable() ? m_dossier.apply(change, Dossier::Origin::Local)
                                     : Problems{readOnlyProblem()};
    if (problems.isEmpty())
        return true;
    emit refused(problems);
    return false;
}
