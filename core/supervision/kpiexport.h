// The supervision figures written out: a table for a terminal, JSON for programs, and CSV that a
// French spreadsheet opens as is (UTF-8 with a byte order mark, ';' between fields, decimal comma).
#pragma once

#include "supervision/kpis.h"

#include <QByteArray>
#include <QString>

namespace relais {

// Aligned columns: one line per scope (all, each client, each operator), then the volume by hour.
QString kpiTable(const KpiReport &report);
// {"filter":…, "total":{…}, "byClient":{code:{…}}, "byOperator":{…}, "offeredByHour":[24],
//  "answeredByHour":[24], "offeredByWeekdayHour":[7][24]}; rates as fractions, times in seconds,
//  null where there is nothing to compute from.
QByteArray kpiJson(const KpiReport &report);
// One row per scope with the figures, a blank line, then the weekday × hour matrix.
QByteArray kpiCsv(const KpiReport &report);

} // namespace relais
