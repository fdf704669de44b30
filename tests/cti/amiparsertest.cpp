// AmiParser: any chunking gives the same messages; hostile input is dropped without growing or crashing.
#include "cti/amiparser.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <random>

using relais::AmiMessage;
using relais::AmiParser;

namespace {

QStringList render(const std::vector<AmiMessage> &messages)
{
    QStringList out;
    for (const AmiMessage &m : messages)
        out.append(m.toDebugString());
    return out;
}

std::vector<AmiMessage> parseAll(QByteArrayView bytes, AmiParser::Options options = {})
{
    AmiParser parser(options);
    std::vector<AmiMessage> out;
    parser.feed(bytes, out);
    return out;
}

const QByteArray kRecording = "asterisk22-pjsip-inbound-answered.ami";

} // namespace

TEST_CASE("the recorded Asterisk 22 stream parses into the login response and 92 events")
{
    const QByteArray bytes = relais::test::readData(QStringLiteral("ami/") + QString::fromLatin1(kRecording));
    AmiParser parser;
    std::vector<AmiMessage> messages;
    parser.feed(bytes, messages);
    CHECK(parser.banner() == "Asterisk Call Manager/11.0.0");
    REQUIRE(messages.size() == 93);
    CHECK(messages[0].isResponse());
    CHECK(messages[0].value("Message") == QByteArrayView("Authentication accepted"));
    int events = 0;
    int varSets = 0;
    for (const AmiMessage &m : messages) {
        events += m.isEvent() ? 1 : 0;
        varSets += m.event() == QByteArrayView("VarSet") ? 1 : 0;
    }
    CHECK(events == 92);
    CHECK(varSets == 54);
    CHECK(parser.errorCount() == 0);
    // Lookups are case-insensitive and return the first value; an empty value is present but empty.
    const AmiMessage &newchannel = messages[3];
    CHECK(newchannel.event() == QByteArrayView("Newchannel"));
    CHECK(newchannel.value("EXTEN") == QByteArrayView("0142685300"));
    CHECK(newchannel.has("AccountCode"));
    CHECK(newchannel.value("AccountCode").isEmpty());
    CHECK_FALSE(newchannel.has("Nope"));
}

TEST_CASE("every byte-boundary split of a transcript gives the same messages")
{
    for (const char *file :
         {"asterisk22-pjsip-inbound-answered.ami", "follows-and-lists.ami", "queue-call-answered.ami"}) {
        const QByteArray bytes = relais::test::readData(QStringLiteral("ami/") + QString::fromLatin1(file));
        const QStringList expected = render(parseAll(bytes));
        REQUIRE(expected.size() > 5);
        for (qsizetype split = 0; split <= bytes.size(); ++split) {
            AmiParser parser;
            std::vector<AmiMessage> out;
            parser.feed(QByteArrayView(bytes).first(split), out);
            parser.feed(QByteArrayView(bytes).sliced(split), out);
            if (render(out) != expected)
                FAIL(file << ": split at byte " << split << " changes the messages");
        }
        // And one byte at a time.
        AmiParser parser;
        std::vector<AmiMessage> out;
        for (qsizetype i = 0; i < bytes.size(); ++i)
            parser.feed(QByteArrayView(bytes).sliced(i, 1), out);
        CHECK(render(out) == expected);
    }
}

TEST_CASE("bare LF line endings parse like CRLF")
{
    QByteArray crlf = relais::test::readData(QStringLiteral("ami/") + QString::fromLatin1(kRecording));
    QByteArray lf = crlf;
    lf.replace("\r\n", "\n");
    CHECK(render(parseAll(lf)) == render(parseAll(crlf)));
}

TEST_CASE("header forms: no space after the colon, colons inside values, empty values")
{
    const auto messages = parseAll("Event: Test\r\nKey:Value\r\nAppData: Inbound 06 -> 01: note\r\n"
                                   "Empty:\r\nEmpty2: \r\nkey: second\r\n\r\n");
    REQUIRE(messages.size() == 1);
    const AmiMessage &m = messages[0];
    CHECK(m.value("Key") == QByteArrayView("Value"));
    CHECK(m.value("AppData") == QByteArrayView("Inbound 06 -> 01: note"));
    CHECK(m.has("Empty"));
    CHECK(m.value("Empty").isEmpty());
    CHECK(m.value("Empty2").isEmpty());
    CHECK(m.size() == 6);
    CHECK(m.valueAt(5) == QByteArrayView("second")); // a repeated key keeps its place; lookups give the first
}

TEST_CASE("the banner is the first line only, later colon-less lines are skipped as errors")
{
    AmiParser parser;
    std::vector<AmiMessage> out;
    parser.feed("Asterisk Call Manager/11.0.0\r\nResponse: Success\r\n\r\nnot a header\r\nEvent: X\r\n\r\n",
                out);
    CHECK(parser.banner() == "Asterisk Call Manager/11.0.0");
    REQUIRE(out.size() == 2);
    CHECK(out[1].event() == QByteArrayView("X"));
    CHECK(parser.errorCount() == 1);
    CHECK(parser.takeErrors().size() == 1);
}

