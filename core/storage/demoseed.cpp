// Seeding the demo client accounts into an empty store (relais-cli clients and the console share it).
#include "storage/demoseed.h"

#include "consignes/consignesjson.h"
#include "logging/logging.h"
#include "storage/clientrepository.h"
#include "storage/database.h"

namespace relais {

Status seedDemoClientsIfEmpty(Database &db, const PhoneNumbers &phones)
{
    ClientRepository clients(db, phones);
    const Result<int> existing = clients.count();
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return success();
    const Result<QList<Consignes>> demo = loadDemoConsignes(phones);
    if (!demo)
        return demo.error();
    const Result<int> saved = clients.saveAll(*demo, QStringLiteral("demo"));
    if (!saved)
        return saved.error();
    logging::module("store")->info("seeded {} demo clients into {}", *saved,
                                   db.url().redacted().toStdString());
    return success();
}

} // namespace relais
