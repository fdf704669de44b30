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
# The review queue (completeness scores, sample, flags, rubric, comments) on SQLite and PostgreSQL.
relais_add_test(NAME test_review KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.h
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reviewchecks.h
  ${CMAKE_CURRENT_LIST_DIR}/reviewchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reviewsqlitetest.cpp)
relais_add_test(NAME test_review_pg KIND core LABELS postgres SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.h
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reviewchecks.h
  ${CMAKE_CURRENT_LIST_DIR}/reviewchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reviewpgtest.cpp)
# The supervision window offscreen: review saved to the store, dashboard figures, charts and CSV.
relais_add_test(NAME test_supervision_ui KIND ui SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.h
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reviewchecks.h
  ${CMAKE_CURRENT_LIST_DIR}/reviewchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/supervisionwindowtest.cpp)
