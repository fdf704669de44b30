// The position-keeping JSON reader and the canonical writer.
#include "consignes/jsonreader.h"
#include "consignes/jsonwriter.h"

#include <catch2/catch.hpp>

using namespace relais;

namespace {

std::string readError(const QByteArray &text)
{
    JsonReader reader;
    JsonNode root;
    REQUIRE_FALSE(reader.parse(text, &root));
    return reader.errorText().toStdString();
}

} // namespace

TEST_CASE("values keep their byte offsets and object keys their order")
{
    JsonReader reader;
    JsonNode root;
    REQUIRE(reader.parse("{\"b\": 1,\n \"a\": [true, null, \"x\"]}", &root));
    REQUIRE(root.members.size() == 2);
    CHECK(root.members[0].key == QStringLiteral("b"));
    CHECK(root.members[1].key == QStringLiteral("a"));
    const JsonNode *a = root.member(QStringLiteral("a"));
    REQUIRE(a);
    CHECK(a->offset == 15);
    CHECK(a->items[2].offset == 28);
    CHECK(a->items[2].text == QStringLiteral("x"));
    CHECK(root.member(QStringLiteral("b"))->integral);
    CHECK(root.member(QStringLiteral("b"))->integer == 1);
}

TEST_CASE("escapes, surrogate pairs and raw UTF-8 are decoded")
{
    JsonReader reader;
    JsonNode root;
    REQUIRE(reader.parse(R"(["a\"b\\c\/\n\t", "\u00e9\ud83d\ude42", "é🙂"])", &root));
    CHECK(root.items[0].text == QStringLiteral("a\"b\\c/\n\t"));
    CHECK(root.items[1].text == QStringLiteral("é🙂"));
    CHECK(root.items[2].text == QStringLiteral("é🙂"));
}

TEST_CASE("malformed JSON is refused with the reason")
{
    CHECK(readError("") == "no JSON value: the text is empty");
    CHECK(readError("{\"a\": 1") ==
          "expected ',' or '}' in an object; found end of input (the file looks truncated)");
    CHECK(readError("{\"a\" 1}") == "expected ':' after a key; found '1'");
    CHECK(readError("{a: 1}") == "expected a key in double quotes; found 'a'");
    CHECK(readError("[1,]") == "expected a value; found ']'");
    CHECK(readError("[01]") == "expected ',' or ']' in an array; found '1'");
    CHECK(readError("[1.]") == "expected digits after the decimal point");
    CHECK(readError("[tru]") == "expected a value; found 't'");
    CHECK(readError("\"abc") == "unterminated string (the file looks truncated)");
    CHECK(readError(R"(["\ud83d"])") == "bad \\u escape: a high surrogate without its low half");
    CHECK(readError(R"(["\ude42"])") == "bad \\u escape: a lone low surrogate");
    CHECK(readError(R"(["\u12"])") == "bad \\u escape: expected 4 hexadecimal digits");
    CHECK(readError("{\"a\": 1, \"a\": 2}") == "duplicate key \"a\"");
    CHECK(readError("[] []") == "unexpected '[' after the end of the JSON value");
}

TEST_CASE("the error offset points at the problem")
{
    JsonReader reader;
    JsonNode root;
    REQUIRE_FALSE(reader.parse("{\n  \"a\": [1, 2,, 3]\n}", &root));
    CHECK(reader.errorOffset() == 15);
}

TEST_CASE("a byte order mark is skipped")
{
    JsonReader reader;
    JsonNode root;
    REQUIRE(reader.parse("\xEF\xBB\xBF{}", &root));
    CHECK(root.kind == JsonNode::Kind::Object);
}

TEST_CASE("invalid UTF-8 is found at its first bad byte")
{
    CHECK(firstInvalidUtf8Byte("plain ascii") == -1);
    CHECK(firstInvalidUtf8Byte("caf\xC3\xA9 \xF0\x9F\x99\x82") == -1);
    CHECK(firstInvalidUtf8Byte("caf\xE9") == 3);              // Latin-1 é
    CHECK(firstInvalidUtf8Byte("ab\xC0\xAF") == 2);           // overlong '/'
    CHECK(firstInvalidUtf8Byte("ab\xED\xA0\x80") == 2);       // encoded surrogate
    CHECK(firstInvalidUtf8Byte("ab\xF4\x90\x80\x80") == 2);   // beyond U+10FFFF
    CHECK(firstInvalidUtf8Byte("abc\xE2\x82") == 3);          // truncated sequence
    CHECK(firstInvalidUtf8Byte(QByteArray("a\x80", 2)) == 1); // stray continuation byte
}

TEST_CASE("text positions count lines and characters")
{
    const QByteArray text = "ab\ncé\nx";
    CHECK(textPosition(text, 0).line == 1);
    CHECK(textPosition(text, 3).line == 2);
    CHECK(textPosition(text, 3).column == 1);
    CHECK(textPosition(text, 6).column == 3); // after 'c' and the two bytes of 'é'
    CHECK(textPosition(text, 7).line == 3);
}

TEST_CASE("the writer is canonical: key order kept, short scalar arrays inline, trailing newline")
{
    JsonNode root = JsonNode::makeObject();
    root.add(QStringLiteral("z"), JsonNode::makeInteger(-3));
    JsonNode &list = root.add(QStringLiteral("a"), JsonNode::makeArray());
    list.items.push_back(JsonNode::makeString(QStringLiteral("x\"y")));
    list.items.push_back(JsonNode::makeBool(false));
    root.add(QStringLiteral("empty"), JsonNode::makeObject());
    JsonNode &objects = root.add(QStringLiteral("objects"), JsonNode::makeArray());
    JsonNode item = JsonNode::makeObject();
    item.add(QStringLiteral("k"), JsonNode::makeString(QStringLiteral("\x01")));
    objects.items.push_back(item);
    CHECK(writeJson(root) == QByteArray("{\n"
                                        "  \"z\": -3,\n"
                                        "  \"a\": [\"x\\\"y\", false],\n"
                                        "  \"empty\": {},\n"
                                        "  \"objects\": [\n"
                                        "    {\n"
                                        "      \"k\": \"\\u0001\"\n"
                                        "    }\n"
                                        "  ]\n"
                                        "}\n"));
}

TEST_CASE("a long scalar array is written one item per line")
{
    JsonNode root = JsonNode::makeArray();
    for (int i = 0; i < 40; ++i)
        root.items.push_back(JsonNode::makeString(QStringLiteral("keyword")));
    const QByteArray text = writeJson(root);
    CHECK(text.count('\n') == 42);
    JsonReader reader;
    JsonNode back;
    REQUIRE(reader.parse(text, &back));
    CHECK(writeJson(back) == text);
}
