// Checks that hold across a client's consignes: unique ids, references that resolve, greeting
// variables, spans that do not overlap. Works on plain values, so the consignes editor can use it too.
#pragma once

#include "consignes/consignes.h"

#include <QList>
#include <QString>

namespace relais {

struct ConsignesIssue
{
    QString path; // JSON path of the offending value, under the `path` given to validateConsignes()
    QString what;
};

// Every problem found, in document order (empty: the consignes hold together). `path` is the JSON
// path of the client object ("$" alone, "$.clients[2]" in a document).
QList<ConsignesIssue> validateConsignes(const Consignes &consignes,
                                        const QString &path = QStringLiteral("$"));

// The greeting variables a template may use, without braces: salutation, client, operator.
const QStringList &greetingVariables();

// Empty when `text` uses only known {variables} with balanced braces, else what is wrong.
QString checkGreetingTemplate(const QString &text);

} // namespace relais
