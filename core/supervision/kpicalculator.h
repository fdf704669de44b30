// Computes the supervision figures (kpis.h) from the call records, in SQL that SQLite and PostgreSQL
// both run: counts, sums and the p90 in the database, only time-zone bucketing and JSON in C++.
#pragma once

#include "common/result.h"
#include "supervision/kpis.h"

#include <QString>
#include <QVariantList>

#include <functional>

namespace relais {

class Database;

class KpiCalculator final
{
public:
    explicit KpiCalculator(Database &db);

    // Totals, per client, per operator, and the volume by hour and by weekday × hour.
    Result<KpiReport> compute(const KpiFilter &filter);

private:
    // The calls a filter selects: a WHERE condition over `calls c LEFT JOIN clients cl` and its values.
    struct Scope
    {
        QString where;
        QVariantList values;
    };
    using Target = std::function<KpiFigures &(const QString &key)>;

    Result<Scope> scope(const KpiFilter &filter);
    // `group` is the SQL expression to group by, empty for one total.
    Status counts(const Scope &scope, const QString &group, const Target &target);
    Status percentile90(const Scope &scope, const QString &group, const Target &target);
    Status actions(const Scope &scope, KpiReport &report);
    Status volume(const Scope &scope, KpiReport &report);
    Error failure(const QString &what, const QString &detail) const;

    Database &m_db;
};

} // namespace relais
