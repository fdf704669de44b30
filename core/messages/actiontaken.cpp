// Action kind names as stored, and as shown to people.
#include "messages/actiontaken.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace relais {
namespace {

constexpr std::array<std::pair<ActionKind, const char *>, 5> kNames = {{
    {ActionKind::Transfer, "transfer"},
    {ActionKind::Page, "page"},
    {ActionKind::MessageOnly, "messageOnly"},
    {ActionKind::Callback, "callback"},
    {ActionKind::Custom, "custom"},
}};

} // namespace

QString toString(ActionKind kind)
{
    for (const auto &[k, name] : kNames) {
        if (k == kind)
            return QLatin1String(name);
    }
    return QStringLiteral("custom");
}

ActionKind actionKindFromString(const QString &text)
{
    const QString key = text.trimmed();
    for (const auto &[kind, name] : kNames) {
        if (key.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return ActionKind::Custom;
}

QString actionKindLabel(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Transfer:
        return QCoreApplication::translate("ActionTaken", "Transfer");
    case ActionKind::Page:
        return QCoreApplication::translate("ActionTaken", "Page");
    case ActionKind::MessageOnly:
        return QCoreApplication::translate("ActionTaken", "Message only");
    case ActionKind::Callback:
        return QCoreApplication::translate("ActionTaken", "Callback");
    case ActionKind::Custom:
        break;
    }
    return QCoreApplication::translate("ActionTaken", "Other");
}

} // namespace relais
