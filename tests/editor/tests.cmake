# The consignes editor: forms, inline validation, preview, saves and concurrent edits, import/export,
# the "changed since your last call" marker (widgets, offscreen), and the last-seen store (core).
relais_add_test(NAME test_editor KIND ui SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/../ui/uifixture.h
  ${CMAKE_CURRENT_LIST_DIR}/../ui/uifixture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/editortestsupport.h
  ${CMAKE_CURRENT_LIST_DIR}/editorwindowtest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/editorformstest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/editorunsavedtest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/editorconflicttest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/changedsincetest.cpp)
target_include_directories(test_editor PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../ui)

relais_add_test(NAME test_editor_store KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/lastseenrepositorytest.cpp)
