// Deterministic fake clients and messages for benchmarks and scale tests (see datagenerator.h).
#include "generate/datagenerator.h"

#include "phone/phonenumbers.h"

#include <QUuid>

namespace relais {
namespace {

const QStringList &lastNames()
{
    static const QStringList names{
        QStringLiteral("Martin"),   QStringLiteral("Bernard"),  QStringLiteral("Dubois"),
        QStringLiteral("Thomas"),   QStringLiteral("Robert"),   QStringLiteral("Richard"),
        QStringLiteral("Petit"),    QStringLiteral("Durand"),   QStringLiteral("Leroy"),
        QStringLiteral("Moreau"),   QStringLiteral("Simon"),    QStringLiteral("Laurent"),
        QStringLiteral("Lefèvre"),  QStringLiteral("Michel"),   QStringLiteral("Garcia"),
        QStringLiteral("David"),    QStringLiteral("Bertrand"), QStringLiteral("Roux"),
        QStringLiteral("Vincent"),  QStringLiteral("Fournier"), QStringLiteral("Morel"),
        QStringLiteral("Girard"),   QStringLiteral("André"),    QStringLiteral("Mercier"),
        QStringLiteral("Dupont"),   QStringLiteral("Lambert"),  QStringLiteral("Bonnet"),
        QStringLiteral("François"), QStringLiteral("Martinez"), QStringLiteral("Legrand"),
        QStringLiteral("Garnier"),  QStringLiteral("Faure"),    QStringLiteral("Rousseau"),
        QStringLiteral("Blanc"),    QStringLiteral("Guérin"),   QStringLiteral("Muller"),
        QStringLiteral("Henry"),    QStringLiteral("Roussel"),  QStringLiteral("Nicolas"),
        QStringLiteral("Perrin"),
    };
    return names;
}

const QStringList &firstNames()
{
    static const QStringList names{
        QStringLiteral("Marie"),   QStringLiteral("Jean"),     QStringLiteral("Nathalie"),
        QStringLiteral("Pierre"),  QStringLiteral("Isabelle"), QStringLiteral("Michel"),
        QStringLiteral("Sylvie"),  QStringLiteral("Philippe"), QStringLiteral("Catherine"),
        QStringLiteral("Alain"),   QStringLiteral("Camille"),  QStringLiteral("Lucas"),
        QStringLiteral("Léa"),     QStringLiteral("Hugo"),     QStringLiteral("Chloé"),
        QStringLiteral("Nicolas"), QStringLiteral("Inès"),     QStringLiteral("Karim"),
        QStringLiteral("Sophie"),  QStringLiteral("Thomas"),   QStringLiteral("Émilie"),
        QStringLiteral("Julien"),  QStringLiteral("Aurélie"),  QStringLiteral("Mathieu"),
    };
    return names;
}

const QStringList &cities()
{
    static const QStringList names{
        QStringLiteral("Paris"),    QStringLiteral("Lyon"),   QStringLiteral("Lille"),
        QStringLiteral("Nantes"),   QStringLiteral("Rennes"), QStringLiteral("Bordeaux"),
        QStringLiteral("Toulouse"), QStringLiteral("Nice"),   QStringLiteral("Dijon"),
        QStringLiteral("Reims"),    QStringLiteral("Tours"),  QStringLiteral("Angers")};
    return names;
}

struct Sector
{
    QString sector;
    QString nameTemplate; // %1 a last name, %2 a city
    QStringList urgentWords;
    QStringList objects;
};

const QList<Sector> &sectors()
{
    static const QList<Sector> list{
        {QStringLiteral("Médical"),
         QStringLiteral("Cabinet médical du Dr %1"),
         {QStringLiteral("douleur"), QStringLiteral("fièvre"), QStringLiteral("malaise")},
         {QStringLiteral("Prise de rendez-vous"), QStringLiteral("Renouvellement d'ordonnance"),
          QStringLiteral("Résultats d'analyses"), QStringLiteral("Annulation de rendez-vous")}},
        {QStringLiteral("Plomberie"),
         QStringLiteral("Plomberie %1 %2"),
         {QStringLiteral("fuite"), QStringLiteral("inondation"), QStringLiteral("dégât des eaux")},
         {QStringLiteral("Demande de devis"), QStringLiteral("Chauffe-eau en panne"),
          QStringLiteral("Fuite sous évier"), QStringLiteral("Suivi de chantier")}},
        {QStringLiteral("Juridique"),
         QStringLiteral("Cabinet %1 Avocats"),
         {QStringLiteral("garde à vue"), QStringLiteral("audience"), QStringLiteral("expulsion")},
         {QStringLiteral("Premier rendez-vous"), QStringLiteral("Suivi de dossier"),
          QStringLiteral("Honoraires"), QStringLiteral("Transmission de pièces")}},
        {QStringLiteral("Immobilier"),
         QStringLiteral("Agence %1 Immobilier %2"),
         {QStringLiteral("sinistre"), QStringLiteral("incendie"), QStringLiteral("effraction")},
         {QStringLiteral("Visite d'un bien"), QStringLiteral("Estimation"),
          QStringLiteral("Quittance de loyer"), QStringLiteral("État des lieux")}},
        {QStringLiteral("Informatique"),
         QStringLiteral("%1 Informatique %2"),
         {QStringLiteral("serveur"), QStringLiteral("panne"), QStringLiteral("piratage")},
         {QStringLiteral("Ticket d'assistance"), QStringLiteral("Mot de passe oublié"),
          QStringLiteral("Imprimante"), QStringLiteral("Devis matériel")}},
    };
    return list;
}

const QStringList &sentences()
{
    static const QStringList list{
        QStringLiteral("souhaite être rappelé dans la journée"),
        QStringLiteral("demande un rendez-vous la semaine prochaine"),
        QStringLiteral("rappelle au sujet de son dossier"),
        QStringLiteral("attend un devis depuis lundi"),
        QStringLiteral("a essayé de joindre le cabinet ce matin"),
        QStringLiteral("signale un problème urgent"),
        QStringLiteral("voudrait confirmer l'heure du rendez-vous"),
        QStringLiteral("n'a pas reçu le courrier annoncé"),
        QStringLiteral("peut être joint après 18 heures"),
        QStringLiteral("laisse son numéro pour un rappel"),
    };
    return list;
}

} // namespace

DataGenerator::DataGenerator(const PhoneNumbers &phones, quint32 seed)
    : m_phones(phones)
    , m_random(seed)
{}

int DataGenerator::uniform(int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(m_random);
}

const QString &DataGenerator::pick(const QStringList &list)
{
    return list.at(uniform(0, static_cast<int>(list.size()) - 1));
}

QString DataGenerator::personName()
{
    return pick(firstNames()) + QLatin1Char(' ') + pick(lastNames());
}

QString DataGenerator::callerNumber()
{
    // Mobiles (06, 07) and Paris-area fixed lines; ranges libphonenumber refuses are drawn again.
    for (;;) {
        const int kind = uniform(0, 2);
        QString number = kind == 0   ? QStringLiteral("+336")
                         : kind == 1 ? QStringLiteral("+337")
                                     : QStringLiteral("+3314");
        const int digits = kind == 2 ? 7 : 8;
        for (int i = 0; i < digits; ++i)
            number += QChar(u'0' + uniform(0, 9));
        if (m_phones.parse(number).ok())
            return number;
    }
}

QString DataGenerator::uniqueDialedNumber()
{
    // Sequential SDA numbers in the 01 44 range, skipping any libphonenumber refuses.
    for (;;) {
        const QString number =
            QStringLiteral("+33144%1").arg(100000 + m_nextDialed++, 6, 10, QLatin1Char('0'));
        if (m_phones.parse(number).ok())
            return number;
    }
}

Consignes DataGenerator::client(int index)
{
    const Sector &sector = sectors().at(uniform(0, static_cast<int>(sectors().size()) - 1));
    const QString last = pick(lastNames());
    const QString city = pick(cities());
    Consignes c;
    c.code = QStringLiteral("GEN-%1").arg(index, 4, 10, QLatin1Char('0'));
    c.name = sector.nameTemplate.contains(QLatin1String("%2")) ? sector.nameTemplate.arg(last, city)
                                                               : sector.nameTemplate.arg(last);
    c.sector = sector.sector;
    const int numbers = uniform(1, 2);
    for (int i = 0; i < numbers; ++i)
        c.dialedNumbers << uniqueDialedNumber();

    for (int day = 0; day < 5; ++day)
        c.hours.weekly.days[static_cast<size_t>(day)] = {{QTime(8, 30), QTime(12, 30)},
                                                         {QTime(14, 0), QTime(18, 30)}};
    c.greetings.open = QStringLiteral("{client}, {salutation}, {operator} à votre écoute.");
    c.greetings.closed =
        QStringLiteral("{client}, {salutation}. Nos bureaux sont fermés ; je prends votre message.");

    c.checklist = {
        {QStringLiteral("caller_name"),
         QStringLiteral("Nom de l'appelant"),
         FieldType::Text,
         true,
         QStringLiteral("Demander le nom et le faire épeler"),
         {}},
        {QStringLiteral("callback_number"),
         QStringLiteral("Numéro de rappel"),
         FieldType::Phone,
         true,
         {},
         {}},
        {QStringLiteral("object"),
         QStringLiteral("Objet de l'appel"),
         FieldType::Choice,
         true,
         {},
         sector.objects},
        {QStringLiteral("email"), QStringLiteral("Adresse e-mail"), FieldType::Email, false, {}, {}},
        {QStringLiteral("details"), QStringLiteral("Détails"), FieldType::MultilineText, false, {}, {}},
    };
    c.urgencyLevels = {{QStringLiteral("normal"), QStringLiteral("Normal"), 0},
                       {QStringLiteral("urgent"), QStringLiteral("Urgent"), 10}};
    c.defaultUrgency = QStringLiteral("normal");

    const QString managerId = QStringLiteral("p1");
    c.directory = {
        {managerId,
         personName(),
         QStringLiteral("Gérant"),
         {{QStringLiteral("Portable"), callerNumber()}},
         QStringLiteral("contact@example.fr"),
         QStringLiteral("du lundi au vendredi")},
        {QStringLiteral("p2"),
         personName(),
         QStringLiteral("Assistante"),
         {{QStringLiteral("Bureau"), uniqueDialedNumber()}},
         {},
         QStringLiteral("le matin")},
    };
    UrgencyRule rule;
    rule.id = QStringLiteral("r1");
    rule.description = QStringLiteral("Mots d'urgence");
    rule.level = QStringLiteral("urgent");
    rule.when.keywords = sector.urgentWords;
    rule.procedure.action = ProcedureAction::Transfer;
    rule.procedure.target = managerId;
    rule.procedure.instructions = QStringLiteral("Transférer au gérant, sinon prendre un message urgent.");
    c.urgencyRules = {rule};

    FilteringRule sales;
    sales.id = QStringLiteral("f1");
    sales.description = QStringLiteral("Démarchage commercial");
    sales.when.keywords = {QStringLiteral("offre"), QStringLiteral("partenariat"),
                           QStringLiteral("publicité")};
    sales.say = QStringLiteral("Merci d'envoyer votre proposition par e-mail.");
    c.filteringRules = {sales};
    c.onCall = {{managerId, {0, 1, 2, 3, 4}, {QTime(18, 30), QTime(8, 30)}}};
    c.transmission = {{QStringLiteral("*"), {Channel::Email}, {managerId}, false, {}, 0}};
    c.faq = {{QStringLiteral("Quels sont les horaires ?"),
              QStringLiteral("Du lundi au vendredi, 8h30–12h30 et 14h–18h30.")},
             {QStringLiteral("Quelle est l'adresse ?"), QStringLiteral("12 rue de la République, ") + city}};
    c.say = {QStringLiteral("Proposer un rappel dans la journée")};
    c.neverSay = {QStringLiteral("Ne jamais donner le numéro personnel du gérant")};
    return c;
}

QList<Consignes> DataGenerator::clients(int count)
{
    QList<Consignes> list;
    list.reserve(count);
    for (int i = 1; i <= count; ++i)
        list << client(i);
    return list;
}

QList<Message> DataGenerator::messages(const QList<Consignes> &forClients, int count, const QDateTime &until,
                                       int days)
{
    QList<Message> list;
    if (forClients.isEmpty())
        return list;
    list.reserve(count);
    const qint64 span = qint64(days) * 24 * 3600;
    for (int i = 0; i < count; ++i) {
        const Consignes &c = forClients.at(uniform(0, static_cast<int>(forClients.size()) - 1));
        Message m;
        const quint32 a = m_random(), b = m_random(), c2 = m_random(), d = m_random();
        m.id = QUuid(a, ushort(b >> 16), ushort((b & 0x0fff) | 0x4000), uchar((c2 >> 24 & 0x3f) | 0x80),
                     uchar(c2 >> 16), uchar(c2 >> 8), uchar(c2), uchar(d >> 24), uchar(d >> 16),
                     uchar(d >> 8), uchar(d))
                   .toString(QUuid::WithoutBraces);
        m.callId = QStringLiteral("gen-%1").arg(++m_messageSerial);
        m.clientCode = c.code;
        // One caller in four is a regular of this client: history then has something to show.
        QString &regular = m_regularCallers[c.code];
        if (regular.isEmpty())
            regular = callerNumber();
        m.callerNumber = uniform(0, 3) == 0 ? regular : callerNumber();
        m.callerName = personName();
        m.answers.insert(QStringLiteral("caller_name"), m.callerName);
        m.answers.insert(QStringLiteral("callback_number"), m.callerNumber);
        m.answers.insert(QStringLiteral("object"),
                         c.checklist.size() > 2 ? pick(c.checklist.at(2).choices) : QStringLiteral("Autre"));
        m.notes = m.callerName + QLatin1Char(' ') + pick(sentences()) + QLatin1Char('.');
        m.urgency = uniform(0, 9) == 0 ? QStringLiteral("urgent") : QStringLiteral("normal");
        m.status = uniform(0, 19) == 0 ? MessageStatus::Draft : MessageStatus::Completed;
        m.consignesVersion = 1;
        m.operatorLogin = QStringLiteral("op%1").arg(uniform(1, 12));
        m.createdAt = until.addSecs(-std::uniform_int_distribution<qint64>(0, span)(m_random));
        m.updatedAt = m.createdAt.addSecs(uniform(30, 400));
        list << m;
    }
    return list;
}

} // namespace relais
