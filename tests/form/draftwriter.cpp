// A stand-in for a console that dies mid-draft: opens the store, saves a draft through
// MessageRepository::save (the form's path), prints "saved" and sleeps until killed.
// Usage: form_draftwriter <sqlite file> <message id>
#include "messages/message.h"
#include "storage/database.h"
#include "storage/messagerepository.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: form_draftwriter <sqlite file> <message id>\n");
        return 2;
    }
    auto url = relais::DatabaseUrl::parse(QStringLiteral("sqlite://") + args.at(1));
    if (!url) {
        std::fprintf(stderr, "%s\n", qPrintable(url.error().toString()));
        return 1;
    }
    auto db = relais::Database::open(url.value());
    if (!db || !db.value()->migrate()) {
        std::fprintf(stderr, "cannot open the store\n");
        return 1;
    }
    relais::MessageRepository messages(*db.value());
    relais::Message draft;
    draft.id = args.at(2);
    draft.callId = QStringLiteral("crash-call");
    draft.clientCode = QStringLiteral("PLOMB-DUBOIS");
    draft.callerNumber = QStringLiteral("+33612345678");
    draft.dialedNumber = QStringLiteral("+33472101010");
    draft.answers = {{QStringLiteral("name"), QStringLiteral("Jean Martin")}};
    draft.notes = QStringLiteral("Fuite au plafond, l'eau coule");
    draft.urgency = QStringLiteral("urgent");
    draft.status = relais::MessageStatus::Draft;
    draft.consignesVersion = 3;
    draft.actions = {relais::ActionTaken{QDateTime(QDate(2024, 3, 12), QTime(9, 1), Qt::UTC),
                                         relais::ActionKind::Transfer, QStringLiteral("marc"),
                                         QStringLiteral("Marc Dubois"), QStringLiteral("+33611223344"),
                                         QStringLiteral("Transféré"), QStringLiteral("camille")}};
    const relais::Status saved = messages.save(draft);
    if (!saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.error().toString()));
        return 1;
    }
    std::printf("saved\n");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(60); // until SIGKILL: nothing after the save may matter
}
