// Secrets never reach a log line: helpers that mask them before anything is written.
#pragma once

#include <QString>

namespace relais::logging {

// "postgresql://bob:s3cret@db/x" -> "postgresql://bob:***@db/x"; also masks ?password= and ?secret=.
QString redactUrl(const QString &url);

} // namespace relais::logging
