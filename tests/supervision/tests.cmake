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
# The monthly client report's content on SQLite and PostgreSQL (month boundaries in the client's zone).
relais_add_test(NAME test_report KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.h
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reportchecks.h
  ${CMAKE_CURRENT_LIST_DIR}/reportchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reportsqlitetest.cpp)
relais_add_test(NAME test_report_pg KIND core LABELS postgres SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.h
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reportchecks.h
  ${CMAKE_CURRENT_LIST_DIR}/reportchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reportpgtest.cpp)
# Call records and reviews between two consoles through PostgreSQL (the sync tests' Console helper).
relais_add_test(NAME test_supervision_sync_pg KIND core LABELS postgres SOURCES
  ${CMAKE_SOURCE_DIR}/tests/sync/synctestsupport.h
  ${CMAKE_SOURCE_DIR}/tests/sync/synctestsupport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/supervisionsynctest.cpp)
# The report rendered to PDF offscreen, and relais-cli report end to end.
# The renderer alone: its own runner with a QGuiApplication, linked without Qt Widgets.
add_executable(test_report_pdf
  ${CMAKE_CURRENT_LIST_DIR}/guitestmain.cpp
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.h
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reportchecks.h
  ${CMAKE_CURRENT_LIST_DIR}/reportchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reportpdftest.cpp)
target_include_directories(test_report_pdf PRIVATE ${CMAKE_CURRENT_LIST_DIR}/..)
target_link_libraries(test_report_pdf PRIVATE relais_report Catch2::Catch2)
catch_discover_tests(test_report_pdf TEST_PREFIX "test_report_pdf: "
  PROPERTIES LABELS core ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 120)
relais_add_test(NAME test_report_cli KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.h
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reportchecks.h
  ${CMAKE_CURRENT_LIST_DIR}/reportchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reportclitest.cpp)
add_dependencies(test_report_cli relais-cli)
# Flagging a message for review from its detail dialog.
relais_add_test(NAME test_review_flag_ui KIND ui SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.h
  ${CMAKE_CURRENT_LIST_DIR}/supervisionchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/reviewchecks.h
  ${CMAKE_CURRENT_LIST_DIR}/reviewchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/flagtest.cpp)
