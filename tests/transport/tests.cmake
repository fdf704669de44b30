# Layout, settings, body templates and the SMS gateway (a fake HTTP gateway on loopback).
relais_add_test(NAME test_transport KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/transporttestsupport.h
  ${CMAKE_CURRENT_LIST_DIR}/messagelayouttest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bodytemplatetest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deliverysettingstest.cpp
  ${CMAKE_CURRENT_LIST_DIR}/fakesmsgateway.h
  ${CMAKE_CURRENT_LIST_DIR}/fakesmsgateway.cpp
  ${CMAKE_CURRENT_LIST_DIR}/smsgatewaytransporttest.cpp)

# Email against a real SMTP server (tests/transport/smtpserver.py on Debian's python3-aiosmtpd,
# started by each test on a free loopback port; the test fails if aiosmtpd is missing).
relais_add_test(NAME test_transport_email KIND core SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/transporttestsupport.h
  ${CMAKE_CURRENT_LIST_DIR}/smtptestserver.h
  ${CMAKE_CURRENT_LIST_DIR}/smtptestserver.cpp
  ${CMAKE_CURRENT_LIST_DIR}/emailtransporttest.cpp)
