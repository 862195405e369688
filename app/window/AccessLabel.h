#pragma once

#include <QLabel>

class DossierSession;
class MarkupSession;

/// The status bar's word on what this window may do with the dossier: edit it, only mark it up
/// (a reviewer's role, say), or only read it, with the reason in its tooltip. It follows the
/// session as that changes: a store attached, a server lost and back.
class AccessLabel final : public QLabel
{
    Q_OBJECT
public:
    AccessLabel(DossierSession &session, MarkupSession &markup, QWidget *parent = nullptr);

    /// Reads the session's rights again.
    void refresh();

private:
    DossierSession &m_session;
    MarkupSession &m_markup;
};
