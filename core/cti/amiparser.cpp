// AmiParser: line splitting over raw bytes with no per-line allocation in the common case (a line
// wholly inside one feed is parsed in place; only lines split across feeds are copied).
#include "cti/amiparser.h"

#include <QCoreApplication>

#include <cstring>

namespace relais {

namespace {

constexpr QByteArrayView kEndCommand("--END COMMAND--");
constexpr int kMaxStoredErrors = 100;

} // namespace

void AmiParser::feed(QByteArrayView bytes, std::vector<AmiMessage> &out)
{
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    const qsizetype maxLine = m_options.maxLineBytes;
    while (p < end) {
        const auto *newline = static_cast<const char *>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
        if (m_skipRestOfLine) {
            if (!newline)
                return;
            m_skipRestOfLine = false;
            p = newline + 1;
            continue;
        }
        if (!newline) {
            if (m_partial.size() + (end - p) > maxLine) {
                dropMessage(QCoreApplication::translate("AmiParser", "line %1 is longer than %2 bytes")
                                .arg(m_lineNumber + 1)
                                .arg(maxLine));
                m_partial.clear();
                m_skipRestOfLine = true;
                return;
            }
            m_partial.append(p, end - p);
            return;
        }
        const qsizetype length = newline - p;
        if (m_partial.size() + length > maxLine) {
            dropMessage(QCoreApplication::translate("AmiParser", "line %1 is longer than %2 bytes")
                            .arg(m_lineNumber + 1)
                            .arg(maxLine));
            m_partial.clear();
            p = newline + 1;
            ++m_lineNumber;
            continue;
        }
        if (m_partial.isEmpty()) {
            handleLine(QByteArrayView(p, length), out);
        } else {
            m_partial.append(p, length);
            handleLine(m_partial, out);
            m_partial.resize(0); // keeps the capacity for the next split line
        }
        p = newline + 1;
    }
}

void AmiParser::handleLine(QByteArrayView line, std::vector<AmiMessage> &out)
{
    ++m_lineNumber;
    if (!line.isEmpty() && line.back() == '\r')
        line.chop(1);

    if (m_skipUntilBlank) {
        if (line.isEmpty())
            m_skipUntilBlank = false;
        return;
    }
    if (m_inOutput) {
        handleOutputLine(line);
        return;
    }
    if (line.isEmpty()) {
        if (!m_current.isEmpty()) {
            out.push_back(std::move(m_current));
            m_current = AmiMessage();
        }
        return;
    }
    const auto *colon =
        static_cast<const char *>(std::memchr(line.data(), ':', static_cast<size_t>(line.size())));
    if (!m_sawFirstLine) {
        m_sawFirstLine = true;
        if (!colon) {
            m_banner = line.toByteArray();
            return;
        }
    }
    if (!colon) {
        // Old Asterisk writes `Command` output raw after `Response: Follows`, blank lines included.
        if (isFollowsResponse()) {
            m_inOutput = true;
            handleOutputLine(line);
            return;
        }
        error(QCoreApplication::translate("AmiParser", "line %1 is not \"Key: Value\": skipped")
                  .arg(m_lineNumber));
        return;
    }
    const qsizetype keyLength = colon - line.data();
    qsizetype valueOffset = keyLength + 1;
    if (valueOffset < line.size() && line[valueOffset] == ' ')
        ++valueOffset;
    m_current.appendLine(line, keyLength, valueOffset);
    if (m_current.byteSize() > m_options.maxMessageBytes) {
        dropMessage(
            QCoreApplication::translate("AmiParser", "message ending at line %1 is larger than %2 bytes")
                .arg(m_lineNumber)
                .arg(m_options.maxMessageBytes));
    }
}

void AmiParser::handleOutputLine(QByteArrayView line)
{
    if (line.endsWith(kEndCommand)) {
        const QByteArrayView rest = line.chopped(kEndCommand.size());
        if (!rest.isEmpty())
            m_current.appendOutput(rest);
        m_inOutput = false; // the blank line that follows ends the message
        return;
    }
    m_current.appendOutput(line);
    if (m_current.byteSize() > m_options.maxMessageBytes) {
        m_inOutput = false;
        dropMessage(
            QCoreApplication::translate("AmiParser", "command output at line %1 is larger than %2 bytes")
                .arg(m_lineNumber)
                .arg(m_options.maxMessageBytes));
    }
}

bool AmiParser::isFollowsResponse() const
{
    return m_current.value("Response") == QByteArrayView("Follows");
}

void AmiParser::dropMessage(const QString &why)
{
    error(why + QCoreApplication::translate("AmiParser", ": message dropped"));
    m_current.clear();
    m_inOutput = false;
    m_skipUntilBlank = true;
}

void AmiParser::error(const QString &what)
{
    ++m_errorCount;
    if (m_errors.size() < kMaxStoredErrors)
        m_errors.append(what);
}

QStringList AmiParser::takeErrors()
{
    QStringList errors;
    errors.swap(m_errors);
    return errors;
}

void AmiParser::reset()
{
    const Options options = m_options;
    *this = AmiParser(options);
}

} // namespace relais
