// Shared test helpers (see testsupport.h).
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

namespace relais::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(RELAIS_TEST_DATA_DIR "/") + relative;
}

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        FAIL("cannot read test fixture " << dataPath(relative).toStdString());
    return file.readAll();
}

QString postgresUrl()
{
    const QString url = qEnvironmentVariable("RELAIS_TEST_POSTGRES_URL");
    if (url.isEmpty())
        FAIL("RELAIS_TEST_POSTGRES_URL is not set: run the suite through scripts/test, "
             "or leave PostgreSQL tests out with ctest -LE postgres");
    return url;
}

QString freshPostgresDatabase(const QString &prefix)
{
    const QUrl server(postgresUrl());
    const QString name =
        prefix.toLower() + QLatin1Char('_') + QUuid::createUuid().toString(QUuid::Id128).left(12);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-admin"));
        admin.setHostName(server.host());
        admin.setPort(server.port(5432));
        admin.setUserName(server.userName());
        admin.setPassword(server.password());
        admin.setDatabaseName(server.path().mid(1));
        if (!admin.open())
            FAIL("cannot reach the test PostgreSQL: " << admin.lastError().text().toStdString());
        QSqlQuery q(admin);
        if (!q.exec(QStringLiteral("CREATE DATABASE ") + name))
            FAIL("cannot create a test database: " << q.lastError().text().toStdString());
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-admin"));
    QUrl url = server;
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return true;
}

} // namespace relais::test
