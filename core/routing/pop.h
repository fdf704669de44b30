// What the operator sees when a call rings: the client, how to greet, what to ask, the rules.
// A plain value computed by CallRouter; the UI shows it and nothing more.
#pragma once

#include "consignes/consignes.h"
#include "messages/message.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace relais {

struct Pop
{
    QString callId;
    std::shared_ptr<const Consignes> client; // nullptr: unknown dialed number
    int consignesVersion = 0;
    QDateTime consignesChangedAt;

    QString callerNumber;  // E.164, or what the PBX sent when it did not parse
    QString callerDisplay; // national format for the screen
    QString callerName;    // from caller ID or a directory match
    QString dialedNumber;  // E.164 or raw
    QString dialedDisplay;

    bool open = true;          // within the client's coverage hours, at the client's local time
    QString openLabel;         // "Ouvert" / "Fermé (jour férié : Noël)"
    QDateTime reopensAt;       // UTC; when closed, the next opening within two months (else invalid)
    QString reopensLabel;      // "reopens Monday at 08:30" (translated); empty when open
    QDateTime clientLocalTime; // the pop's moment on the client's wall clock (its time zone)
    QString greeting;          // rendered, ready to read aloud
    QString overflowGreeting;  // the overflow variant rendered, when the client has one
    QStringList urgencyRulesInWords;
    QStringList filteringRulesInWords;
    std::optional<Person> onCallNow;
    std::optional<Person> knownContact;  // the caller is in the client's directory
    QList<MessageSummary> callerHistory; // this caller's previous messages for this client, newest first

    QDateTime offeredAt; // UTC, from the event
    std::chrono::steady_clock::time_point receivedAt{};
    std::chrono::steady_clock::time_point readyAt{};

    bool isKnownClient() const { return client != nullptr; }
    double latencyMs() const
    {
        return std::chrono::duration<double, std::milli>(readyAt - receivedAt).count();
    }
};

} // namespace relais

Q_DECLARE_METATYPE(relais::Pop)
