// Reads typed values out of a JsonNode for the consignes decoder, recording the offset of every value
// it visits and throwing a ConsignesFailure (caught in ConsignesDecoder::decode) at the first problem.
#pragma once

#include "consignes/consignes.h"
#include "consignes/consignesdecoder.h"
#include "consignes/jsontree.h"
#include "phone/phonenumbers.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace relais {

class ConsignesFieldReader final
{
public:
    using Kind = JsonNode::Kind;

    explicit ConsignesFieldReader(const PhoneNumbers &phones, QHash<QString, qsizetype> &offsets)
        : m_phones(phones)
        , m_offsets(offsets)
    {}

    [[noreturn]] void fail(const QString &path, qsizetype offset, const QString &what) const
    {
        throw ConsignesFailure{path, offset, what};
    }
    [[noreturn]] void expected(const JsonNode &node, const QString &path, const QString &what) const
    {
        fail(path, node.offset,
             QCoreApplication::translate("Consignes", "expected %1; found %2")
                 .arg(what, ConsignesDecoder::describe(node)));
    }

    const JsonNode &visit(const JsonNode &node, const QString &path)
    {
        m_offsets.insert(path, node.offset);
        return node;
    }

    // Checks `node` is an object with only `keys`, and that every key in `required` is there.
    void object(const JsonNode &node, const QString &path, const QStringList &keys,
                const QStringList &required = {})
    {
        visit(node, path);
        if (node.kind != Kind::Object)
            expected(node, path, QCoreApplication::translate("Consignes", "an object"));
        for (const JsonMember &m : node.members)
            if (!keys.contains(m.key))
                fail(path + QLatin1Char('.') + m.key, m.keyOffset,
                     QCoreApplication::translate("Consignes", "unknown key \"%1\"; expected one of %2")
                         .arg(m.key, keys.join(QStringLiteral(", "))));
        for (const QString &key : required)
            if (!node.member(key))
                fail(path, node.offset,
                     QCoreApplication::translate("Consignes", "missing key \"%1\"").arg(key));
    }

    const JsonNode *member(const JsonNode &object, const QString &path, const QString &key)
    {
        const JsonNode *node = object.member(key);
        if (node)
            visit(*node, path + QLatin1Char('.') + key);
        return node;
    }

    QString string(const JsonNode &node, const QString &path, bool nonEmpty)
    {
        visit(node, path);
        if (node.kind != Kind::String)
            expected(node, path,
                     nonEmpty ? QCoreApplication::translate("Consignes", "a non-empty string")
                              : QCoreApplication::translate("Consignes", "a string"));
        if (nonEmpty && node.text.trimmed().isEmpty())
            expected(node, path, QCoreApplication::translate("Consignes", "a non-empty string"));
        return node.text;
    }
    QString string(const JsonNode &object, const QString &path, const QString &key, bool required,
                   const QString &fallback = {})
    {
        const JsonNode *node = member(object, path, key);
        return node ? string(*node, path + QLatin1Char('.') + key, required) : fallback;
    }

    bool boolean(const JsonNode &object, const QString &path, const QString &key, bool fallback)
    {
        const JsonNode *node = member(object, path, key);
        if (!node)
            return fallback;
        if (node->kind != Kind::Bool)
            expected(*node, path + QLatin1Char('.') + key,
                     QCoreApplication::translate("Consignes", "true or false"));
        return node->boolean;
    }

    int integer(const JsonNode &object, const QString &path, const QString &key, int fallback, int min,
                int max)
    {
        const JsonNode *node = member(object, path, key);
        if (!node)
            return fallback;
        if (node->kind != Kind::Number || !node->integral || node->integer < min || node->integer > max)
            expected(*node, path + QLatin1Char('.') + key,
                     QCoreApplication::translate("Consignes", "an integer from %1 to %2").arg(min).arg(max));
        return static_cast<int>(node->integer);
    }

    // The items of an array member (none when the key is absent and not required).
    const std::vector<JsonNode> &array(const JsonNode &object, const QString &path, const QString &key,
                                       bool required = false)
    {
        static const std::vector<JsonNode> none;
        const JsonNode *node = member(object, path, key);
        if (!node) {
            if (required)
                fail(path, object.offset,
                     QCoreApplication::translate("Consignes", "missing key \"%1\"").arg(key));
            return none;
        }
        if (node->kind != Kind::Array)
            expected(*node, path + QLatin1Char('.') + key,
                     QCoreApplication::translate("Consignes", "an array"));
        return node->items;
    }

    int oneOf(const JsonNode &node, const QString &path, const QStringList &names)
    {
        visit(node, path);
        const qsizetype index = node.kind == Kind::String ? names.indexOf(node.text) : -1;
        if (index < 0)
            expected(
                node, path,
                QCoreApplication::translate("Consignes", "one of %1").arg(names.join(QStringLiteral(", "))));
        return static_cast<int>(index);
    }

    QStringList strings(const JsonNode &object, const QString &path, const QString &key)
    {
        QStringList result;
        const auto &items = array(object, path, key);
        for (size_t i = 0; i < items.size(); ++i)
            result << string(items[i], path + QLatin1Char('.') + key + index(i), true);
        return result;
    }

    QTime time(const JsonNode &node, const QString &path)
    {
        visit(node, path);
        static const QRegularExpression pattern(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
        if (node.kind != Kind::String || !pattern.match(node.text).hasMatch())
            expected(node, path,
                     QCoreApplication::translate("Consignes", "a time HH:MM from 00:00 to 23:59"));
        return QTime::fromString(node.text, QStringLiteral("HH:mm"));
    }

    TimeSpan span(const JsonNode &node, const QString &path)
    {
        visit(node, path);
        if (node.kind != Kind::Array || node.items.size() != 2)
            expected(node, path, QCoreApplication::translate("Consignes", "a span [\"HH:MM\", \"HH:MM\"]"));
        return TimeSpan{time(node.items[0], path + index(0)), time(node.items[1], path + index(1))};
    }

    QList<TimeSpan> spans(const JsonNode &node, const QString &path)
    {
        visit(node, path);
        if (node.kind != Kind::Array)
            expected(node, path,
                     QCoreApplication::translate("Consignes", "an array of spans [\"HH:MM\", \"HH:MM\"]"));
        QList<TimeSpan> result;
        for (size_t i = 0; i < node.items.size(); ++i)
            result << span(node.items[i], path + index(i));
        return result;
    }

    QString phone(const JsonNode &node, const QString &path)
    {
        const QString text = string(node, path, true);
        const auto parsed = m_phones.parse(text);
        if (!parsed)
            fail(path, node.offset,
                 QCoreApplication::translate("Consignes", "expected a phone number; found %1 (%2)")
                     .arg(ConsignesDecoder::describe(node), parsed.error().what));
        return parsed->e164;
    }

    static QString index(size_t i) { return QLatin1Char('[') + QString::number(i) + QLatin1Char(']'); }

private:
    const PhoneNumbers &m_phones;
    QHash<QString, qsizetype> &m_offsets;
};

} // namespace relais
