#include "models/store/DatasetImport.h"

#include "models/format/DatasetJsonReader.h"
#include "models/format/DatasetValidator.h"
#include "models/store/DatasetStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <initializer_list>
#include <vector>

namespace {

// Shares of an import's time, measured on synthetic datasets of 100k claims: reading is a
// third of writing, validating a tenth of reading. Only the bar's pace depends on them.
int weightOf(DatasetImport::Step step)
{
    switch (step) {
    case DatasetImport::Step::Read:
        return 30;
    case DatasetImport::Step::Validate:
        return 3;
    case DatasetImport::Step::Write:
        return 67;
    }
    return 1;
}

// The rows the store holds for a dataset: what the write's progress is counted against.
qint64 rowsOf(const Dataset &d)
{
    qint64 rows = d.sources.size() + d.actors.size() + d.claims.size() + d.conflicts.size();
    for (const Actor &a : d.actors)
        rows += a.aliases.size();
    for (const Claim &c : d.claims)
        rows += c.actors.size() + c.citations.size();
    for (const Conflict &k : d.conflicts)
        rows += k.claims.size();
    return std::max<qint64>(rows, 1);
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("DatasetImport", text);
}

} // namespace

/// Turns the steps of one call into thousandths of the whole that never go down.
class DatasetImport::Meter
{
public:
    Meter(const Progress &progress, std::initializer_list<Step> steps)
        : m_progress(progress), m_steps(steps)
    {
        for (const Step s : m_steps)
            m_total += weightOf(s);
    }

    void start(Step step)
    {
        m_step = step;
        m_base = 0;
        for (const Step s : m_steps) {
            if (s == step)
                break;
            m_base += weightOf(s);
        }
        m_started = false;
        advance(0);
    }

    /// `fraction` of the current step is done; more than all of it counts as all.
    void advance(double fraction)
    {
        if (!m_progress || m_total == 0)
            return;
        const double share = m_base + std::clamp(fraction, 0.0, 1.0) * weightOf(m_step);
        const int permille = std::max(m_reported, int(share * 1000 / m_total));
        if (m_started && permille == m_reported)
            return;
        m_started = true;
        m_reported = permille;
        m_progress(m_step, permille);
    }

private:
    const Progress &m_progress;
    std::vector<Step> m_steps;
    int m_total = 0;
    int m_base = 0;
    Step m_step = Step::Read;
    bool m_started = false;
    int m_reported = 0;
};

DatasetImport::DatasetImport(QString path) : m_path(path), m_name(path), m_origin(std::move(path))
{
}

DatasetImport::DatasetImport(QByteArray json, QString name)
    : m_json(std::move(json)), m_name(name), m_origin(std::move(name))
{
}

DatasetImport::Result DatasetImport::check()
{
    Meter meter(m_progress, {Step::Read, Step::Validate});
    return checkWith(meter);
}

DatasetImport::Result DatasetImport::checkWith(Meter &meter)
{
    if (m_checked)
        return *m_checked;
    if (cancelled())
        return {Outcome::Cancelled, {}, {}};
    meter.start(Step::Read);
    auto read = m_path.isEmpty() ? DatasetJsonReader::read(m_json, m_name)
                                 : DatasetJsonReader::readFile(m_path);
    m_dataset = std::move(read.dataset);
    m_sha256 = QString::fromLatin1(read.sha256);
    Result result;
    if (!read.ok()) {
        result.outcome = Outcome::Invalid;
        result.problems = std::move(read.problems);
    } else {
        // Validating a large dataset takes a while too: a request to stop may be waiting.
        if (cancelled())
            return {Outcome::Cancelled, {}, {}};
        meter.start(Step::Validate);
        result.problems = DatasetValidator::validate(m_dataset, m_name);
        result.outcome = result.problems.isEmpty() ? Outcome::Done : Outcome::Invalid;
    }
    meter.advance(1);
    m_checked = result;
    return result;
}

DatasetImport::Result DatasetImport::importInto(DatasetStore &store)
{
    Meter meter(m_progress,
                m_checked ? std::initializer_list<Step>{Step::Write}
                          : std::initializer_list<Step>{Step::Read, Step::Validate, Step::Write});
    const Result checked = checkWith(meter);
    if (!checked.ok())
        return checked;
    return writeInto(store, meter);
}

DatasetImport::Result DatasetImport::importIntoFile(const QString &path, FileMode mode)
{
    Meter meter(m_progress,
                m_checked ? std::initializer_list<Step>{Step::Write}
                          : std::initializer_list<Step>{Step::Read, Step::Validate, Step::Write});
    const Result checked = checkWith(meter);
    if (!checked.ok())
        return checked;
    if (cancelled())
        return {Outcome::Cancelled, {}, {}};
    // Created here, atomically, or found: only a file this call made is removed on failure,
    // and no other program's new file is taken for ours.
    QFile file(path);
    const bool created = file.open(QIODevice::WriteOnly | QIODevice::NewOnly);
    file.close();
    if (!created && mode == FileMode::CreateNew)
        return {Outcome::Failed,
                {},
                QFileInfo::exists(path)
                    ? tr("%1 already exists; Dossier never replaces a database.")
                          .arg(QDir::toNativeSeparators(path))
                    : tr("cannot create %1: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString())};
    Result result;
    {
        DatasetStore store;
        QString error;
        if (store.open(path, created ? DatasetStore::Mode::NewFile : DatasetStore::Mode::ReadWrite,
                       &error))
            result = writeInto(store, meter);
        else
            result = {Outcome::Failed, {}, error};
    }
    if (!result.ok() && created)
        removeDatabaseFiles(path);
    return result;
}

DatasetImport::Result DatasetImport::writeInto(DatasetStore &store, Meter &meter)
{
    if (cancelled())
        return {Outcome::Cancelled, {}, {}};
    meter.start(Step::Write);
    // The store counts rows written and deleted alike: replacing a dataset runs ahead of the
    // rows this one has, and the meter holds just short of the end until the commit.
    const double rows = double(rowsOf(m_dataset));
    bool interrupted = false;
    store.setWatch([&](qint64 changed) {
        meter.advance(std::min(0.99, double(changed) / rows));
        interrupted = cancelled();
        return !interrupted;
    });
    QString error;
    const bool written = store.importDataset(m_dataset, m_origin, m_sha256, &error, m_provenance);
    store.setWatch({});
    if (written) {
        meter.advance(1);
        return {Outcome::Done, {}, {}};
    }
    return {
        interrupted ? Outcome::Cancelled : Outcome::Failed, {}, interrupted ? QString() : error};
}
