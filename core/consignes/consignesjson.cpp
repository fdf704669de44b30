// Consignes JSON entry points: byte-level checks, syntax, per-client decoding and validation, and the
// checks across clients of one document; every error is turned into "file:line:column" + JSON path.
#include "consignes/consignesjson.h"

#include "consignes/consignesdecoder.h"
#include "consignes/consignesencoder.h"
#include "consignes/consignesnames.h"
#include "consignes/consignesvalidator.h"
#include "consignes/jsonreader.h"
#include "consignes/jsonwriter.h"
#include "logging/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace relais {
namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under ConsignesText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct ConsignesText
{
    Q_DECLARE_TR_FUNCTIONS(ConsignesText)
};

QString where(const QByteArray &json, const QString &source, qsizetype offset)
{
    const TextPosition pos = textPosition(json, offset);
    return source + QLatin1Char(':') + QString::number(pos.line) + QLatin1Char(':') +
           QString::number(pos.column);
}

Error located(const QByteArray &json, const QString &source, qsizetype offset, const QString &path,
              const QString &what)
{
    return Error{path + QStringLiteral(": ") + what, where(json, source, offset)};
}

// Whole megabytes, rounded; one decimal just above the limit so "8.2 MB" is not shown as "8 MB".
QString megabytes(qint64 bytes)
{
    const double mb = static_cast<double>(bytes) / (1 << 20);
    return mb < 10 && bytes > kMaxConsignesBytes ? QString::number(mb, 'f', 1)
                                                 : QString::number(qRound64(mb));
}

Error tooLarge(qint64 bytes, const QString &source)
{
    return Error{ConsignesText::tr("file too large: %1 MB, the limit is %2 MB")
                     .arg(megabytes(bytes), megabytes(kMaxConsignesBytes)),
                 source};
}

// Size, emptiness, encoding and syntax; on success `root` holds the tree.
std::optional<Error> readTree(const QByteArray &json, const QString &source, JsonNode *root)
{
    if (json.size() > kMaxConsignesBytes)
        return tooLarge(json.size(), source);
    if (json.trimmed().isEmpty())
        return Error{ConsignesText::tr("empty file: expected a JSON object"), source};
    if (json.startsWith("\xFF\xFE") || json.startsWith("\xFE\xFF"))
        return Error{ConsignesText::tr("not UTF-8 at byte 0: the file is UTF-16 (save it as UTF-8)"),
                     where(json, source, 0)};
    const qsizetype bad = firstInvalidUtf8Byte(json);
    if (bad >= 0)
        return Error{ConsignesText::tr("not UTF-8 at byte %1 (save the file as UTF-8)").arg(bad),
                     where(json, source, bad)};
    JsonReader reader;
    if (!reader.parse(json, root))
        return Error{ConsignesText::tr("invalid JSON: %1").arg(reader.errorText()),
                     where(json, source, reader.errorOffset())};
    return std::nullopt;
}

// The offset of `path`, or of its nearest recorded parent (a missing key points at its object).
qsizetype offsetNear(const ConsignesDecoder &decoder, QString path)
{
    while (!path.isEmpty()) {
        const qsizetype offset = decoder.offsetOf(path);
        if (offset >= 0)
            return offset;
        const qsizetype cut =
            std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
        if (cut <= 0)
            break;
        path.truncate(cut);
    }
    return 0;
}

std::optional<Error> readClient(ConsignesDecoder &decoder, const JsonNode &node, const QString &path,
                                const QByteArray &json, const QString &source, Consignes *out)
{
    if (const auto failure = decoder.decode(node, path, out))
        return located(json, source, failure->offset, failure->path, failure->what);
    const QList<ConsignesIssue> issues = validateConsignes(*out, path);
    if (!issues.isEmpty())
        return located(json, source, offsetNear(decoder, issues.first().path), issues.first().path,
                       issues.first().what);
    return std::nullopt;
}

Error refused(Error error)
{
    logging::module("consignes")->warn("consignes refused: {}", error.toString().toStdString());
    return error;
}

} // namespace

