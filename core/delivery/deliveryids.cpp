// Delivery ids (UUID v5) and acknowledgement codes (Crockford base32).
#include "delivery/deliveryids.h"

#include "delivery/delivery.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUuid>

namespace relais::delivery {

namespace {

struct DeliveryIdText
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryIdText)
};

// Relais' own namespace for delivery ids; any fixed UUID would do, it must simply never change.
const QUuid kNamespace(QStringLiteral("{6f0c2c8e-5a1d-4d6b-9a52-2f3b7c1e9d40}"));

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kCodeLength = 8;

} // namespace

QString deliveryId(const QString &messageId, Channel channel, const QString &address, int step)
{
    const QString name = messageId + QLatin1Char('|') + channelName(channel) + QLatin1Char('|') +
                         address.trimmed().toLower() + QLatin1Char('|') + QString::number(step);
    return QUuid::createUuidV5(kNamespace, name.toUtf8()).toString(QUuid::WithoutBraces);
}

QString planningIssueId(const QString &messageId)
{
    const QString name = messageId + QStringLiteral("|none|planning");
    return QUuid::createUuidV5(kNamespace, name.toUtf8()).toString(QUuid::WithoutBraces);
}

QString acknowledgeCode(const QString &id)
{
    const QByteArray hash = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256);
    quint64 bits = 0;
    for (int i = 0; i < 5; ++i)
        bits = (bits << 8) | static_cast<quint8>(hash.at(i));
    QString code(kCodeLength, QLatin1Char('0'));
    for (int i = kCodeLength - 1; i >= 0; --i) {
        code[i] = QLatin1Char(kAlphabet[bits & 31]);
        bits >>= 5;
    }
    return code;
}

Result<QString> normalizeAcknowledgeCode(const QString &typed)
{
    QString code;
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const QChar upper = c.toUpper();
        if (upper == QLatin1Char('O'))
            code += QLatin1Char('0');
        else if (upper == QLatin1Char('I') || upper == QLatin1Char('L'))
            code += QLatin1Char('1');
        else if (QLatin1String(kAlphabet).contains(upper))
            code += upper;
        else
            return Error{DeliveryIdText::tr("'%1' is not a character of an acknowledgement code").arg(c),
                         DeliveryIdText::tr("acknowledgement code")};
        if (code.size() > kCodeLength)
            break;
    }
    if (code.size() > kCodeLength)
        return Error{DeliveryIdText::tr("an acknowledgement code has %1 letters or digits (like K7Q2-M9XD); "
                                        "this one is longer")
                         .arg(kCodeLength),
                     DeliveryIdText::tr("acknowledgement code")};
    if (code.size() < kCodeLength)
        return Error{DeliveryIdText::tr("an acknowledgement code has %1 letters or digits (like K7Q2-M9XD); "
                                        "this one has %2")
                         .arg(kCodeLength)
                         .arg(code.size()),
                     DeliveryIdText::tr("acknowledgement code")};
    return code;
}

QString displayCode(const QString &code)
{
    return code.size() == kCodeLength ? code.left(4) + QLatin1Char('-') + code.mid(4) : code;
}

} // namespace relais::delivery
