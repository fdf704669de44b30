# Storage: URL parsing, SQLite and PostgreSQL opening, migrations, repositories.
# test_storage needs no server; test_storage_pg runs against RELAIS_TEST_POSTGRES_URL (label postgres).
relais_add_test(NAME test_storage KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/storagechecks.h
  ${CMAKE_CURRENT_LIST_DIR}/storagechecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/clientchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/databaseurltest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sqlitestoragetest.cpp)
relais_add_test(NAME test_storage_pg KIND core LABELS postgres SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/storagechecks.h
  ${CMAKE_CURRENT_LIST_DIR}/storagechecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/clientchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/postgresstoragetest.cpp)
