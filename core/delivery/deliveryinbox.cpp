// Links, replies and receipts into acknowledgements and states (see deliveryinbox.h).
#include "delivery/deliveryinbox.h"

#include "common/clock.h"
#include "delivery/deliveryids.h"
#include "delivery/deliveryrepository.h"
#include "logging/logging.h"
#include "phone/phonenumbers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace relais::delivery {

namespace {

struct DeliveryInboxText
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryInboxText)
};

// A reply is a few words; anything longer is not worth scanning for a code.
constexpr qsizetype kMaxReplyLength = 1000;

QString where()
{
    return DeliveryInboxText::tr("acknowledgement");
}

} // namespace

DeliveryInbox::DeliveryInbox(DeliveryRepository &repository, const PhoneNumbers &phones, const Clock &clock)
    : m_repository(repository)
    , m_phones(phones)
    , m_clock(clock)
{}

Result<DeliveryRecord> DeliveryInbox::lookUp(const QString &code)
{
    const Result<QString> normalized = normalizeAcknowledgeCode(code);
    if (!normalized)
        return normalized.error();
    const auto found = m_repository.findByCode(*normalized);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{DeliveryInboxText::tr("no message has the code %1").arg(displayCode(*normalized)),
                     where()};
    return **found;
}

Result<DeliveryRecord> DeliveryInbox::acknowledgeByLink(const QString &code)
{
    const Result<DeliveryRecord> found = lookUp(code);
    if (!found)
        return found;
    const QString by = found->planned.recipient.name.isEmpty() ? found->planned.recipient.address
                                                               : found->planned.recipient.name;
    return m_repository.acknowledge(found->planned.deliveryId, by, QStringLiteral("link"), m_clock.now());
}

Result<DeliveryRecord> DeliveryInbox::acknowledgeByReply(const QString &from, const QString &text)
{
    QString sender = from.trimmed();
    // Gateways often drop the '+' of an international number ("33612345678").
    static const QRegularExpression internationalDigits(QStringLiteral("^[1-9][0-9]{10,14}$"));
    if (internationalDigits.match(sender).hasMatch())
        sender.prepend(QLatin1Char('+'));
    const QString e164 = m_phones.normalize(sender);
    if (e164.isEmpty())
        return Error{DeliveryInboxText::tr("the reply gives no sender number"), where()};
    if (text.size() > kMaxReplyLength)
        return Error{
            DeliveryInboxText::tr("the reply from %1 is %2 characters long: not a reply to a message")
                .arg(e164)
                .arg(text.size()),
            where()};
    const QStringList codes = codesIn(text);
    if (codes.isEmpty())
        return Error{DeliveryInboxText::tr("the reply from %1 holds no acknowledgement code").arg(e164),
                     where()};
    bool named = false;
    for (const QString &code : codes) {
        const auto found = m_repository.findByCode(code);
        if (!found)
            return found.error();
        if (!found->has_value())
            continue;
        named = true;
        const DeliveryRecord &record = **found;
        if (record.planned.channel != Channel::Sms ||
            m_phones.normalize(record.planned.recipient.address) != e164)
            continue;
        const QString by = record.planned.recipient.name.isEmpty()
                               ? e164
                               : QStringLiteral("%1 (%2)").arg(record.planned.recipient.name, e164);
        return m_repository.acknowledge(record.planned.deliveryId, by, QStringLiteral("reply"),
                                        m_clock.now());
    }
    const QString why =
        named
            ? DeliveryInboxText::tr("the code in the reply from %1 is for a message not sent to that number")
            : DeliveryInboxText::tr("no message has the code in the reply from %1");
    logging::module("delivery")->warn("sms reply refused: {}", why.arg(e164).toStdString());
    return Error{why.arg(e164), where()};
}

Result<DeliveryRecord> DeliveryInbox::receipt(const QString &deliveryId, const QString &status)
{
    const QString id = deliveryId.trimmed().toLower();
    if (id.isEmpty())
        return Error{DeliveryInboxText::tr("the receipt names no delivery"),
                     DeliveryInboxText::tr("delivery receipt")};
    const std::optional<bool> meaning = receiptMeaning(status);
    if (!meaning) {
        const auto found = m_repository.find(id);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error{DeliveryInboxText::tr("no delivery has the id %1").arg(id),
                         DeliveryInboxText::tr("delivery receipt")};
        logging::module("delivery")
            ->info("delivery {} interim receipt '{}'", id.toStdString(), status.left(100).toStdString());
        return **found;
    }
    return m_repository.recordReceipt(id, *meaning, status.left(200), m_clock.now());
}

std::optional<bool> DeliveryInbox::receiptMeaning(const QString &status)
{
    // SMPP's stat values (what most French gateways pass on) and the plain words of REST gateways.
    static const QStringList delivered{QStringLiteral("delivrd"), QStringLiteral("delivered"),
                                       QStringLiteral("received"), QStringLiteral("distribue")};
    static const QStringList failed{
        QStringLiteral("undeliv"),  QStringLiteral("undelivered"),    QStringLiteral("rejectd"),
        QStringLiteral("rejected"), QStringLiteral("expired"),        QStringLiteral("deleted"),
        QStringLiteral("failed"),   QStringLiteral("unknown_number"), QStringLiteral("non_distribue")};
    const QString word = status.trimmed().toLower();
    if (delivered.contains(word))
        return true;
    if (failed.contains(word))
        return false;
    return std::nullopt;
}

QStringList DeliveryInbox::codesIn(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^0-9A-Za-z-]+"));
    const QStringList words = text.left(kMaxReplyLength).split(separators, Qt::SkipEmptyParts);
    QStringList codes;
    const auto add = [&codes](const QString &candidate) {
        const Result<QString> code = normalizeAcknowledgeCode(candidate);
        if (code && !codes.contains(*code))
            codes << *code;
    };
    for (qsizetype i = 0; i < words.size(); ++i) {
        add(words.at(i));
        if (i + 1 < words.size())
            add(words.at(i) + words.at(i + 1));
    }
    return codes;
}

} // namespace relais::delivery
