# Delivery queue (core/delivery): planner, repository and worker on SQLite (test_delivery) and on
# RELAIS_TEST_POSTGRES_URL (test_delivery_pg), and relais-cli deliver end to end.
relais_add_test(NAME test_delivery KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/faketransport.h
  ${CMAKE_CURRENT_LIST_DIR}/deliveryfixtures.h
  ${CMAKE_CURRENT_LIST_DIR}/deliveryfixtures.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deliverychecks.h
  ${CMAKE_CURRENT_LIST_DIR}/deliverychecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deliverysweepchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deliveryinboxchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deliveryrig.h
  ${CMAKE_CURRENT_LIST_DIR}/deliveryplannertest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deliverysqlitetest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deliverclitest.cpp)
add_dependencies(test_delivery relais-cli)
relais_add_test(NAME test_delivery_pg KIND core LABELS postgres SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/faketransport.h
  ${CMAKE_CURRENT_LIST_DIR}/deliveryfixtures.h
  ${CMAKE_CURRENT_LIST_DIR}/deliveryfixtures.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deliverychecks.h
  ${CMAKE_CURRENT_LIST_DIR}/deliverychecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deliverysweepchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deliveryinboxchecks.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deliveryrig.h
  ${CMAKE_CURRENT_LIST_DIR}/deliverypgtest.cpp)
