set(MODULE_SOURCES
  role.h role.cpp
  permissions.h permissions.cpp
  passwordhasher.h passwordhasher.cpp
  userrepository.h userrepository.cpp
  auditlog.h auditlog.cpp
  signin.h signin.cpp
  retentionpurge.h retentionpurge.cpp
  guardedmessages.h guardedmessages.cpp
  guardedconsignes.h guardedconsignes.cpp
  session.h session.cpp
  secretfile.h secretfile.cpp
  secretstore.h secretstore.cpp
  secreturl.h secreturl.cpp
  databaseroles.h databaseroles.cpp)
