#pragma once

#include "models/viewmodels/DisputeSummary.h"

#include <QWidget>

struct DatasetDelta;
class FilterState;
class QTextBrowser;
class QUrl;
class SelectionState;

/// The way into the dispute: the dataset's title and description, its span and counts, the
/// parties, the points of conflict and the claims resting on one source, recomputed from the
/// filter's matching claims on each change ("45 of 117 claims"). Each item is a link that
/// narrows the filter or selects claims; Tab reaches the links and Enter follows them.
class OverviewPanel final : public QWidget
{
    Q_OBJECT
public:
    OverviewPanel(FilterState &filter, SelectionState &selection, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    /// What the overview now summarises: the claims the filter shows.
    const DisputeSummary &shown() const { return m_shown; }
    /// What the whole dispute holds, which the shown part is measured against.
    const DisputeSummary &all() const { return m_all; }
    /// The HTML the browser shows, as OverviewHtml wrote it.
    const QString &html() const { return m_html; }
    /// After an edit: the whole dispute is summed up again on the refresh the filter's
    /// announcement brings (Dashboard::applyDelta).
    void applyDelta(const DatasetDelta &delta);

public slots:
    /// Follows one of the overview's links (OverviewHtml's targets).
    void openLink(const QUrl &url);

private:
    void refresh();

    FilterState &m_filter;
    SelectionState &m_selection;
    QTextBrowser *m_browser;
    DisputeSummary m_all;
    bool m_allStale = true;
    DisputeSummary m_shown;
    QString m_html;
};
