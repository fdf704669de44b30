// A JSON value that remembers where it was in the source text and keeps object keys in order:
// QJsonDocument gives neither, and consignes errors must name a line:column and write canonically.
#pragma once

#include <QString>

#include <vector>

namespace relais {

struct JsonMember;

struct JsonNode
{
    enum class Kind
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };

    Kind kind = Kind::Null;
    qsizetype offset = 0; // byte offset of the value's first character in the source
    bool boolean = false;
    bool integral = false;           // Number: written without fraction or exponent and fits in 64 bits
    qint64 integer = 0;              // Number, when integral
    QString text;                    // String: the decoded text; Number: the source spelling
    std::vector<JsonNode> items;     // Array
    std::vector<JsonMember> members; // Object, in source order

    const JsonNode *member(const QString &key) const;

    static JsonNode makeString(const QString &value);
    static JsonNode makeInteger(qint64 value);
    static JsonNode makeBool(bool value);
    static JsonNode makeArray();
    static JsonNode makeObject();
    // Appends to an Object; keys are written in the order they are added.
    JsonNode &add(const QString &key, JsonNode value);
};

struct JsonMember
{
    QString key;
    qsizetype keyOffset = 0;
    JsonNode value;
};

inline const JsonNode *JsonNode::member(const QString &key) const
{
    for (const JsonMember &m : members)
        if (m.key == key)
            return &m.value;
    return nullptr;
}

inline JsonNode JsonNode::makeString(const QString &value)
{
    JsonNode n;
    n.kind = Kind::String;
    n.text = value;
    return n;
}

inline JsonNode JsonNode::makeInteger(qint64 value)
{
    JsonNode n;
    n.kind = Kind::Number;
    n.integral = true;
    n.integer = value;
    n.text = QString::number(value);
    return n;
}

inline JsonNode JsonNode::makeBool(bool value)
{
    JsonNode n;
    n.kind = Kind::Bool;
    n.boolean = value;
    return n;
}

inline JsonNode JsonNode::makeArray()
{
    JsonNode n;
    n.kind = Kind::Array;
    return n;
}

inline JsonNode JsonNode::makeObject()
{
    JsonNode n;
    n.kind = Kind::Object;
    return n;
}

inline JsonNode &JsonNode::add(const QString &key, JsonNode value)
{
    members.push_back(JsonMember{key, 0, std::move(value)});
    return members.back().value;
}

} // namespace relais
