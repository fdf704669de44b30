# Orientation (issue 13): dialing rules, callbacks and the follow-up list in core (test_orientation),
# and from the console with the keyboard (test_orientation_ui).
relais_add_test(NAME test_orientation KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/dialingrulestest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/callbacktest.cpp)
relais_add_test(NAME test_orientation_ui KIND ui SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/../form/formfixture.h
  ${CMAKE_CURRENT_LIST_DIR}/../form/formfixture.cpp
  ${CMAKE_CURRENT_LIST_DIR}/orientationuitest.cpp)
relais_add_test(NAME test_orientation_pg KIND core LABELS postgres SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/callbacksynctest.cpp)
