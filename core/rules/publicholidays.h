// French public holidays (metropolitan calendar, Alsace-Moselle extras on request): fixed dates and
// the ones that follow Easter.
#pragma once

#include <QDate>
#include <QString>

namespace relais {

// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian algorithm, also known
// as Meeus/Jones/Butcher). Invalid QDate for years before 1583.
QDate easterSunday(int year);

// The holiday's French name ("Noël", "Lundi de Pâques") or an empty string on a working day.
// `alsaceMoselle` adds Good Friday and Saint Stephen's Day (26 December), legal holidays there.
QString frenchPublicHoliday(const QDate &date, bool alsaceMoselle = false);

} // namespace relais
