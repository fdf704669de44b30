// Deterministic fake data at a real service's scale: client accounts with full consignes and
// messages with French names, numbers and texts, the same for the same seed.
#pragma once

#include "consignes/consignes.h"
#include "messages/message.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <random>

namespace relais {

class PhoneNumbers;

class DataGenerator final
{
public:
    DataGenerator(const PhoneNumbers &phones, quint32 seed);

    // `count` clients, codes GEN-0001…; every dialed number valid and unique.
    QList<Consignes> clients(int count);
    // The next `count` messages spread over the last `days` days before `until`, for the given clients.
    // A small pool of callers per client calls back often, as in real life.
    QList<Message> messages(const QList<Consignes> &forClients, int count, const QDateTime &until,
                            int days = 365);

    // A plausible French caller number (mobile or fixed), E.164.
    QString callerNumber();
    QString personName();

private:
    int uniform(int low, int high);
    const QString &pick(const QStringList &list);
    QString uniqueDialedNumber();
    Consignes client(int index);

    const PhoneNumbers &m_phones;
    std::mt19937 m_random;
    int m_nextDialed = 0;
    qint64 m_messageSerial = 0;
    QHash<QString, QString> m_regularCallers; // one caller per client who calls often
};

} // namespace relais
