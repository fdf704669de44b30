// The status bar's three facts an operator must see without asking: is the phone system there,
// which database is this, and how many messages still wait to reach the shared database.
#pragma once

#include "cti/ctisource.h"

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

    static QString ctiStateText(bool isSimulator, CtiSource::State state, const QString &detail);

private:
    QLabel *m_cti;
    QLabel *m_database;
    QLabel *m_pending;
};

} // namespace relais
