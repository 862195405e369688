#include "models/session/DossierSession.h"

#include "models/dossier/DatasetEdit.h"
#include "models/session/ChangeCommand.h"
#include "models/store/ChangeLog.h"
#include "models/store/OpenStore.h"
#include "models/store/StoreWatcher.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>
#include <limits>

DossierSession::DossierSession(Dataset dataset, QObject *parent)
    : QObject(parent), m_dossier(std::move(dataset)), m_undoStack(new QUndoStack(this)),
      m_reconnect(new QTimer(this))
{
    m_reconnect->setInterval(1000);
    connect(m_reconnect, &QTimer::timeout, this, &DossierSession::reconnect);
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
    // The versions and the revision from one snapshot: what the dataset shown was loaded at
    // (the window loads it just before), and where following the store starts.
    auto versions = std::make_unique<RecordVersions>();
    quint64 revision = 0;
    const auto snapshot = store->load(error, versions.get(), &revision);
    if (!snapshot)
        return false;
    if (!snapshot->sameRecords(m_dossier.dataset()))
        revision = loadedRevision(*store, *snapshot, revision, *versions);
    setReadOnlyReason(store->whyNotWritable());
    m_user = store->knowsItsUsers() ? QString() : user;
    m_watcher.reset();
    m_store = std::move(store);
    m_versions = std::move(versions);
    m_seen = revision;
    m_dossier.setWriter([this](Change &change) { return write(change); });
    QString why;
    m_watcher = m_store->watch(&why);
    if (m_watcher) {
        connect(m_watcher.get(), &StoreWatcher::changed, this, [this] {
            if (m_lost)
                return;
            catchUp();
            emit storeChanged();
        });
        connect(m_watcher.get(), &StoreWatcher::reachableChanged, this,
                [this](const QString &reason) {
                    if (!reason.isEmpty())
                        serverLost(reason);
                    else
                        reconnect();
                });
    } else {
        // Still editable: versions keep anyone from being overwritten; only the others'
        // edits show late (at this window's next write).
        qWarning("Dossier: cannot follow %s: %s", qPrintable(m_store->location()), qPrintable(why));
    }
    if (m_seen < m_store->revision())
        // Written before the watcher listened, so never to be notified: taken in once the
        // window is built.
        QMetaObject::invokeMethod(
            this, [this] { catchUp(); }, Qt::QueuedConnection);
    emit storeAttached();
    return true;
}

quint64 DossierSession::loadedRevision(const DossierStore &store, const Dataset &snapshot,
                                       quint64 revision, RecordVersions &versions) const
{
    // Someone wrote between the window's load and this one. The dataset shown is the snapshot
    // less its last few changes: find how many, and take their versions back with them, so
    // that catching up applies them to the dataset shown.
    constexpr quint64 Lookback = 64;
    const quint64 from = revision > Lookback ? revision - Lookback : 0;
    QString error;
    auto changes = store.changesSince(from, &error);
    if (!changes)
        return revision;
    // Only up to the snapshot: others may have written since.
    while (!changes->isEmpty() && changes->last().revision > revision)
        changes->removeLast();
    for (qsizetype back = 1; back <= changes->size(); ++back) {
        Dataset ahead = m_dossier.dataset();
        for (qsizetype i = changes->size() - back; i < changes->size(); ++i) {
            Change change = (*changes)[i].change;
            DatasetEdit::apply(ahead, change);
        }
        if (!ahead.sameRecords(snapshot))
            continue;
        for (qsizetype i = changes->size() - 1; i >= changes->size() - back; --i) {
            const QList<RecordOperation> &ops = (*changes)[i].change.operations;
            for (auto op = ops.crbegin(); op != ops.crend(); ++op)
                if (op->before)
                    versions.set(op->table(), op->id, op->expectedVersion);
                else
                    versions.remove(op->table(), op->id);
        }
        return (*changes)[changes->size() - back].revision - 1;
    }
    qWarning("Dossier: the dataset shown is not one the store held lately");
    return revision;
}

void DossierSession::serverLost(const QString &reason)
{
    if (m_lost)
        return;
    m_lost = true;
    m_beforeLost = m_readOnlyReason;
    setReadOnlyReason(QCoreApplication::translate("DossierSession",
                                                  "The server %1 cannot be reached; reconnecting…")
                          .arg(m_store->location()));
    qInfo("Dossier: %s", qPrintable(reason));
    m_reconnect->start();
}

void DossierSession::reconnect()
{
    if (!m_lost)
        return;
    QString error;
    if (!m_store->reconnect(&error))
        return; // the timer tries again
    m_reconnect->stop();
    m_lost = false;
    resolveInDoubt();
    catchUp();
    setReadOnlyReason(m_beforeLost);
}

