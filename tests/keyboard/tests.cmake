# Keyboard, help overlay, comfort and accessibility: the real main window driven by key events only.
relais_add_test(NAME test_keyboard KIND ui SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/keyboardconsole.h
  ${CMAKE_CURRENT_LIST_DIR}/keyboardconsole.cpp
  ${CMAKE_CURRENT_LIST_DIR}/keyboardonlytest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/shortcutsoverlaytest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/accessibilitytest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/themetest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/importprogresstest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/guidescreenshots.cpp)
