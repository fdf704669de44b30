# Widget tests: the real main window over a temporary SQLite store, offscreen.
relais_add_test(NAME test_ui KIND ui SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/uifixture.h
  ${CMAKE_CURRENT_LIST_DIR}/uifixture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/callareatest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/mainwindowtest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/poppaneltest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/recentmessagesmodeltest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/screenshottest.cpp)