void DossierSession::resolveInDoubt()
{
    if (!m_inDoubt)
        return;
    const InDoubt doubt = *std::exchange(m_inDoubt, std::nullopt);
    QString error;
    const auto changes = m_store->changesSince(doubt.revision - 1, &error);
    // Its revision holds its change only if the COMMIT went through: the revision row was
    // locked by it until then. Once saved, catching up applies it here (as a remote change:
    // the undo stack never had it).
    const bool saved = changes && !changes->isEmpty() &&
                       changes->first().revision == doubt.revision &&
                       changes->first().change.operations == doubt.change.operations;
    emit inDoubtResolved(doubt.change.description, saved);
}

bool DossierSession::catchUp(QString *error)
{
    return applyRemote(std::numeric_limits<quint64>::max(), error);
}

bool DossierSession::applyRemote(quint64 before, QString *error)
{
    if (!m_store || m_applyingRemote)
        return true;
    QString why;
    if (m_lost)
        return false;
    const auto changes = m_store->changesSince(m_seen, &why);
    if (!changes) {
        if (error)
            *error = why;
        return false;
    }
    m_applyingRemote = true;
    for (const LoggedChange &logged : *changes) {
        if (logged.revision >= before)
            break;
        Change change = logged.change;
        const Problems problems = m_dossier.apply(change, Dossier::Origin::Remote);
        if (!problems.isEmpty())
            emit outOfStep(problems);
        m_versions->apply(logged.change);
        m_seen = logged.revision;
        emit remoteApplied(logged.revision);
    }
    m_applyingRemote = false;
    return true;
}

void DossierSession::lookBeforeEditing()
{
    if (m_watcher)
        m_watcher->check();
}

Problems DossierSession::write(Change &change)
{
    const auto problem = [](const QString &message) {
        Problem p;
        p.message = message;
        return Problems{p};
    };
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
        // Others' changes written between the last look and this one go in first, so that
        // this one takes its place after them, as in the store.
        applyRemote(result.revision, nullptr);
        m_versions->apply(change);
        m_seen = std::max(m_seen, result.revision);
        return {};
    case WriteResult::Outcome::Conflict:
        // Another program wrote the record since it was read: nothing is overwritten, and
        // their version is taken in.
        catchUp();
        return problem(QCoreApplication::translate("DossierSession",
                                                   "%1 was changed by someone else since it was "
                                                   "read; nothing was saved. Their version is "
                                                   "shown now.")
                           .arg(result.operation >= 0 && result.operation < change.operations.size()
                                    ? change.operations[result.operation].id
                                    : QString()));
    case WriteResult::Outcome::Failed:
        if (result.inDoubt) {
            // Neither saved nor refused for sure: shown as not applied, and said which once
            // the server is back (resolveInDoubt).
            m_inDoubt = InDoubt{change, result.revision};
            serverLost(result.error);
            return problem(QCoreApplication::translate(
                               "DossierSession",
                               "The connection was lost while saving “%1”; whether it was "
                               "saved will be said once the server is back.")
                               .arg(change.description));
        }
        if (result.lost)
            serverLost(result.error);
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
    lookBeforeEditing();
    Problems problems = m_dossier.apply(change, Dossier::Origin::Local);
    if (problems.isEmpty())
        m_undoStack->push(new ChangeCommand(*this, std::move(change)));
    else
        reportConflict(change);
    return problems;
}

void DossierSession::reportConflict(const Change &change)
{
    auto conflict = WriteConflict::find(change, m_dossier.dataset());
    if (!conflict)
        return;
    // Queued: the one who edited hears of the refusal first (and, seeing conflictPending(),
    // leaves it to this), and the dialog's choice may edit.
    m_conflictPending = true;
    QMetaObject::invokeMethod(
        this,
        [this, c = std::move(*conflict)] {
            m_conflictPending = false;
            emit writeConflict(c);
        },
        Qt::QueuedConnection);
}

Problem DossierSession::readOnlyProblem() const
{
    Problem p;
    p.message = m_readOnlyReason;
    return p;
}

bool DossierSession::applyFromStack(Change &change)
{
    // An undo over a record someone else changed since finds it changed, and is refused.
    lookBeforeEditing();
    Problems problems = isEditable() ? m_dossier.apply(change, Dossier::Origin::Local)
                                     : Problems{readOnlyProblem()};
    if (problems.isEmpty())
        return true;
    reportConflict(change);
    emit refused(problems);
    return false;
}
