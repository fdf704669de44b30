// French for the console and relais-cli (see translations.h).
#include "common/translations.h"

#include "logging/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace relais {

bool installFrench(QCoreApplication &app, const QString &language, QTranslator &qt, QTranslator &relais)
{
    const bool french = language.isEmpty() ? QLocale::system().language() == QLocale::French
                                           : language == QLatin1String("fr");
    if (!french)
        return false;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    if (qt.load(QStringLiteral("qtbase_fr"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qt);
    if (relais.load(QStringLiteral(":/i18n/relais_fr.qm")))
        app.installTranslator(&relais);
    else
        logging::module("ui")->warn("French translation :/i18n/relais_fr.qm not found");
    return true;
}

} // namespace relais
