// The "changed since your last call" marker's bookkeeping (see editorchangedsince.h).
#include "editorchangedsince.h"

#include "callarea.h"
#include "common/clock.h"
#include "consignes/consignesdiff.h"
#include "logging/logging.h"
#include "poppanel.h"
#include "storage/consigneshistory.h"
#include "storage/lastseenrepository.h"

namespace relais {

EditorChangedSince::EditorChangedSince(Database &db, const PhoneNumbers &phones, const Clock &clock,
                                       CallArea &area, QString operatorLogin, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_phones(phones)
    , m_clock(clock)
    , m_area(area)
    , m_login(std::move(operatorLogin))
    , m_seen(std::make_unique<LastSeenRepository>(db))
{}

EditorChangedSince::~EditorChangedSince() = default;

void EditorChangedSince::popShown(const QString &callId)
{
    PopPanel *panel = m_area.panel(callId);
    if (!panel || !panel->pop().isKnownClient())
        return;
    const QString code = panel->pop().client->code;
    const int version = panel->pop().consignesVersion;
    const Result<int> seen = m_seen->lastSeen(m_login, code);
    if (!seen) {
        // The marker is a help, not a condition of the pop: the call goes on without it.
        logging::module("ui")->warn("changed-since marker: {}", seen.error().toString().toStdString());
        return;
    }
    if (seen.value() > 0 && seen.value() < version) {
        Database &db = m_db;
        const PhoneNumbers &phones = m_phones;
        const int from = seen.value();
        panel->showChangedSince(from, [&db, &phones, code, from, version] {
            ConsignesHistory history(db, phones);
            const auto before = history.load(code, from);
            const auto after = history.load(code, version);
            if (!before || !after)
                return QStringList{(before ? after.error() : before.error()).toString()};
            QStringList texts;
            for (const ConsignesChange &change : diffConsignes(before.value(), after.value()))
                texts << change.text;
            return texts;
        });
    }
    if (seen.value() != version) {
        if (const Status recorded = m_seen->record(m_login, code, version, m_clock.now()); !recorded)
            logging::module("ui")->warn("changed-since marker: {}",
                                        recorded.error().toString().toStdString());
    }
}

} // namespace relais
