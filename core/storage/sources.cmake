set(MODULE_SOURCES
  sqlerrortext.h sqlbind.h
  databaseurl.h databaseurl.cpp
  database.h database.cpp
  migrationrunner.h migrationrunner.cpp
  clientrepository.h clientrepository.cpp
  messagerepository.h messagerepository.cpp
  demoseed.h demoseed.cpp
  consigneshistory.h consigneshistory.cpp
  lastseenrepository.h lastseenrepository.cpp)
