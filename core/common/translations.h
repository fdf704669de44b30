// The French translation of Relais and of Qt's own strings, for the console and relais-cli alike.
#pragma once

#include <QString>

class QCoreApplication;
class QTranslator;

namespace relais {

// Installs Qt's and Relais's French translations when `language` is "fr", or when it is empty and
// the system speaks French; sets the default locale to French then, so dates and numbers follow.
// The translators must outlive their use. Returns whether French is on.
bool installFrench(QCoreApplication &app, const QString &language, QTranslator &qt, QTranslator &relais);

} // namespace relais
