// The status bar's three facts an operator must see without asking: is the phone system there,
// which database is this, and whether the messages saved here have reached the shared database.
#pragma once

#include "cti/ctisource.h"
#include "sync/syncstatus.h"

#include <QWidget>

class QLabel;

namespace relais {

class StatusBarView final : public QWidget
{
    Q_OBJECT
public:
    explicit StatusBarView(QWidget *parent = nullptr);

    // `isSimulator`: the simulator is always "Simulator", whatever its state.
    void setCtiState(bool isSimulator, CtiSource::State state, const QString &detail);
    void setDatabase(const QString &description);
    void setPendingSyncCount(int count);
    // The live sync state: "Synced", "3 waiting", "Offline since 14:05 (5 waiting)"; the tooltip
    // says why when offline.
    void setSyncStatus(const SyncStatus &status);
    // Until the worker's first round has answered.
    void setSyncConnecting();
    // No shared database is configured: messages stay in this console's store.
    void setLocalOnly();
    // A shared database is configured but cannot be used at all (bad URL, local store unreadable).
    void setSyncUnavailable(const QString &why);

    static QString ctiStateText(bool isSimulator, CtiSource::State state, const QString &detail);

private:
    QLabel *m_cti;
    QLabel *m_database;
    QLabel *m_pending;
};

} // namespace relais
