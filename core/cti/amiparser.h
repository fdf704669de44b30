// Incremental parser of the Asterisk Manager Interface wire format: fed raw socket bytes in any
// chunking, it yields whole messages. Bounded: an over-long line drops its message and the parser
// resynchronises at the next blank line instead of growing.
#pragma once

#include "cti/amimessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <vector>

namespace relais {

class AmiParser final
{
public:
    struct Options
    {
        int maxLineBytes = 64 * 1024;
        // A `Response: Follows` block that never ends must not grow without bound either.
        int maxMessageBytes = 1024 * 1024;
    };

    AmiParser() = default;
    explicit AmiParser(Options options)
        : m_options(options)
    {}

    // Parses `bytes` and appends every message they complete to `out`. A message ends at a blank
    // line; a message still open at the end of `bytes` waits for the next call.
    void feed(QByteArrayView bytes, std::vector<AmiMessage> &out);

    // The first line of the stream when it is not a header ("Asterisk Call Manager/11.0.0").
    bool hasBanner() const { return !m_banner.isEmpty(); }
    const QByteArray &banner() const { return m_banner; }

    // Problems met so far (over-long line, line without a colon, …), for the log; cleared on read.
    QStringList takeErrors();
    int errorCount() const { return m_errorCount; }

    // Forgets everything, for a new connection.
    void reset();

private:
    void handleLine(QByteArrayView line, std::vector<AmiMessage> &out);
    void handleOutputLine(QByteArrayView line);
    bool isFollowsResponse() const;
    void dropMessage(const QString &why);
    void error(const QString &what);

    Options m_options;
    AmiMessage m_current;
    QByteArray m_partial; // a line split across feeds
    QByteArray m_banner;
    QStringList m_errors;
    int m_errorCount = 0;
    qint64 m_lineNumber = 0;
    bool m_sawFirstLine = false;
    bool m_skipRestOfLine = false; // inside an over-long line
    bool m_skipUntilBlank = false; // resynchronising after a dropped message
    bool m_inOutput = false;       // inside raw command output, until --END COMMAND--
};

} // namespace relais
