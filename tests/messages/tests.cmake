# Messages: search (number forms, words, accents, hostile input), amendments with history, exports.
# test_messages needs no server; test_messages_pg runs the same checks on RELAIS_TEST_POSTGRES_URL.
relais_add_test(NAME test_messages KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/messagechecks.h
  ${CMAKE_CURRENT_LIST_DIR}/qstringmaker.h
  ${CMAKE_CURRENT_LIST_DIR}/messagechecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/searchquerytest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/messageexporttest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/messagesqlitetest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/messagesclitest.cpp)
add_dependencies(test_messages relais-cli)
relais_add_test(NAME test_messages_pg KIND core LABELS postgres SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/messagechecks.h
  ${CMAKE_CURRENT_LIST_DIR}/messagechecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/messagepostgrestest.cpp)
# The search dock and the read view with Amend, in the real main window (tests/ui's fixture).
relais_add_test(NAME test_messages_ui KIND ui SOURCES
  ${CMAKE_SOURCE_DIR}/tests/ui/uifixture.h
  ${CMAKE_SOURCE_DIR}/tests/ui/uifixture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/messageuitest.cpp)
