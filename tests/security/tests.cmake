# Security: passwords, roles x permissions, sign-in delays, audit log, retention purge, relais-cli users/purge,
# sessions and the audit viewer's reads, the secret store, and no secret in any log line.
# test_security needs no server; test_security_pg runs the shared checks and the group roles on
# RELAIS_TEST_POSTGRES_URL; test_security_tls starts its own PostgreSQL with ssl=on (initdb, openssl).
relais_add_test(NAME test_security KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/securitychecks.h
  ${CMAKE_CURRENT_LIST_DIR}/securitychecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/securitytest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/securityclitest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sessiontest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/secretstoretest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/secretlogscantest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../cti/fakeamiserver.h
  ${CMAKE_CURRENT_LIST_DIR}/../cti/fakeamiserver.cpp)
add_dependencies(test_security relais-cli)
relais_add_test(NAME test_security_pg KIND core LABELS postgres SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/securitychecks.h
  ${CMAKE_CURRENT_LIST_DIR}/securitychecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/securitypostgrestest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rolespgtest.cpp)
relais_add_test(NAME test_security_tls KIND core LABELS postgres SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/tlspgtest.cpp)
relais_add_test(NAME test_security_ui KIND ui SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/securityuitest.cpp)