Result<QList<Consignes>> parseConsignesDocument(const QByteArray &json, const QString &sourceName,
                                                const PhoneNumbers &phones)
{
    JsonNode root;
    if (auto error = readTree(json, sourceName, &root))
        return refused(*error);
    const QString top = QStringLiteral("$");
    if (root.kind != JsonNode::Kind::Object)
        return refused(
            located(json, sourceName, root.offset, top,
                    ConsignesText::tr("expected an object {\"format\": \"relais-consignes\", \"version\": 1, "
                                      "\"clients\": […]}; found %1")
                        .arg(ConsignesDecoder::describe(root))));
    const QStringList keys{QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("clients")};
    for (const JsonMember &m : root.members)
        if (!keys.contains(m.key))
            return refused(
                located(json, sourceName, m.keyOffset, top + QLatin1Char('.') + m.key,
                        ConsignesText::tr("unknown key \"%1\"; expected one of format, version, clients")
                            .arg(m.key)));
    const JsonNode *format = root.member(QStringLiteral("format"));
    if (!format || format->kind != JsonNode::Kind::String ||
        format->text != QLatin1String(consignesnames::kFormat))
        return refused(located(
            json, sourceName, format ? format->offset : root.offset, QStringLiteral("$.format"),
            ConsignesText::tr("expected \"relais-consignes\"; found %1")
                .arg(format ? ConsignesDecoder::describe(*format) : ConsignesText::tr("no \"format\" key"))));
    const JsonNode *version = root.member(QStringLiteral("version"));
    if (!version || version->kind != JsonNode::Kind::Number || !version->integral ||
        version->integer != consignesnames::kVersion)
        return refused(located(
            json, sourceName, version ? version->offset : root.offset, QStringLiteral("$.version"),
            ConsignesText::tr("unsupported version %1; this build reads version 1")
                .arg(version ? ConsignesDecoder::describe(*version) : ConsignesText::tr("(missing)"))));
    const JsonNode *clients = root.member(QStringLiteral("clients"));
    if (!clients || clients->kind != JsonNode::Kind::Array)
        return refused(located(json, sourceName, clients ? clients->offset : root.offset,
                               QStringLiteral("$.clients"),
                               ConsignesText::tr("expected an array of clients; found %1")
                                   .arg(clients ? ConsignesDecoder::describe(*clients)
                                                : ConsignesText::tr("no \"clients\" key"))));

    ConsignesDecoder decoder(phones);
    QList<Consignes> result;
    QHash<QString, QString> codes;       // code -> path of the client that has it
    QHash<QString, QString> numberOwner; // E.164 -> "CODE ($.clients[i].dialedNumbers[k])"
    for (size_t i = 0; i < clients->items.size(); ++i) {
        const QString path = QStringLiteral("$.clients[") + QString::number(i) + QLatin1Char(']');
        Consignes c;
        if (auto error = readClient(decoder, clients->items[i], path, json, sourceName, &c))
            return refused(*error);
        if (codes.contains(c.code))
            return refused(located(json, sourceName, decoder.offsetOf(path + QStringLiteral(".code")),
                                   path + QStringLiteral(".code"),
                                   ConsignesText::tr("duplicate client code \"%1\" (first at %2)")
                                       .arg(c.code, codes.value(c.code))));
        codes.insert(c.code, path);
        for (qsizetype k = 0; k < c.dialedNumbers.size(); ++k) {
            const QString numberPath =
                path + QStringLiteral(".dialedNumbers[") + QString::number(k) + QLatin1Char(']');
            const QString &number = c.dialedNumbers[k];
            if (numberOwner.contains(number))
                return refused(located(
                    json, sourceName, decoder.offsetOf(numberPath), numberPath,
                    ConsignesText::tr("dialed number %1 of client %2 is already a dialed number of client %3")
                        .arg(number, c.code, numberOwner.value(number))));
            numberOwner.insert(number, c.code + QStringLiteral(" (") + numberPath + QLatin1Char(')'));
        }
        result << std::move(c);
    }
    logging::module("consignes")
        ->info("read {} client accounts from {}", result.size(), sourceName.toStdString());
    return result;
}

Result<Consignes> parseClientConsignes(const QByteArray &json, const QString &sourceName,
                                       const PhoneNumbers &phones)
{
    JsonNode root;
    if (auto error = readTree(json, sourceName, &root))
        return refused(*error);
    ConsignesDecoder decoder(phones);
    Consignes c;
    if (auto error = readClient(decoder, root, QStringLiteral("$"), json, sourceName, &c))
        return refused(*error);
    return c;
}

QByteArray serializeConsignesDocument(const QList<Consignes> &clients)
{
    JsonNode root = JsonNode::makeObject();
    root.add(QStringLiteral("format"), JsonNode::makeString(QLatin1String(consignesnames::kFormat)));
    root.add(QStringLiteral("version"), JsonNode::makeInteger(consignesnames::kVersion));
    JsonNode &array = root.add(QStringLiteral("clients"), JsonNode::makeArray());
    for (const Consignes &c : clients)
        array.items.push_back(encodeConsignes(c));
    return writeJson(root);
}

QByteArray serializeClientConsignes(const Consignes &client)
{
    return writeJson(encodeConsignes(client));
}

Result<QList<Consignes>> readConsignesFile(const QString &path, const PhoneNumbers &phones)
{
    const QFileInfo info(path);
    // Checked before reading: a wrong file picked by mistake (a video, a database) is not loaded whole.
    if (info.exists() && info.size() > kMaxConsignesBytes)
        return refused(tooLarge(info.size(), path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(Error{ConsignesText::tr("cannot read the file: %1").arg(file.errorString()), path});
    const QByteArray json = file.read(kMaxConsignesBytes + 1);
    if (json.size() > kMaxConsignesBytes)
        return refused(tooLarge(std::max<qint64>(json.size(), file.size()), path));
    return parseConsignesDocument(json, path, phones);
}

Result<QList<Consignes>> loadDemoConsignes(const PhoneNumbers &phones)
{
    return readConsignesFile(QStringLiteral(":/demo/demo-clients.json"), phones);
}

} // namespace relais
