// Binding values to SQL parameters without surprises.
#pragma once

#include <QString>
#include <QVariant>

namespace relais {

// A null QString binds as SQL NULL, which a NOT NULL text column refuses: a message whose call id was
// never set would be lost. Text is therefore always bound as a (possibly empty) string.
inline QVariant textValue(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace relais