TEST_CASE("Response: Follows command output is one message, blank lines and colons included")
{
    const QByteArray bytes = relais::test::readData(QStringLiteral("ami/follows-and-lists.ami"));
    const auto messages = parseAll(bytes);
    REQUIRE(messages.size() >= 4);
    const AmiMessage &follows = messages[0];
    CHECK(follows.response() == QByteArrayView("Follows"));
    CHECK(follows.value("ActionID") == QByteArrayView("cmd-1"));
    QStringList output;
    for (int i = 0; i < follows.size(); ++i) {
        if (follows.key(i) == QByteArrayView("Output"))
            output.append(AmiMessage::decode(follows.valueAt(i)));
    }
    CHECK(output.size() == 5);
    CHECK(output.contains(QString()));
    CHECK(output.contains(QStringLiteral("Key: not a header, part of the output")));
    CHECK(messages[1].value("EventList") == QByteArrayView("start"));
    CHECK(messages.back().event() == QByteArrayView("Hangup"));
}

TEST_CASE("a line over the limit drops its message and the parser resynchronises at the next blank line")
{
    const QByteArray huge(1024 * 1024, 'x');
    const QByteArray bytes =
        "Event: Before\r\n\r\nEvent: Huge\r\nData: " + huge + "\r\nMore: 1\r\n\r\nEvent: After\r\n\r\n";
    SECTION("in one read")
    {
        AmiParser parser;
        std::vector<AmiMessage> out;
        parser.feed(bytes, out);
        REQUIRE(out.size() == 2);
        CHECK(out[0].event() == QByteArrayView("Before"));
        CHECK(out[1].event() == QByteArrayView("After"));
        CHECK(parser.errorCount() == 1);
    }
    SECTION("in 4 kB reads")
    {
        AmiParser parser;
        std::vector<AmiMessage> out;
        for (qsizetype i = 0; i < bytes.size(); i += 4096)
            parser.feed(QByteArrayView(bytes).sliced(i, std::min<qsizetype>(4096, bytes.size() - i)), out);
        REQUIRE(out.size() == 2);
        CHECK(out[1].event() == QByteArrayView("After"));
        CHECK(parser.errorCount() == 1);
    }
    SECTION("a smaller configured limit")
    {
        const auto out =
            parseAll("Event: A\r\nData: 0123456789\r\n\r\nEvent: B\r\n\r\n", {.maxLineBytes = 12});
        REQUIRE(out.size() == 1);
        CHECK(out[0].event() == QByteArrayView("B"));
    }
}

TEST_CASE("command output that never ends is dropped at the message size limit")
{
    QByteArray bytes = "Response: Follows\r\nno colon here\r\n";
    for (int i = 0; i < 200; ++i)
        bytes += "output line that goes on and on\r\n";
    bytes += "--END COMMAND--\r\n\r\nEvent: After\r\n\r\n";
    const auto out = parseAll(bytes, {.maxLineBytes = 1024, .maxMessageBytes = 2048});
    // After the drop the parser waits for a blank line; the rest of the output is skipped with it.
    REQUIRE_FALSE(out.empty());
    CHECK(out.back().event() == QByteArrayView("After"));
}

TEST_CASE("binary bytes and NULs stay in values, non-UTF-8 decodes as Latin-1")
{
    static const char raw[] =
        "Event: Bin\r\nData: a\0b\x01\xff\r\nName: Caf\xe9\r\nUtf8: Caf\xc3\xa9\r\n\r\n";
    const QByteArray bytes(raw, sizeof(raw) - 1);
    const auto out = parseAll(bytes);
    REQUIRE(out.size() == 1);
    CHECK(out[0].value("Data") == QByteArrayView("a\0b\x01\xff", 5));
    CHECK(out[0].text("Name") == QStringLiteral("Caf\u00e9"));
    CHECK(out[0].text("Utf8") == QStringLiteral("Caf\u00e9"));
}

TEST_CASE("random garbage never crashes the parser and a valid message after a blank line still parses")
{
    std::mt19937 random(42);
    for (int round = 0; round < 50; ++round) {
        QByteArray garbage(static_cast<int>(random() % 5000), Qt::Uninitialized);
        for (char &c : garbage)
            c = static_cast<char>(random() % 256);
        AmiParser parser({.maxLineBytes = 1024});
        std::vector<AmiMessage> out;
        parser.feed(garbage, out);
        out.clear();
        parser.feed("\r\n\r\nEvent: Valid\r\nA: 1\r\n\r\n", out);
        REQUIRE_FALSE(out.empty());
        CHECK(out.back().event() == QByteArrayView("Valid"));
        CHECK(out.back().value("A") == QByteArrayView("1"));
    }
}

TEST_CASE("a truncated final message is not emitted")
{
    AmiParser parser;
    std::vector<AmiMessage> out;
    parser.feed("Event: Complete\r\n\r\nEvent: Truncated\r\nChannel: PJSIP/2", out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].event() == QByteArrayView("Complete"));
    parser.reset();
    parser.feed("Event: Fresh\r\n\r\n", out);
    // After a reset (a new connection) the leftovers of the old stream are gone.
    REQUIRE(out.size() == 2);
    CHECK(out[1].event() == QByteArrayView("Fresh"));
    CHECK_FALSE(out[1].has("Channel"));
}
