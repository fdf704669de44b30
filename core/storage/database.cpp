// Opening a SQLite or PostgreSQL database through Qt SQL, with the settings that make a saved message
// durable, and refusing a file or database that is not Relais' own before anything is written to it.
#include "storage/database.h"
#include "storage/sqlerrortext.h"

#include "logging/logging.h"
#include "storage/migrationrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <atomic>

namespace relais {

namespace {

// Q_DECLARE_TR_FUNCTIONS makes lupdate file these strings under DatabaseText, the context tr() uses at
// runtime (a plain tr() wrapper was filed under the enclosing class, so French never showed).
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseText)
};

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("relais-db-%1").arg(++counter);
}

// Drops a connection that failed half-way; the QSqlDatabase handle must be gone first.
void discard(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

// A libpq connection-string value: quoted when it holds a space, a quote or a backslash.
QString conninfoValue(const QString &value)
{
    if (!value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('\'')) &&
        !value.contains(QLatin1Char('\\')))
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// Refuses an existing file that does not start with SQLite's header, before the driver touches it.
Status checkSqliteFile(const DatabaseUrl &url)
{
    const QFileInfo info(url.path);
    if (info.exists() && info.isDir())
        return Error{DatabaseText::tr("the path is a directory, not a database file"), url.redacted()};
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Error{DatabaseText::tr("cannot create the directory %1").arg(info.absolutePath()),
                         url.redacted()};
        return success();
    }
    if (info.size() == 0)
        return success(); // an empty file is what SQLite itself makes for a new database
    QFile file(url.path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{DatabaseText::tr("cannot read the file: %1").arg(file.errorString()), url.redacted()};
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(16) != magic)
        return Error{
            DatabaseText::tr("not a SQLite database (the file does not start with the SQLite header)"),
            url.redacted()};
    return success();
}

Status configureSqlite(QSqlDatabase &db, const DatabaseUrl &url)
{
    QSqlQuery query(db);
    // WAL lets the sync worker read while the console writes; synchronous=FULL makes a commit reach
    // the disk before save() returns, so a message is durable before the operator is told it is saved.
    const QStringList pragmas{
        QStringLiteral("PRAGMA busy_timeout = 5000"), QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA foreign_keys = ON")};
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            const QString text = sqlErrorText(query.lastError());
            if (text.contains(QLatin1String("not a database"), Qt::CaseInsensitive))
                return Error{DatabaseText::tr("not a SQLite database (%1)").arg(text), url.redacted()};
            return Error{DatabaseText::tr("cannot configure SQLite (%1): %2").arg(pragma, text),
                         url.redacted()};
        }
        if (pragma.contains(QLatin1String("journal_mode")) && query.next() &&
            query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            logging::module("store")->warn("SQLite refused WAL mode on {} (journal mode {})",
                                           url.redacted().toStdString(),
                                           query.value(0).toString().toStdString());
        query.finish();
    }
    return success();
}

void configurePostgres(QSqlDatabase &db, const DatabaseUrl &url)
{
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setUserName(url.user);
    db.setPassword(url.password);
    db.setDatabaseName(url.database);
    QMap<QString, QString> options = url.options;
    if (!options.contains(QStringLiteral("connect_timeout")))
        options.insert(QStringLiteral("connect_timeout"), QStringLiteral("5"));
    if (!options.contains(QStringLiteral("application_name")))
        options.insert(QStringLiteral("application_name"), QStringLiteral("relais"));
    QStringList parts;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + conninfoValue(it.value());
    db.setConnectOptions(parts.join(QLatin1Char(';')));
}

// A database with tables but no schema_version belongs to something else: never migrate into it.
Status checkRelaisSchema(QSqlDatabase &db, const DatabaseUrl &url)
{
    QStringList tables;
    for (const QString &table : db.tables(QSql::Tables))
        if (!table.startsWith(QLatin1String("sqlite_")))
            tables << table;
    if (db.lastError().isValid() && tables.isEmpty()) {
        const QString text = sqlErrorText(db.lastError());
        if (text.contains(QLatin1String("not a database"), Qt::CaseInsensitive))
            return Error{DatabaseText::tr("not a SQLite database (%1)").arg(text), url.redacted()};
    }
    if (tables.isEmpty() || tables.contains(QStringLiteral("schema_version"), Qt::CaseInsensitive))
        return success();
    tables.sort();
    const qsizetype shown = std::min<qsizetype>(tables.size(), 8);
    QString list = tables.mid(0, shown).join(QStringLiteral(", "));
    if (tables.size() > shown)
        list += DatabaseText::tr(" and %1 more").arg(tables.size() - shown);
    return Error{DatabaseText::tr("not a Relais database: found tables %1 but no schema_version").arg(list),
                 url.redacted()};
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url, QString connectionName)
{
    if (connectionName.isEmpty())
        connectionName = uniqueConnectionName();
    if (QSqlDatabase::contains(connectionName))
        return Error{DatabaseText::tr("the connection name '%1' is already in use").arg(connectionName),
                     url.redacted()};
    const bool sqlite = url.engine == DatabaseUrl::Engine::Sqlite;
    if (sqlite) {
        if (Status s = checkSqliteFile(url); !s)
            return s.error();
    }
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error{DatabaseText::tr("the Qt SQL driver %1 is not installed").arg(driver), url.redacted()};

    QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);
    if (sqlite)
        db.setDatabaseName(url.path);
    else
        configurePostgres(db, url);
    if (!db.open()) {
        const Error error{sqlite ? DatabaseText::tr("cannot open: %1").arg(sqlErrorText(db.lastError()))
                                 : DatabaseText::tr("cannot connect: %1").arg(sqlErrorText(db.lastError())),
                          url.redacted()};
        discard(db);
        return error;
    }
    Status ready = sqlite ? configureSqlite(db, url) : success();
    if (ready)
        ready = checkRelaisSchema(db, url);
    if (!ready) {
        discard(db);
        return ready.error();
    }
    logging::module("store")->info("opened {}", url.redacted().toStdString());
    return std::unique_ptr<Database>(new Database(url, db));
}

Database::Database(DatabaseUrl url, QSqlDatabase db)
    : m_url(std::move(url))
    , m_db(std::move(db))
{}

Database::~Database()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Status Database::migrate()
{
    const Result<QList<Migration>> migrations = MigrationRunner::shipped();
    if (!migrations)
        return migrations.error();
    return MigrationRunner(*this).apply(*migrations);
}

Status Database::beginWrite()
{
    if (m_url.engine == DatabaseUrl::Engine::Sqlite) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Error{
                DatabaseText::tr("cannot start a transaction: %1").arg(sqlErrorText(query.lastError())),
                m_url.redacted()};
        return success();
    }
    if (!m_db.transaction())
        return Error{DatabaseText::tr("cannot start a transaction: %1").arg(sqlErrorText(m_db.lastError())),
                     m_url.redacted()};
    return success();
}

int Database::schemaVersion() const
{
    const Result<int> version = MigrationRunner::versionOf(*this);
    if (!version) {
        logging::module("store")->warn("{}", version.error().toString().toStdString());
        return 0;
    }
    return *version;
}

int Database::latestSchemaVersion()
{
    static const int latest = [] {
        const Result<QList<Migration>> migrations = MigrationRunner::shipped();
        return migrations && !migrations->isEmpty() ? migrations->last().version : 0;
    }();
    return latest;
}

} // namespace relais
