// French at runtime: with the compiled relais_fr.qm installed, the functions that make people-facing text
// (a core error, a ui label, a relais-cli message) return French, so their runtime context matches lupdate's.
#include <catch2/catch.hpp>

#include "phone/phonenumbers.h"
#include "storage/databaseurl.h"

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>

namespace {

// Installs the French translator for one test and removes it after, so other tests stay in English.
class FrenchInstalled final
{
public:
    FrenchInstalled()
    {
        m_loaded = m_translator.load(QStringLiteral(RELAIS_FRENCH_QM));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~FrenchInstalled() { QCoreApplication::removeTranslator(&m_translator); }
    FrenchInstalled(const FrenchInstalled &) = delete;
    FrenchInstalled &operator=(const FrenchInstalled &) = delete;

    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

QString databaseUrlError(const QString &url)
{
    const auto parsed = relais::DatabaseUrl::parse(url);
    return parsed ? QString() : parsed.error().what;
}

QString phoneError(const QString &number)
{
    const relais::PhoneNumbers phones;
    const auto parsed = phones.parse(number);
    return parsed ? QString() : parsed.error().what;
}

} // namespace

TEST_CASE("the compiled French translation exists and loads")
{
    INFO("build the relais_lrelease target: " RELAIS_FRENCH_QM);
    REQUIRE(QFile::exists(QStringLiteral(RELAIS_FRENCH_QM)));
    const FrenchInstalled french;
    CHECK(french.loaded());
}

TEST_CASE("a bad database URL is explained in French with the French translation installed")
{
    const QString english = databaseUrlError(QStringLiteral("mysql://host/db"));
    REQUIRE(english == QStringLiteral("unknown scheme 'mysql': expected sqlite or postgresql"));
    const FrenchInstalled french;
    REQUIRE(french.loaded());
    CHECK(databaseUrlError(QStringLiteral("mysql://host/db")) ==
          QStringLiteral("schéma «\u00a0mysql\u00a0» inconnu\u00a0: attendu sqlite ou postgresql"));
}

TEST_CASE("an unreadable phone number is explained in French with the French translation installed")
{
    REQUIRE(phoneError(QString()) == QStringLiteral("empty number"));
    const FrenchInstalled french;
    REQUIRE(french.loaded());
    CHECK(phoneError(QString()) == QStringLiteral("numéro vide"));
}

TEST_CASE("the English text comes back once the French translation is removed")
{
    {
        const FrenchInstalled french;
        REQUIRE(french.loaded());
        REQUIRE(phoneError(QString()) == QStringLiteral("numéro vide"));
    }
    CHECK(phoneError(QString()) == QStringLiteral("empty number"));
}

TEST_CASE("a console label and a relais-cli message translate under the contexts their code uses")
{
    const FrenchInstalled french;
    REQUIRE(french.loaded());
    // A Q_OBJECT class in namespace relais translates under its qualified class name, as tr() does there.
    CHECK(QCoreApplication::translate("relais::MainWindow", "Search messages") ==
          QStringLiteral("Rechercher des messages"));
    // relais-cli's commands translate under CliText (Q_DECLARE_TR_FUNCTIONS(CliText)).
    CHECK(QCoreApplication::translate("CliText", "no message found") ==
          QStringLiteral("aucun message trouvé"));
    // A string unknown to the catalogue stays as written, so the checks above are not vacuous.
    CHECK(QCoreApplication::translate("CliText", "not in the catalogue") ==
          QStringLiteral("not in the catalogue"));
}
