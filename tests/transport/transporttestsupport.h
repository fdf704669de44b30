// Shared by the transport tests: a realistic outgoing message.
#pragma once

#include "transport/transport.h"

namespace relais::test {

inline transport::Outgoing sampleOutgoing()
{
    transport::Outgoing o;
    o.deliveryId = QStringLiteral("6f1c2b9e-4a55-4d3e-9d61-0b7f6c1e2a10.email.dr-leroy.0");
    o.message.id = QStringLiteral("6f1c2b9e-4a55-4d3e-9d61-0b7f6c1e2a10");
    o.message.clientCode = QStringLiteral("CAB-LEROY");
    o.message.callerName = QStringLiteral("Françoise Lefèvre");
    o.message.callerNumber = QStringLiteral("+33612345678");
    o.message.answers.insert(QStringLiteral("motif"), QStringLiteral("Douleur thoracique depuis ce matin"));
    o.message.answers.insert(QStringLiteral("telephone_rappel"), QStringLiteral("+33698765432"));
    o.message.notes = QStringLiteral("Souhaite être rappelée avant midi.\nPatiente âgée, parle lentement.");
    o.message.urgency = QStringLiteral("urgent");
    o.message.createdAt = QDateTime(QDate(2026, 11, 23), QTime(16, 34), Qt::UTC);
    o.clientName = QStringLiteral("Cabinet médical du Dr Leroy");
    o.urgencyLabel = QStringLiteral("Urgent");
    o.urgent = true;
    o.fieldLabels.insert(QStringLiteral("motif"), QStringLiteral("Motif de l'appel"));
    o.fieldLabels.insert(QStringLiteral("telephone_rappel"), QStringLiteral("Numéro de rappel"));
    o.recipientName = QStringLiteral("Dr Hélène Leroy");
    o.address = QStringLiteral("helene.leroy@example.fr");
    o.acknowledgeCode = QStringLiteral("K7Q2");
    o.acknowledgeUrl = QStringLiteral("https://relais.example.fr/ack/K7Q2");
    return o;
}

} // namespace relais::test
