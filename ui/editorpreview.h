// The consignes editor's live preview: the pop exactly as an operator would see it now, built by the
// console's own CallRouter over a one-client index holding the value being edited.
#pragma once

#include "consignes/consignes.h"
#include "routing/clientindex.h"

#include <QWidget>

#include <memory>

namespace relais {

class CallerHistory;
class CallRouter;
class Clock;
class PhoneNumbers;
class PopPanel;

class EditorPreview final : public QWidget
{
    Q_OBJECT
public:
    // `phones` and `clock` must outlive the preview; `operatorFirstName` fills {operator}.
    EditorPreview(const PhoneNumbers &phones, const Clock &clock, const QString &operatorFirstName,
                  QWidget *parent = nullptr);
    ~EditorPreview() override;

    // Pops a call to the client's first dialed number (or to the client picked by hand when it has
    // none) at the clock's time.
    void showConsignes(const Consignes &consignes, int version);
    PopPanel *panel() const { return m_panel; }

private:
    const PhoneNumbers &m_phones;
    const Clock &m_clock;
    ClientIndex m_index;
    std::unique_ptr<CallerHistory> m_history;
    std::unique_ptr<CallRouter> m_router;
    PopPanel *m_panel = nullptr;
};

} // namespace relais
