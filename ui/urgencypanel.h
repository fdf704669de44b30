// The message form's live verdict, in a few lines: the urgency level, its procedure in words and why
// (the keyword or answer that matched), and, when a filtering rule holds, what to say to the caller
// with a way to close the call as filtered.
#pragma once

#include "rules/filteringengine.h"
#include "rules/urgencyengine.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace relais {

class UrgencyPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit UrgencyPanel(QWidget *parent = nullptr);

    void setResults(const UrgencyResult &urgency, const FilteringResult &filtering,
                    const QList<ChecklistField> &checklist);

    // "keyword “fuite”, Gas smell = oui": what made a rule hold, in words.
    static QString whyInWords(const ConditionsMatch &why, const QList<ChecklistField> &checklist);

    // Shows "Put through (F6)" when a call source can transfer; the button shows for procedures
    // that name someone to reach.
    void setPutThroughAvailable(bool available) { m_putThroughAvailable = available; }

Q_SIGNALS:
    void confirmActionRequested();
    void putThroughRequested();
    void closeAsFilteredRequested();

private:
    QLabel *m_level;
    QLabel *m_procedure;
    QLabel *m_why;
    QWidget *m_filtering;
    QLabel *m_filteringSay;
    QPushButton *m_confirmAction;
    QPushButton *m_putThrough;
    bool m_putThroughAvailable = false;
    QPushButton *m_closeFiltered;
};

} // namespace relais
