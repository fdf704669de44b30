// "Consignes changed since your last call": when a pop is shown, compares the client's version with the
// one this operator last had on screen for that client, marks the pop when it is newer, and records
// the version now seen. The read is one primary-key lookup; the changes themselves are loaded from
// the history only when the operator opens the marker.
#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace relais {

class CallArea;
class Clock;
class Database;
class LastSeenRepository;
class PhoneNumbers;

class EditorChangedSince final : public QObject
{
    Q_OBJECT
public:
    // Every reference must outlive this object (the console's services and its call area do).
    EditorChangedSince(Database &db, const PhoneNumbers &phones, const Clock &clock, CallArea &area,
                       QString operatorLogin, QObject *parent = nullptr);
    ~EditorChangedSince() override;

    // The pop of `callId` is on screen (new, or re-routed to a client picked by hand).
    void popShown(const QString &callId);
    void setOperatorLogin(const QString &login) { m_login = login; }

private:
    Database &m_db;
    const PhoneNumbers &m_phones;
    const Clock &m_clock;
    CallArea &m_area;
    QString m_login;
    std::unique_ptr<LastSeenRepository> m_seen;
};

} // namespace relais
