# Sync: consoles (local SQLite stores) through a real PostgreSQL. test_sync_pg uses the server
# scripts/test starts (RELAIS_TEST_POSTGRES_URL) and, for the outage test, a private one it starts itself.
relais_add_test(NAME test_sync_pg KIND core LABELS postgres SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/privatepostgres.h
  ${CMAKE_CURRENT_LIST_DIR}/privatepostgres.cpp
  ${CMAKE_CURRENT_LIST_DIR}/synctestsupport.h
  ${CMAKE_CURRENT_LIST_DIR}/synctestsupport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/synctest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/syncworkertest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/syncclitest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/synccursortest.cpp)
add_dependencies(test_sync_pg relais-cli)

# The local outbox alone: no server needed.
relais_add_test(NAME test_sync KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/synctestsupport.h
  ${CMAKE_CURRENT_LIST_DIR}/synctestsupport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/syncoutboxtest.cpp)

# The console's sync through the real main window (status bar, prompt sync, quitting mid-sync).
relais_add_test(NAME test_sync_ui KIND ui LABELS postgres SOURCES
  ${CMAKE_SOURCE_DIR}/tests/ui/uifixture.h
  ${CMAKE_SOURCE_DIR}/tests/ui/uifixture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/privatepostgres.h
  ${CMAKE_CURRENT_LIST_DIR}/privatepostgres.cpp
  ${CMAKE_CURRENT_LIST_DIR}/synctestsupport.h
  ${CMAKE_CURRENT_LIST_DIR}/synctestsupport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/consolesynctest.cpp)
