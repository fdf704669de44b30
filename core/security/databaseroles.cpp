// The group roles' privileges (see databaseroles.h). Operators write messages and read consignes but
// delete nothing and cannot read the audit log; supervisors add reviews and consignes; admins manage
// users, purge and read the audit log. Nobody may UPDATE or DELETE audit_log (a trigger refuses it too).
#include "security/databaseroles.h"

namespace relais {

namespace {

struct Grant
{
    const char *role;
    const char *privileges;
    const char *table;
};

// Read at the same time as the statements that touch each table in core/.
constexpr Grant grants[] = {
    {"relais_operator", "SELECT", "schema_version"},
    {"relais_operator", "SELECT", "clients"},
    {"relais_operator", "SELECT", "client_numbers"},
    {"relais_operator", "SELECT", "consigne_versions"},
    {"relais_operator", "SELECT, INSERT, UPDATE", "messages"},
    {"relais_operator", "SELECT, INSERT", "message_amendments"},
    {"relais_operator", "SELECT, INSERT", "message_conflicts"},
    {"relais_operator", "SELECT, INSERT, UPDATE", "calls"},
    {"relais_operator", "SELECT, INSERT", "call_events"},
    {"relais_operator", "SELECT, UPDATE (comment_seen_at)", "reviews"},
    {"relais_operator", "SELECT, UPDATE (password_hash, updated_at)", "operators"},
    {"relais_operator", "SELECT, INSERT, UPDATE, DELETE", "sign_in_failures"},
    {"relais_operator", "INSERT", "audit_log"},
    {"relais_operator", "SELECT, INSERT, UPDATE", "operator_seen"},
    {"relais_operator", "SELECT, INSERT, UPDATE, DELETE", "sync_state"},
    {"relais_operator", "SELECT, INSERT, UPDATE, DELETE", "sync_pushed"},
    {"relais_operator", "SELECT, INSERT, UPDATE", "deliveries"},
    {"relais_operator", "SELECT, INSERT", "delivery_events"},
    {"relais_operator", "SELECT, INSERT", "delivery_messages"},
    {"relais_supervisor", "INSERT, UPDATE", "reviews"},
    {"relais_supervisor", "INSERT, UPDATE", "clients"},
    {"relais_supervisor", "INSERT, DELETE", "client_numbers"},
    {"relais_supervisor", "INSERT", "consigne_versions"},
    {"relais_admin", "INSERT, UPDATE", "operators"},
    {"relais_admin", "SELECT", "audit_log"},
    {"relais_admin", "DELETE", "messages"},
    {"relais_admin", "DELETE", "message_amendments"},
    {"relais_admin", "DELETE", "message_conflicts"},
    {"relais_admin", "DELETE", "reviews"},
    {"relais_admin", "DELETE", "calls"},
    {"relais_admin", "DELETE", "call_events"},
};

QString createGroup(const QString &role, const QString &memberOf)
{
    return QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                          "CREATE ROLE %1 NOLOGIN%2; END IF; END $$")
        .arg(role, memberOf.isEmpty() ? QString() : QStringLiteral(" IN ROLE ") + memberOf);
}

} // namespace

QStringList databaseRoleStatements()
{
    QStringList sql;
    sql << createGroup(QStringLiteral("relais_operator"), {})
        << createGroup(QStringLiteral("relais_supervisor"), QStringLiteral("relais_operator"))
        << createGroup(QStringLiteral("relais_admin"), QStringLiteral("relais_supervisor"));
    // Roles made by an older script keep their membership right.
    sql << QStringLiteral("GRANT relais_operator TO relais_supervisor")
        << QStringLiteral("GRANT relais_supervisor TO relais_admin");
    for (const QString &role : {QStringLiteral("relais_operator"), QStringLiteral("relais_supervisor"),
                                QStringLiteral("relais_admin")}) {
        sql << QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(role);
        // Start from nothing, so privileges dropped from the table above are taken back.
        sql << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1").arg(role);
    }
    for (const Grant &grant : grants)
        sql << QStringLiteral("DO $$ BEGIN IF to_regclass('public.%3') IS NOT NULL THEN "
                              "GRANT %2 ON public.%3 TO %1; END IF; END $$")
                   .arg(QLatin1String(grant.role), QLatin1String(grant.privileges),
                        QLatin1String(grant.table));
    // Identity columns and the sync stamp (relais_sync_seq) draw from sequences.
    sql << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO relais_operator");
    return sql;
}

QString databaseRolesScript()
{
    QString script = QStringLiteral("-- Relais: PostgreSQL group roles (relais-cli roles-sql). Run as the "
                                    "database owner after relais-cli migrate.\n");
    for (const QString &statement : databaseRoleStatements())
        script += statement + QStringLiteral(";\n");
    return script;
}

} // namespace relais
