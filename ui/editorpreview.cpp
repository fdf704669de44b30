// The editor's live pop preview (see editorpreview.h).
#include "editorpreview.h"

#include "common/clock.h"
#include "cti/callevent.h"
#include "poppanel.h"
#include "routing/callerhistory.h"
#include "routing/callrouter.h"

#include <QLabel>
#include <QVBoxLayout>

namespace relais {

namespace {

// A preview call has no caller, so no earlier messages to show.
class NoHistory final : public CallerHistory
{
public:
    QList<MessageSummary> history(const QString &, const QString &, int) const override { return {}; }
};

constexpr int kPreviewGreetingPoints = 13;

} // namespace

EditorPreview::EditorPreview(const PhoneNumbers &phones, const Clock &clock, const QString &operatorFirstName,
                             QWidget *parent)
    : QWidget(parent)
    , m_phones(phones)
    , m_clock(clock)
    , m_history(std::make_unique<NoHistory>())
    , m_router(std::make_unique<CallRouter>(m_index, m_phones, *m_history, m_clock))
{
    setObjectName(QStringLiteral("editorPreview"));
    m_router->setOperatorFirstName(operatorFirstName);
    auto *caption = new QLabel(tr("Preview: the pop an operator sees now"), this);
    caption->setObjectName(QStringLiteral("editorPreviewCaption"));
    m_panel = new PopPanel(m_index, m_phones, kPreviewGreetingPoints, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption);
    layout->addWidget(m_panel, 1);
}

EditorPreview::~EditorPreview() = default;

void EditorPreview::showConsignes(const Consignes &consignes, int version)
{
    const QDateTime now = m_clock.now();
    ClientEntry entry;
    entry.consignes = std::make_shared<const Consignes>(consignes);
    entry.version = version;
    entry.changedAt = now;
    if (consignes.code.isEmpty())
        m_index.reset({});
    else
        m_index.reset({entry});
    CallEvent offered;
    offered.callId = QStringLiteral("preview");
    offered.dialedNumber = consignes.dialedNumbers.value(0);
    offered.time = now;
    const Pop pop = consignes.dialedNumbers.isEmpty() ? m_router->routeTo(offered, consignes.code)
                                                      : m_router->route(offered);
    m_panel->setPop(pop);
}

} // namespace relais
