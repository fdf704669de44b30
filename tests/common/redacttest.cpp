// Secrets are masked before a URL reaches a log line or a message.
#include "logging/redact.h"

#include <catch2/catch.hpp>

using relais::logging::redactUrl;

TEST_CASE("redactUrl masks the password of a database URL")
{
    CHECK(redactUrl(QStringLiteral("postgresql://bob:s3cret@db.example:5432/relais")) ==
          QStringLiteral("postgresql://bob:***@db.example:5432/relais"));
}

TEST_CASE("redactUrl masks an AMI secret and secret query parameters")
{
    CHECK(redactUrl(QStringLiteral("ami://relais:topsecret@10.0.0.1:5038?device=PJSIP/201")) ==
          QStringLiteral("ami://relais:***@10.0.0.1:5038?device=PJSIP/201"));
    const QString masked = redactUrl(QStringLiteral("postgresql://db/x?sslmode=require&password=hunter2"));
    CHECK_FALSE(masked.contains(QStringLiteral("hunter2")));
    CHECK(masked.contains(QStringLiteral("sslmode=require")));
}

TEST_CASE("redactUrl leaves URLs without a secret unchanged")
{
    for (const QString &url : {QStringLiteral("sqlite:///tmp/relais.db"), QStringLiteral("sim://"),
                               QStringLiteral("postgresql://bob@db/relais")})
        CHECK(redactUrl(url) == url);
}
