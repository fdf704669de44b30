# Supervision: call records, the recorder and the KPIs of a hand-computed fixture, on SQLite
# (test_supervision) and on the PostgreSQL of scripts/test (test_supervision_pg, label postgres).
relais_add_test(NAME test_supervision KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.h
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/supervisionsqlitetest.cpp)
relais_add_test(NAME test_supervision_pg KIND core LABELS postgres SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.h
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/supervisionpgtest.cpp)
relais_add_test(NAME test_supervision_cli KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.h
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/statsclitest.cpp)
add_dependencies(test_supervision_cli relais-cli)
