// The automatic completeness score of a message (0-100) with its reasons in words: required fields
// answered, a valid callback number, the urgency procedure followed, time to complete.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace relais {

struct CallRecord;
struct Consignes;
struct Message;
class PhoneNumbers;

// One criterion of the score. A criterion that does not apply (no call record to time, a filtered
// call that asks no checklist) has maxPoints 0 and does not count.
struct CompletenessCheck
{
    QString id; // "required", "callback", "urgency", "time"
    int points = 0;
    int maxPoints = 0;
    QString reason; // in words, for the reviewer
    bool operator==(const CompletenessCheck &) const = default;
};

struct CompletenessScore
{
    int score = 0; // round(100 × points / max points of the criteria that apply); 0 when none applies
    QList<CompletenessCheck> checks;
};

// Weights: required fields 40 (in proportion to those answered), callback number 20, urgency
// procedure 20, time to complete 20 (full up to 3 min from answer to save, half up to 5 min).
// `consignes` is the version that was on screen (nullptr when it cannot be loaded); `call` the call
// record the message was saved from.
CompletenessScore scoreCompleteness(const Message &message, const Consignes *consignes,
                                    const std::optional<CallRecord> &call, const PhoneNumbers &phones);

} // namespace relais
