# Security: passwords, roles x permissions, sign-in delays, audit log, retention purge, relais-cli users/purge.
# test_security needs no server; test_security_pg runs the shared checks on RELAIS_TEST_POSTGRES_URL.
relais_add_test(NAME test_security KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/securitychecks.h
  ${CMAKE_CURRENT_LIST_DIR}/securitychecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/securitytest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/securityclitest.cpp)
add_dependencies(test_security relais-cli)
relais_add_test(NAME test_security_pg KIND core LABELS postgres SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/securitychecks.h
  ${CMAKE_CURRENT_LIST_DIR}/securitychecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/securitypostgrestest.cpp)
