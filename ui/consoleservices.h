// The console's services, built once at start and owned together: the store, the routing index,
// the router and the call source. main.cpp and the widget tests build the console the same way.
#pragma once

#include "common/result.h"

#include <QString>

#include <memory>

namespace relais {

class CallRecorder;
class CallRecordRepository;
class CallRouter;
class ClientIndex;
class ClientRepository;
class Clock;
class CtiSource;
class Database;
class MessageRepository;
class PhoneNumbers;
class SimulatorSource;

struct ConsoleConfig
{
    QString databaseUrl; // empty: DatabaseUrl::defaultLocal()
    QString ctiUrl = QStringLiteral("sim://");
    QString dialingRules;                    // the setting cti/dialingRules (JSON); empty: the default rules
    int simulatorIntervalSeconds = 0;        // 0: ring only on demand
    quint32 simulatorSeed = 0;               // 0: random; tests fix it
    double simulatorUnknownNumberRate = 0.1; // share of simulated calls to a number no client owns
    QString operatorFirstName;
    bool seedDemoClients = true;                        // an empty SQLite store gets the demo client accounts
    QString operatorLogin = QStringLiteral("operator"); // whose calls the recorder records
};

class ConsoleServices final
{
public:
    // Opens and migrates the database, seeds it when empty, loads the routing index and makes the
    // call source. Nothing is half-built on error: the error says what and where (URLs redacted).
    static Result<std::unique_ptr<ConsoleServices>> open(const ConsoleConfig &config,
                                                         std::unique_ptr<Clock> clock);
    ~ConsoleServices();
    ConsoleServices(const ConsoleServices &) = delete;
    ConsoleServices &operator=(const ConsoleServices &) = delete;

    const Clock &clock() const { return *m_clock; }
    const PhoneNumbers &phones() const { return *m_phones; }
    Database &database() { return *m_database; }
    ClientRepository &clients() { return *m_clients; }
    MessageRepository &messages() { return *m_messages; }
    const ClientIndex &index() const { return *m_index; }
    // For whoever changes consignes in this console (the consignes editor), so the next pop is current.
    ClientIndex &mutableIndex() { return *m_index; }
    CallRouter &router() { return *m_router; }
    CtiSource &cti() { return *m_cti; }
    // The call source when it is the simulator, else nullptr (the "simulate a call" action needs it).
    SimulatorSource *simulator() const { return m_simulator; }
    // Records every call the source offers (supervision): the CTI steps by itself; what the operator
    // saw and did (pop shown, fields, urgency, actions, the saved message) through its note* calls.
    CallRecorder &recorder() { return *m_recorder; }
    CallRecordRepository &callRecords() { return *m_callRecords; }

    // "SQLite — /home/…/relais.db", "PostgreSQL — postgresql://bob:***@db/relais" for the status bar.
    QString databaseDescription() const;

private:
    ConsoleServices();

    // Declared in dependency order: each member outlives those that hold a reference to it.
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<PhoneNumbers> m_phones;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ClientRepository> m_clients;
    std::unique_ptr<MessageRepository> m_messages;
    std::unique_ptr<ClientIndex> m_index;
    std::unique_ptr<CallRouter> m_router;
    std::unique_ptr<CallRecordRepository> m_callRecords;
    std::unique_ptr<CtiSource> m_cti;
    SimulatorSource *m_simulator = nullptr;
    std::unique_ptr<CallRecorder> m_recorder;
};

} // namespace relais
