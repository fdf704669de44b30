relais_add_test(NAME test_cti KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/amiparsertest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/amicalltrackertest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/amiclienttest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ctisourcefactorytest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/simulatorsourcetest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/callcontroltest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fakeamiserver.h
  ${CMAKE_CURRENT_LIST_DIR}/fakeamiserver.cpp)
